#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace copydesk {

// Hands a PDF export to copydesk-pdf, the one program of the two that loads Qt WebEngine:
// copydesk-cli then starts without it (a third of a small import's time went to the dynamic
// loader resolving WebEngine's symbols, docs/benchmarks.md). Same arguments, same standard input,
// output and error, same exit code.
class PdfHandOff
{
    Q_DECLARE_TR_FUNCTIONS(PdfHandOff)

public:
    // True when the command line asks for a PDF (--format pdf or --format=pdf, in any case, before
    // any "--").
    static bool wanted(const QStringList &arguments);
    // Runs copydesk-pdf with arguments (arguments[0] is this program) and returns its exit code.
    static int run(const QStringList &arguments);
    // Where copydesk-pdf is: beside this program (a build tree, Windows) or in its libexec folder;
    // empty when it is in neither.
    static QString helperPath();
};

} // namespace copydesk
