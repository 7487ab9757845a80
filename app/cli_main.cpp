#include "application/cliapplication.h"

int main(int argc, char *argv[])
{
    return copydesk::CliApplication::main(argc, argv);
}
