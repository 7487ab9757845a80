#pragma once

namespace copydesk {

// copydesk-cli's entry point: a plain QCoreApplication, except for PDF exports, which need Qt
// WebEngine and so a QApplication (on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise); registers the PDF exporter, then runs Cli.
class CliApplication
{
public:
    static int main(int argc, char *argv[]);
    // True when the command line asks for a PDF export (--format pdf or --format=pdf).
    static bool wantsPdf(int argc, char *argv[]);
};

} // namespace copydesk
