#include "pdfhandoff.h"

#include "cli.h"
#include "environment/appenvironment.h"
#include "export/exportformat.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

namespace copydesk {

bool PdfHandOff::wanted(const QStringList &arguments)
{
    const auto isPdf = [](const QString &name) {
        ExportFormat::Id format = ExportFormat::Html;
        return ExportFormat::fromName(name, &format) && format == ExportFormat::Pdf;
    };
    const QString prefix = QStringLiteral("--format=");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return false;
        if (argument.startsWith(prefix) && isPdf(argument.mid(prefix.size())))
            return true;
        if (argument == QLatin1String("--format") && i + 1 < arguments.size() && isPdf(arguments.at(i + 1)))
            return true;
    }
    return false;
}

QString PdfHandOff::helperPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList folders = {here.absolutePath(),
                                 QDir::cleanPath(here.absoluteFilePath(QStringLiteral(COPYDESK_PDF_HELPER_DIR)))};
    return QStandardPaths::findExecutable(QStringLiteral("copydesk-pdf"), folders);
}

int PdfHandOff::run(const QStringList &arguments)
{
    const auto fail = [](const QString &why) {
        AppEnvironment::initialize(QCoreApplication::instance());
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("copydesk-cli: cannot write the PDF: %1").arg(why)));
        return int(Cli::Failure);
    };
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        return fail(tr("its writer copydesk-pdf is not installed beside copydesk-cli (looked in %1)")
                            .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(helper, arguments.mid(1));
    if (!process.waitForStarted(-1))
        return fail(tr("%1 did not start: %2").arg(QDir::toNativeSeparators(helper), process.errorString()));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(tr("%1 stopped unexpectedly").arg(QDir::toNativeSeparators(helper)));
    return process.exitCode();
}

} // namespace copydesk
