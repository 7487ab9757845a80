#include "application/pdfcliapplication.h"

int main(int argc, char *argv[])
{
    return copydesk::PdfCliApplication::main(argc, argv);
}
