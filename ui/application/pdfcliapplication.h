#pragma once

namespace copydesk {

// copydesk-pdf's entry point: copydesk-cli with Qt WebEngine, to which copydesk-cli hands its PDF
// exports (PdfHandOff). A QApplication on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise; registers the PDF exporter, then runs the command line as copydesk-cli would.
class PdfCliApplication
{
public:
    static int main(int argc, char *argv[]);
};

} // namespace copydesk
