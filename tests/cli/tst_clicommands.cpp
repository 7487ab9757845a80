#include "cli.h"
#include "command.h"
#include "commandtable.h"
#include "fixtures/clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli's one table of commands: --help, COMMAND --help and every usage error come from
// it, and the command line is read by QCommandLineParser in our own words.
class TstCliCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite3")); }
    test::CliResult cli(const QStringList &arguments) { return test::runCli(arguments, storePath()); }

    static void addCommandRows(const char *kind, const char *what)
    {
        QTest::addColumn<QString>("name");
        for (const Command *command : CommandTable::commands())
            QTest::addRow("%s: %s %s", kind, qPrintable(command->name()), what) << command->name();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(COPYDESK_CLI_PATH)), COPYDESK_CLI_PATH);
        // The help names the default store; the same one as the runs below.
        qputenv("COPYDESK_STORE", storePath().toUtf8());
    }

    void commandHelp_data() { addCommandRows("nominal", "--help"); }

    // COMMAND --help prints the command's synopsis and description, and runs nothing.
    void commandHelp()
    {
        QFETCH(QString, name);
        const Command *command = CommandTable::find(name);
        QVERIFY(command);
        const test::CliResult r = cli({name, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("Usage: copydesk-cli [--store PATH] ") + command->usage()
                                + QStringLiteral("\n\n") + command->description() + QLatin1Char('\n'));
        QVERIFY(!QFile::exists(storePath()));
    }

    // --help is Cli::usage(): every command of the table in order, its description beside or
    // under it, then the global options.
    void helpListsEveryCommand_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("nominal: --help") << QStringLiteral("--help");
    }

    void helpListsEveryCommand()
    {
        QFETCH(QString, option);
        const test::CliResult r = cli({option});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, Cli::usage());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        qsizetype at = 0;
        for (const Command *command : CommandTable::commands()) {
            const QString row = QStringLiteral("  ") + command->usage();
            while (at < lines.size() && !(lines.at(at) == row || lines.at(at).startsWith(row + QStringLiteral("  "))))
                ++at;
            QVERIFY2(at < lines.size(), qPrintable(command->name()));
            const QString firstLine = command->description().section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(lines.at(at).endsWith(firstLine) || lines.value(at + 1).trimmed() == firstLine,
                     qPrintable(command->name()));
        }
        for (const QCommandLineOption &option : CommandTable::globalOptions())
            QVERIFY(r.out.contains(QStringLiteral("  --") + option.names().constFirst()));
    }

    void usageErrors_data() { addCommandRows("robustness", "with the wrong number of arguments"); }

    // A wrong number of arguments is a usage error whose line is the table's synopsis; it opens
    // no store.
    void usageErrors()
    {
        QFETCH(QString, name);
        const Command *command = CommandTable::find(name);
        QStringList arguments{name};
        if (command->maxArguments() != Command::Unlimited) {
            for (int i = 0; i <= command->maxArguments(); ++i)
                arguments << QStringLiteral("1");
        }
        const test::CliResult r = cli(arguments);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("copydesk-cli: usage: copydesk-cli ") + command->usage()
                                + QStringLiteral("\nTry “copydesk-cli --help”.\n"));
        QVERIFY(!QFile::exists(storePath()));
    }

    void synopsisNamesTheOptions_data() { addCommandRows("nominal", "synopsis"); }

    // The options a synopsis shows are the options the command accepts, no more, no fewer.
    void synopsisNamesTheOptions()
    {
        QFETCH(QString, name);
        const Command *command = CommandTable::find(name);
        QSet<QString> shown;
        static const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
        for (const QRegularExpressionMatch &match : option.globalMatch(command->synopsis()))
            shown.insert(match.captured(1));
        QSet<QString> accepted;
        for (const QCommandLineOption &option : command->options())
            accepted.insert(option.names().constFirst());
        QCOMPARE(shown, accepted);
    }

    void parsing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("robustness: unknown command, even with --help")
                << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")} << 2
                << QStringLiteral("copydesk-cli: unknown command “frobnicate”\nTry “copydesk-cli --help”.\n");
        QTest::newRow("robustness: an option before the command is global or unknown")
                << QStringList{QStringLiteral("--json"), QStringLiteral("list")} << 2
                << QStringLiteral("copydesk-cli: unknown option --json\n");
        QTest::newRow("robustness: an unknown option after the command names it")
                << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")} << 2
                << QStringLiteral("copydesk-cli: unknown option --jsn for “list”\n");
        QTest::newRow("robustness: a flag given a value is unknown as such")
                << QStringList{QStringLiteral("list"), QStringLiteral("--json=yes")} << 2
                << QStringLiteral("copydesk-cli: unknown option --json for “list”\n");
        QTest::newRow("robustness: a value option last on the line")
                << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out")} << 2
                << QStringLiteral("copydesk-cli: option --out needs a value\n");
        QTest::newRow("robustness: --store last on the line")
                << QStringList{QStringLiteral("--store")} << 2
                << QStringLiteral("copydesk-cli: option --store needs a value\n");
        QTest::newRow("robustness: after -- an option is an argument")
                << QStringList{QStringLiteral("list"), QStringLiteral("--"), QStringLiteral("--json")} << 2
                << QStringLiteral("usage: copydesk-cli list [--json]");
        QTest::newRow("nominal: --store before or after the command")
                << QStringList{QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("@STORE@")} << 0
                << QString();
        QTest::newRow("nominal: --version") << QStringList{QStringLiteral("--version")} << 0 << QString();
    }

    // Problems are told in our words, never QCommandLineParser's.
    void parsing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, stderrPart);
        arguments.replaceInStrings(QStringLiteral("@STORE@"), m_dir.filePath(QStringLiteral("other.sqlite3")));
        const test::CliResult r = cli(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        for (const char *english : {"Unknown option", "Missing value", "Unexpected value"})
            QVERIFY2(!r.err.contains(QLatin1String(english)), qPrintable(r.err));
    }

    void valuesAsTyped_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: --title VALUE") << QStringList{QStringLiteral("--title"), QStringLiteral("寒潮")}
                                                << QStringLiteral("寒潮");
        QTest::newRow("nominal: --title=VALUE") << QStringList{QStringLiteral("--title=寒潮 来袭")}
                                                << QStringLiteral("寒潮 来袭");
        QTest::newRow("robustness: a value with one dash is a value")
                << QStringList{QStringLiteral("--title"), QStringLiteral("-30°C")} << QStringLiteral("-30°C");
        QTest::newRow("robustness: a value that looks like an option")
                << QStringList{QStringLiteral("--title"), QStringLiteral("--json")} << QStringLiteral("--json");
    }

    // Option values and arguments arrive as typed, whatever they start with.
    void valuesAsTyped()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, title);
        const test::CliResult created = cli(QStringList{QStringLiteral("new")} + options);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString id = created.out.trimmed();
        const test::CliResult shown = cli({QStringLiteral("show"), QStringLiteral("--json"), id});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("title")).toString(), title);
        QCOMPARE(cli({QStringLiteral("set"), id, QStringLiteral("title"), QStringLiteral("--"), QStringLiteral("--json")}).code, 0);
        QCOMPARE(cli({QStringLiteral("show"), id}).out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("--json"));
        QCOMPARE(cli({QStringLiteral("set"), id, QStringLiteral("title"), QStringLiteral("-旧题")}).code, 0);
        QCOMPARE(cli({QStringLiteral("show"), id}).out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("-旧题"));
    }
};

QTEST_GUILESS_MAIN(TstCliCommands)
#include "tst_clicommands.moc"
