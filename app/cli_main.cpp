#include "cli.h"

int main(int argc, char *argv[])
{
    return copydesk::Cli::start(argc, argv);
}
