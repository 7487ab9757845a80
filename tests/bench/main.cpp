// copydesk-bench: times the store, autosave, HTML export and .docx import on this machine (see docs/benchmarks.md).

#include "articlegenerator.h"
#include "autosavebench.h"
#include "benchplatform.h"
#include "benchreport.h"
#include "exportbench.h"
#include "importbench.h"
#include "searchbench.h"
#include "storebench.h"
#include "fixtures/testutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace copydesk::bench;

namespace {

struct Settings
{
    QList<qint64> sizes{1000, 10000, 100000};
    QList<qint64> searchSizes{10000, 100000}; // --sizes sets both
    bool sizesGiven = false;
    int saves = 300;
    QList<int> autosaveCharacters{20000};
    ExportBench::Options exportOptions;
    ImportBench::Options importOptions;
    QStringList only;
    QString jsonPath;
    QString folder;
    bool quick = false;
};

bool parse(const QCoreApplication &app, Settings *settings, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the Copydesk store, autosave, HTML export and .docx import on this machine."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A fast smoke run with small sizes and small photos."));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Store sizes in articles (default 1000,10000,100000)."),
                                   QStringLiteral("n,n,..."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these parts: store, autosave, export, search, import."),
                                  QStringLiteral("name,..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the figures as JSON to this file (- for stdout)."),
                                  QStringLiteral("path"));
    const QCommandLineOption big(QStringLiteral("big"),
                                 QStringLiteral("Also the newsroom's largest sizes: autosave of a "
                                                "200k-character article."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work in this folder (its disk is the one measured) "
                                                "instead of a temporary folder."),
                                 QStringLiteral("path"));
    const QCommandLineOption photoCache(QStringLiteral("photo-cache"),
                                        QStringLiteral("Keep the generated photos here and reuse them "
                                                       "in later runs."),
                                        QStringLiteral("path"));
    const QCommandLineOption convert(QStringLiteral("convert"),
                                     QStringLiteral("ImageMagick's convert to compare with (default: "
                                                    "convert on PATH; none to skip)."),
                                     QStringLiteral("path"));
    const QCommandLineOption pandoc(QStringLiteral("pandoc"),
                                    QStringLiteral("pandoc to compare the .docx import with (default: "
                                                   "pandoc on PATH; none to skip)."),
                                    QStringLiteral("path"));
    const QCommandLineOption cli(QStringLiteral("cli"),
                                 QStringLiteral("The copydesk-cli whose import is timed (default: the one "
                                                "built beside this program; another build, to compare)."),
                                 QStringLiteral("path"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of each import, the median kept (default 5)."),
                                  QStringLiteral("n"));
    parser.addOptions({quick, sizes, only, json, dir, photoCache, convert, big, pandoc, cli, runs});
    parser.process(app);

    if (parser.isSet(quick)) {
        settings->quick = true;
        settings->sizes = {200};
        settings->searchSizes = {200};
        settings->saves = 30;
        settings->exportOptions.photos = 3;
        settings->exportOptions.width = 1500;
        settings->exportOptions.height = 1000;
        settings->exportOptions.runs = 1;
        settings->importOptions.cases = {{QStringLiteral("2 small photos"), 2, 1500, 1000, 85}};
        settings->importOptions.runs = 1;
    }
    if (parser.isSet(big))
        settings->autosaveCharacters.append(200000);
    if (parser.isSet(sizes)) {
        settings->sizesGiven = true;
        settings->sizes.clear();
        const QStringList values = parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &value : values) {
            bool ok = false;
            const qint64 n = value.trimmed().toLongLong(&ok);
            if (!ok || n < 1) {
                *error = QStringLiteral("--sizes: “%1” is not a positive number of articles").arg(value);
                return false;
            }
            settings->sizes.append(n);
        }
    }
    if (parser.isSet(only)) {
        const QStringList known{QStringLiteral("store"), QStringLiteral("autosave"), QStringLiteral("export"),
                                QStringLiteral("search"), QStringLiteral("import")};
        settings->only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &name : settings->only) {
            name = name.trimmed();
            if (!known.contains(name)) {
                *error = QStringLiteral("--only: unknown part “%1” (known: %2)").arg(name, known.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    settings->jsonPath = parser.value(json);
    settings->folder = parser.value(dir);
    settings->exportOptions.photoFolder = parser.value(photoCache);
    if (parser.isSet(convert)) {
        const QString value = parser.value(convert);
        settings->exportOptions.convert = value == QLatin1String("none") ? QString() : value;
    } else {
        settings->exportOptions.convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
    }
    settings->importOptions.cli = parser.isSet(cli) ? parser.value(cli) : QStringLiteral(COPYDESK_CLI_PATH);
    if (parser.isSet(runs)) {
        bool ok = false;
        settings->importOptions.runs = parser.value(runs).toInt(&ok);
        if (!ok || settings->importOptions.runs < 1) {
            *error = QStringLiteral("--runs needs a number of runs (1 or more)");
            return false;
        }
    }
    if (parser.isSet(pandoc)) {
        const QString value = parser.value(pandoc);
        settings->importOptions.pandoc = value == QLatin1String("none") ? QString() : value;
    } else {
        settings->importOptions.pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    }
    return true;
}

bool wanted(const Settings &settings, const char *part)
{
    return settings.only.isEmpty() || settings.only.contains(QLatin1String(part));
}

// The first line of `program --version` (ImageMagick takes -version).
QString versionOf(const QString &program, const QString &option)
{
    if (program.isEmpty())
        return QStringLiteral("not found (comparison skipped)");
    QProcess process;
    process.start(program, {option});
    const QString version = process.waitForFinished(10000)
        ? QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed()
        : QString();
    return QDir::toNativeSeparators(program) + QStringLiteral(" (")
        + (version.isEmpty() ? QStringLiteral("version unknown") : version) + QLatin1Char(')');
}

void describeMachine(BenchReport *report, const QString &folder, const Settings &settings)
{
    const QStorageInfo storage(folder);
    report->addInfo(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate));
    report->addInfo(QStringLiteral("command"), QCoreApplication::arguments().join(QLatin1Char(' ')));
    report->addInfo(QStringLiteral("mode"), settings.quick ? QStringLiteral("quick (smoke run, not judged)")
                                                           : QStringLiteral("full"));
    report->addInfo(QStringLiteral("cpu"), BenchPlatform::cpuModel());
    report->addInfo(QStringLiteral("cores"), QString::number(QThread::idealThreadCount()));
    report->addInfo(QStringLiteral("os"), QSysInfo::prettyProductName() + QStringLiteral(", kernel ")
                                              + QSysInfo::kernelVersion());
    report->addInfo(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    report->addInfo(QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion()));
    report->addInfo(QStringLiteral("build"), QStringLiteral(COPYDESK_BENCH_BUILD_TYPE));
    report->addInfo(QStringLiteral("work folder"), QDir::toNativeSeparators(folder) + QStringLiteral(" (")
                                                       + QString::fromUtf8(storage.fileSystemType())
                                                       + QStringLiteral(" on ")
                                                       + QString::fromUtf8(storage.device()) + QLatin1Char(')'));
    if (wanted(settings, "export"))
        report->addInfo(QStringLiteral("imagemagick"), versionOf(settings.exportOptions.convert, QStringLiteral("-version")));
    if (wanted(settings, "import"))
        report->addInfo(QStringLiteral("pandoc"), versionOf(settings.importOptions.pandoc, QStringLiteral("--version")));
    report->addInfo(QStringLiteral("load average"), BenchPlatform::loadAverage());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-bench"));
    Settings settings;
    QString error;
    if (!parse(app, &settings, &error)) {
        std::fprintf(stderr, "copydesk-bench: %s\n", qUtf8Printable(error));
        return 2;
    }

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("copydesk-bench-XXXXXX")));
    const QString folder = settings.folder.isEmpty() ? temporary.path() : settings.folder;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        std::fprintf(stderr, "copydesk-bench: cannot create a work folder\n");
        return 1;
    }
    if (settings.exportOptions.photoFolder.isEmpty())
        settings.exportOptions.photoFolder = QDir(folder).filePath(QStringLiteral("photos"));
    settings.importOptions.photoFolder = settings.exportOptions.photoFolder;

    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    QTextStream out(stdout);
    BenchReport report(jsonToStdout ? nullptr : &out);
    report.setJudging(!settings.quick);
    describeMachine(&report, folder, settings);
    report.printInfo();

    const ArticleGenerator generator(copydesk::test::sampleArticleText());
    bool ok = generator.isValid();
    if (!ok)
        error = QStringLiteral("the shared sample holds no paragraphs to generate articles from");
    if (ok && wanted(settings, "store")) {
        StoreBench bench(generator, folder, &report);
        for (const qint64 size : std::as_const(settings.sizes)) {
            if (!(ok = bench.run(size, &error)))
                break;
        }
    }
    for (qsizetype i = 0; ok && wanted(settings, "autosave") && i < settings.autosaveCharacters.size(); ++i) {
        ok = AutosaveBench(generator, folder, &report)
                 .run(settings.saves, settings.autosaveCharacters.at(i), &error);
    }
    if (ok && wanted(settings, "search")) {
        SearchBench bench(generator, folder, &report);
        const QList<qint64> sizes = settings.sizesGiven ? settings.sizes : settings.searchSizes;
        for (const qint64 size : sizes) {
            if (!(ok = bench.run(size, &error)))
                break;
        }
        ok = ok && bench.runDiff(&error);
    }
    if (ok && wanted(settings, "export"))
        ok = ExportBench(folder, settings.exportOptions, &report).run(&error);
    if (ok && wanted(settings, "import"))
        ok = ImportBench(folder, settings.importOptions, &report).run(&error);

    report.addInfo(QStringLiteral("load average at end"), BenchPlatform::loadAverage());
    if (!jsonToStdout) {
        out << QStringLiteral("load average at end: ") << BenchPlatform::loadAverage() << Qt::endl;
        report.printSummary();
    }
    if (!settings.jsonPath.isEmpty()) {
        if (jsonToStdout) {
            out << QString::fromUtf8(report.toJson());
        } else {
            QFile file(settings.jsonPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toJson()) < 0) {
                std::fprintf(stderr, "copydesk-bench: cannot write %s: %s\n", qUtf8Printable(settings.jsonPath),
                             qUtf8Printable(file.errorString()));
                return 1;
            }
        }
    }
    if (!ok) {
        std::fprintf(stderr, "copydesk-bench: %s\n", qUtf8Printable(error));
        return 1;
    }
    return 0;
}
