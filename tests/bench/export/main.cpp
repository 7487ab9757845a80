// copydesk-bench-export: per-format export time of the sample with camera-size photos, and
// Copydesk's PDF next to LibreOffice's odt -> pdf.

#include "benchplatform.h"
#include "benchreport.h"
#include "formatsbench.h"
#include "preview/pdfexporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace copydesk::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-bench-export"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times every Copydesk export format on this machine."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A smoke run: 3 small photos, one run each."));
    const QCommandLineOption photoCache(QStringLiteral("photo-cache"), QStringLiteral("Keep generated photos here."),
                                        QStringLiteral("path"));
    const QCommandLineOption soffice(QStringLiteral("soffice"),
                                     QStringLiteral("LibreOffice to compare with (default: soffice on PATH; none to skip)."),
                                     QStringLiteral("path"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per format (default 3)."), QStringLiteral("n"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("Photos in the sample (default 15)."), QStringLiteral("n"));
    const QCommandLineOption cli(QStringLiteral("cli"),
                                 QStringLiteral("copydesk-cli for the whole-process PDF (default: this build's; none to skip)."),
                                 QStringLiteral("path"));
    parser.addOptions({quick, photoCache, soffice, runs, photos, cli});
    parser.process(app);

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("copydesk-bench-export-XXXXXX")));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "copydesk-bench-export: cannot create a work folder\n");
        return 1;
    }
    FormatsBench::Options options;
    if (parser.isSet(quick)) {
        options.photos = 3;
        options.width = 1500;
        options.height = 1000;
        options.runs = 1;
    }
    if (parser.isSet(photos))
        options.photos = qMax(0, parser.value(photos).toInt());
    options.cli = parser.isSet(cli) ? (parser.value(cli) == QLatin1String("none") ? QString() : parser.value(cli))
                                    : QStringLiteral(COPYDESK_CLI_PATH);
    if (parser.isSet(runs))
        options.runs = qMax(1, parser.value(runs).toInt());
    options.photoFolder = parser.isSet(photoCache) ? parser.value(photoCache) : temporary.filePath(QStringLiteral("photos"));
    options.soffice = parser.isSet(soffice) ? (parser.value(soffice) == QLatin1String("none") ? QString() : parser.value(soffice))
                                            : QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (parser.isSet(quick) && !parser.isSet(soffice))
        options.soffice.clear(); // a smoke run does not need the comparison

    copydesk::PdfExporter::install();
    QTextStream out(stdout);
    BenchReport report(&out);
    report.setJudging(!parser.isSet(quick));
    report.addInfo(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate));
    report.addInfo(QStringLiteral("cpu"), BenchPlatform::cpuModel());
    report.addInfo(QStringLiteral("cores"), QString::number(QThread::idealThreadCount()));
    report.addInfo(QStringLiteral("os"), QSysInfo::prettyProductName());
    report.addInfo(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    report.addInfo(QStringLiteral("libreoffice"), options.soffice.isEmpty() ? QStringLiteral("skipped") : options.soffice);
    report.addInfo(QStringLiteral("copydesk-cli"), options.cli.isEmpty() ? QStringLiteral("skipped") : options.cli);
    report.addInfo(QStringLiteral("load average"), BenchPlatform::loadAverage());
    report.printInfo();
    QString error;
    const bool ok = FormatsBench(temporary.path(), options, &report).run(&error);
    out << QStringLiteral("load average at end: ") << BenchPlatform::loadAverage() << Qt::endl;
    report.printSummary();
    if (!ok) {
        std::fprintf(stderr, "copydesk-bench-export: %s\n", qUtf8Printable(error));
        return 1;
    }
    return 0;
}
