#pragma once

#include <QByteArray>
#include <QString>

namespace copydesk {

// The process around a harness: a QCoreApplication (image plug-ins, translations) on the
// offscreen platform, and a private temporary folder for importers that read files.
class FuzzEnvironment
{
public:
    // Called from LLVMFuzzerInitialize (and by the replay program's main()).
    static void initialize();
    // The harness's own temporary folder, removed at exit.
    static QString tempDir();
    // Writes bytes to tempDir()/name (replacing it) and returns the path.
    static QString writeFile(const QString &name, const QByteArray &bytes);
    // An 8×8 PNG, for packages and folders whose pictures the input may name.
    static QByteArray tinyPng();
    // Splits a harness input into parts at lines "--part--" (several files in one input).
    static QList<QByteArray> parts(const QByteArray &input);
    static constexpr const char *PartSeparator = "\n--part--\n";
};

} // namespace copydesk
