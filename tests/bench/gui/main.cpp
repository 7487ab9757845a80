// copydesk-bench-gui: times the editor window (typing, preview, autosave), the cold start and
// the memory of the real copydesk, against Ghostwriter where installed (see docs/benchmarks.md).

#include "application/application.h"
#include "articlegenerator.h"
#include "benchapplication.h"
#include "benchplatform.h"
#include "benchreport.h"
#include "editbench.h"
#include "fixturebuilder.h"
#include "startupbench.h"
#include "fixtures/testutil.h"
#include "typingbench.h"
#include "x11windowwatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace copydesk;
using namespace copydesk::bench;

namespace {

struct Settings
{
    int characters = 20000;
    int photos = 30;
    QSize photoSize{4000, 3000};
    int otherArticles = 50;
    int listArticles = 1000;
    StartupBench::Options startup;
    TypingBench::Options typing;
    QStringList only;
    QString jsonPath;
    QString folder;
    QString photoFolder;
    bool quick = false;
};

bool positive(const QString &value, int *out)
{
    bool ok = false;
    *out = value.toInt(&ok);
    return ok && *out > 0;
}

bool parse(const QCoreApplication &app, Settings *settings, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Times the Copydesk editor window: keystrokes, preview refresh, autosave, cold start and memory."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A fast smoke run with a small article and store; judges nothing."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these parts: start, memory, typing, edit."), QStringLiteral("name,..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the figures as JSON to this file (- for stdout)."),
                                  QStringLiteral("path"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Work in this folder instead of a temporary one."),
                                 QStringLiteral("path"));
    const QCommandLineOption photoCache(QStringLiteral("photo-cache"),
                                        QStringLiteral("Keep the generated photos here and reuse them in later runs."),
                                        QStringLiteral("path"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed start-ups of each editor (default 5)."),
                                  QStringLiteral("n"));
    const QCommandLineOption keystrokes(QStringLiteral("keystrokes"),
                                        QStringLiteral("Keystrokes to measure (default 500)."), QStringLiteral("n"));
    const QCommandLineOption copydesk(QStringLiteral("copydesk"),
                                      QStringLiteral("The copydesk binary to start (default: the one built with this)."),
                                      QStringLiteral("path"));
    const QCommandLineOption ghostwriter(QStringLiteral("ghostwriter"),
                                         QStringLiteral("Ghostwriter to compare with (default: ghostwriter on PATH; "
                                                        "none to skip)."),
                                         QStringLiteral("path"));
    const QCommandLineOption characters(QStringLiteral("characters"),
                                        QStringLiteral("Characters of the article typed into (default 20000)."),
                                        QStringLiteral("n"));
    const QCommandLineOption photos(QStringLiteral("photos"), QStringLiteral("Photos in that article (default 30)."),
                                    QStringLiteral("n"));
    parser.addOptions({quick, only, json, dir, photoCache, runs, keystrokes, copydesk, ghostwriter, characters, photos});
    parser.process(app);

    settings->startup.copydesk = parser.isSet(copydesk) ? parser.value(copydesk) : QStringLiteral(COPYDESK_APP_PATH);
    settings->startup.xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (parser.isSet(quick)) {
        settings->quick = true;
        settings->characters = 3000;
        settings->photos = 4;
        settings->photoSize = QSize(800, 600);
        settings->otherArticles = 10;
        settings->listArticles = 100;
        settings->startup.runs = 1;
        settings->startup.settleMs = 1000;
        settings->typing.keystrokes = 40;
        settings->typing.warmupKeystrokes = 5;
        settings->typing.burstMin = 10;
        settings->typing.burstMax = 15;
        settings->typing.gapMinMs = 20;
        settings->typing.gapMaxMs = 60;
    }
    if (parser.isSet(runs) && !positive(parser.value(runs), &settings->startup.runs)) {
        *error = QStringLiteral("--runs: “%1” is not a positive number").arg(parser.value(runs));
        return false;
    }
    if (parser.isSet(keystrokes) && !positive(parser.value(keystrokes), &settings->typing.keystrokes)) {
        *error = QStringLiteral("--keystrokes: “%1” is not a positive number").arg(parser.value(keystrokes));
        return false;
    }
    if (parser.isSet(characters) && !positive(parser.value(characters), &settings->characters)) {
        *error = QStringLiteral("--characters: “%1” is not a positive number").arg(parser.value(characters));
        return false;
    }
    if (parser.isSet(photos) && !positive(parser.value(photos), &settings->photos)) {
        *error = QStringLiteral("--photos: “%1” is not a positive number").arg(parser.value(photos));
        return false;
    }
    if (parser.isSet(only)) {
        const QStringList known{QStringLiteral("start"), QStringLiteral("memory"), QStringLiteral("typing"),
                                QStringLiteral("edit")};
        settings->only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &name : settings->only) {
            name = name.trimmed();
            if (!known.contains(name)) {
                *error = QStringLiteral("--only: unknown part “%1” (known: %2)").arg(name, known.join(QStringLiteral(", ")));
                return false;
            }
        }
    }
    // A smoke run starts only Copydesk; a full run compares with Ghostwriter when it is there.
    if (parser.isSet(ghostwriter)) {
        const QString value = parser.value(ghostwriter);
        settings->startup.ghostwriter = value == QLatin1String("none") ? QString() : value;
    } else if (!settings->quick) {
        settings->startup.ghostwriter = QStandardPaths::findExecutable(QStringLiteral("ghostwriter"));
    }
    if (!QFileInfo(settings->startup.copydesk).isExecutable()) {
        *error = QStringLiteral("the copydesk binary %1 is missing; build the copydesk target").arg(settings->startup.copydesk);
        return false;
    }
    settings->jsonPath = parser.value(json);
    settings->folder = parser.value(dir);
    settings->photoFolder = parser.value(photoCache);
    return true;
}

bool wanted(const Settings &settings, const char *part)
{
    return settings.only.isEmpty() || settings.only.contains(QLatin1String(part));
}

// The first line a program prints for --version; empty when it prints none within a few seconds.
QString versionOf(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
            .section(QLatin1Char('\n'), 0, 0)
            .trimmed();
}

void describeMachine(BenchReport *report, const Settings &settings, const QString &folder, const X11WindowWatcher &watcher)
{
    report->addInfo(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate));
    report->addInfo(QStringLiteral("command"), QCoreApplication::arguments().join(QLatin1Char(' ')));
    report->addInfo(QStringLiteral("mode"), settings.quick ? QStringLiteral("quick (smoke run, not judged)")
                                                           : QStringLiteral("full"));
    report->addInfo(QStringLiteral("cpu"), BenchPlatform::cpuModel());
    report->addInfo(QStringLiteral("cores"), QString::number(QThread::idealThreadCount()));
    report->addInfo(QStringLiteral("os"), QSysInfo::prettyProductName() + QStringLiteral(", kernel ")
                                              + QSysInfo::kernelVersion());
    report->addInfo(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    report->addInfo(QStringLiteral("build"), QStringLiteral(COPYDESK_BENCH_BUILD_TYPE));
    const QScreen *screen = QGuiApplication::primaryScreen();
    report->addInfo(QStringLiteral("display"),
                    QGuiApplication::platformName() + QStringLiteral(" ")
                            + qEnvironmentVariable("DISPLAY")
                            + (screen ? QStringLiteral(" %1x%2").arg(screen->size().width()).arg(screen->size().height())
                                      : QString()));
    report->addInfo(QStringLiteral("window watch"), watcher.problem().isEmpty()
                                                            ? QStringLiteral("X11 (map + first pixels)")
                                                            : QStringLiteral("none: ") + watcher.problem());
    report->addInfo(QStringLiteral("copydesk"), QDir::toNativeSeparators(settings.startup.copydesk));
    if (!settings.startup.ghostwriter.isEmpty()) {
        const QString version = versionOf(settings.startup.ghostwriter);
        report->addInfo(QStringLiteral("ghostwriter"), QDir::toNativeSeparators(settings.startup.ghostwriter)
                                                               + (version.isEmpty() ? QString() : QStringLiteral(" (") + version + QLatin1Char(')')));
    } else {
        report->addInfo(QStringLiteral("ghostwriter"), QStringLiteral("not compared"));
    }
    report->addInfo(QStringLiteral("work folder"), QDir::toNativeSeparators(folder));
    report->addInfo(QStringLiteral("load average"), BenchPlatform::loadAverage());
}

double fileMb(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024 * 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display the window is drawn offscreen; Chromium's sandbox cannot run as root.
    // Then as copydesk sets itself up before its application exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    // The editors started from here get the environment as it was, not copydesk's settings.
    const QProcessEnvironment launchEnvironment = QProcessEnvironment::systemEnvironment();
    Application::prepare();
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-bench-gui"));

    Settings settings;
    settings.startup.environment = launchEnvironment;
    QString error;
    if (!parse(app, &settings, &error)) {
        std::fprintf(stderr, "copydesk-bench-gui: %s\n", qUtf8Printable(error));
        return 2;
    }

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("copydesk-bench-gui-XXXXXX")));
    const QString folder = settings.folder.isEmpty() ? temporary.path() : settings.folder;
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        std::fprintf(stderr, "copydesk-bench-gui: cannot create a work folder\n");
        return 1;
    }
    const QDir work(folder);
    if (settings.photoFolder.isEmpty())
        settings.photoFolder = work.filePath(QStringLiteral("photos"));
    // The window in this process keeps its settings here, never in the user's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));

    const bool jsonToStdout = settings.jsonPath == QLatin1String("-");
    QTextStream out(stdout);
    BenchReport report(jsonToStdout ? nullptr : &out);
    report.setJudging(!settings.quick);
    X11WindowWatcher watcher;
    describeMachine(&report, settings, folder, watcher);
    report.printInfo();

    bool ok = true;
    const ArticleGenerator generator(copydesk::test::sampleArticleText());
    if (!generator.isValid()) {
        error = QStringLiteral("the shared sample holds no paragraphs to generate articles from");
        ok = false;
    }

    // What the editors open; generating the photos is the slow part (cached with --photo-cache).
    const FixtureBuilder fixtures(generator, settings.photoFolder);
    const QString editingStore = work.filePath(QStringLiteral("editing.sqlite3"));
    const QString listStore = work.filePath(QStringLiteral("list.sqlite3"));
    const QString markdown = work.filePath(QStringLiteral("article.md"));
    FixtureBuilder::EditingArticle article;
    if (ok) {
        ok = fixtures.buildEditingStore(editingStore, settings.characters, settings.photos, settings.photoSize,
                                        settings.otherArticles, &article, &error)
            && FixtureBuilder::writeMarkdown(article, markdown, &error)
            && (!wanted(settings, "start") || fixtures.buildListStore(listStore, settings.listArticles, &error));
    }
    if (ok) {
        const QString section = QStringLiteral("fixture");
        report.add(section, QStringLiteral("article: characters"), article.characters, QStringLiteral("count"));
        report.add(section, QStringLiteral("article: photos of %1x%2").arg(settings.photoSize.width()).arg(settings.photoSize.height()),
                   double(article.photoFiles.size()), QStringLiteral("count"));
        report.add(section, QStringLiteral("article store (%1 other articles) size").arg(settings.otherArticles),
                   fileMb(editingStore), QStringLiteral("MB"));
        report.add(section, QStringLiteral("article as Markdown for Ghostwriter"), fileMb(markdown) * 1024,
                   QStringLiteral("KB"));
        if (wanted(settings, "start"))
            report.add(section, QStringLiteral("start-up store: articles"), settings.listArticles, QStringLiteral("count"));
    }

    StartupBench startup(settings.startup, &watcher, &report);
    if (ok && wanted(settings, "start"))
        ok = startup.runColdStart(listStore, markdown, &error);
    if (ok && wanted(settings, "memory"))
        ok = startup.runMemory(editingStore, markdown, &error);
    if (ok && wanted(settings, "typing"))
        ok = TypingBench(settings.typing, &report).run(editingStore, article.article.id, &error);
    if (ok && wanted(settings, "edit"))
        ok = EditBench(generator, settings.quick, &report).run(&error);

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
                std::fprintf(stderr, "copydesk-bench-gui: cannot write %s: %s\n", qUtf8Printable(settings.jsonPath),
                             qUtf8Printable(file.errorString()));
                return 1;
            }
        }
    }
    if (!ok) {
        std::fprintf(stderr, "copydesk-bench-gui: %s\n", qUtf8Printable(error));
        return 1;
    }
    return 0;
}
