#include "application/application.h"

int main(int argc, char *argv[])
{
    return copydesk::Application::main(argc, argv);
}
