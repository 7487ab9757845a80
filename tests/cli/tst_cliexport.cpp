#include "export/exportformat.h"
#include "fixtures/clirunner.h"
#include "text/safefilename.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli export as a user runs it: every format, several ids, --force, the JSON round trip.
class TstCliExport : public QObject
{
    Q_OBJECT

private:
    using Result = test::CliResult;

    QTemporaryDir m_dir;
    qint64 m_first = 0;
    qint64 m_second = 0;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite3")); }

    Result cli(const QStringList &arguments)
    {
        return test::runCli(arguments, storePath(), {}, 120000);
    }

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir(path).removeRecursively();
        QDir().mkpath(path);
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString text = m_dir.filePath(QStringLiteral("sample.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::sampleArticleText().toUtf8());
        file.close();
        const QString photo = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile jpeg(photo);
        QVERIFY(jpeg.open(QIODevice::WriteOnly));
        jpeg.write(test::encode(test::makePhoto(2400, 1600, 5), "jpeg"));
        jpeg.close();
        const Result imported = cli({QStringLiteral("import"), text});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        m_first = imported.out.trimmed().toLongLong();
        QVERIFY(cli({QStringLiteral("attach"), QString::number(m_first), photo, QStringLiteral("--caption"),
                     QStringLiteral("活动现场"), QStringLiteral("--credit"), QStringLiteral("记者 摄")}).code == 0);
        const Result second = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("第二篇稿件")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        m_second = second.out.trimmed().toLongLong();
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        for (const ExportFormat::Id format : ExportFormat::all()) {
            if (format != ExportFormat::Pdf) // needs WebEngine: tst_gui_pdfexporter
                QTest::newRow(qPrintable(QStringLiteral("nominal: ") + ExportFormat::name(format))) << ExportFormat::name(format);
        }
    }

    // Two ids → two paths, in order, each inside --out and named after its title.
    void formats()
    {
        QFETCH(QString, format);
        ExportFormat::Id id = ExportFormat::Html;
        QVERIFY(ExportFormat::fromName(format, &id));
        const QString out = folder(QStringLiteral("out-") + format);
        const QStringList arguments{QStringLiteral("export"), QString::number(m_first), QString::number(m_second),
                                    QStringLiteral("--format"), format, QStringLiteral("--out"), out};
        const Result r = cli(arguments);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList paths = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths.at(0), QDir(out).filePath(ExportFormat::outputName(id, SafeFileName::fromTitle(
                                                     QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作")))));
        QCOMPARE(paths.at(1), QDir(out).filePath(ExportFormat::outputName(id, QStringLiteral("第二篇稿件"))));
        for (const QString &path : paths)
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));

        // Again: refused without --force (exit 1, one line), accepted with it.
        const Result again = cli(arguments);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.startsWith(QLatin1String("copydesk-cli: exporting article ")), qPrintable(again.err));
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
        const Result forced = cli(arguments + QStringList{QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QCOMPARE(forced.out, r.out);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("robustness: unknown format lists the formats")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("rtf"),
                           QStringLiteral("--out"), QStringLiteral("/tmp")}
            << 2 << QStringLiteral("html, zip, html-single, pdf, docx, odt, md, json, nitf, newsml, wechat");
        QTest::newRow("robustness: one bad id among good ones writes nothing")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("99999"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("@OUT@")}
            << 1 << QStringLiteral("article 99999");
        QTest::newRow("robustness: the same id twice would write one file twice")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--format"),
                           QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("@OUT@"), QStringLiteral("--force")}
            << 1 << QStringLiteral("articles 1 and 1 would both be written to");
        QTest::newRow("robustness: --out is a file")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("md"),
                           QStringLiteral("--out"), QStringLiteral("@FILE@")}
            << 1 << QStringLiteral("not a folder");
        QTest::newRow("robustness: --out below a file cannot be made")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--out"), QStringLiteral("@FILE@/below")}
            << 1 << QStringLiteral("is a file");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, stderrPart);
        const QString out = folder(QStringLiteral("refusals"));
        for (QString &argument : arguments) {
            argument.replace(QStringLiteral("@OUT@"), out);
            argument.replace(QStringLiteral("@FILE@"), storePath());
        }
        const Result r = cli(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    // A missing --out folder (and its parents) is made, said on stderr; stdout keeps one path.
    void outFolderCreated()
    {
        const QString base = folder(QStringLiteral("made"));
        const QString out = QDir(base).filePath(QStringLiteral("a/b"));
        const Result r = cli({QStringLiteral("export"), QString::number(m_second), QStringLiteral("--format"),
                              QStringLiteral("md"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).isDir());
        QVERIFY2(r.err.contains(QStringLiteral("created the folder ")) && r.err.contains(out), qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QDir(out).filePath(QStringLiteral("第二篇稿件.md")));
        QVERIFY(QFileInfo::exists(r.out.trimmed()));
        // Again into the now existing folder: nothing said about folders.
        const Result again = cli({QStringLiteral("export"), QString::number(m_second), QStringLiteral("--format"),
                                  QStringLiteral("md"), QStringLiteral("--out"), out, QStringLiteral("--force")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("created the folder")), qPrintable(again.err));
    }

    // The pre-export check: warnings after the path, or with --strict a refusal writing nothing.
    void preflight_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("nominal: problems are warnings") << false;
        QTest::newRow("robustness: --strict refuses and writes nothing") << true;
    }

    void preflight()
    {
        QFETCH(bool, strict);
        const QString out = folder(QStringLiteral("preflight"));
        QStringList arguments{QStringLiteral("export"), QString::number(m_first), QStringLiteral("--format"),
                              QStringLiteral("wechat"), QStringLiteral("--out"), out};
        if (strict)
            arguments << QStringLiteral("--strict");
        const Result r = cli(arguments);
        if (strict) {
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("pre-export check found")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
            return;
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(r.out.trimmed()));
        const QString warning = QStringLiteral("copydesk-cli: warning: article %1: ").arg(m_first);
        QVERIFY2(r.err.startsWith(warning), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("placeholder")), qPrintable(r.err)); // the sample's photos to come
        QVERIFY2(r.err.contains(QStringLiteral("Proofing")), qPrintable(r.err));    // its half-width commas
        // A clean article exports without a word on stderr.
        const Result clean = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("干净的稿件")});
        QVERIFY(cli({QStringLiteral("set"), clean.out.trimmed(), QStringLiteral("source"), QStringLiteral("本报")}).code == 0);
        const Result quiet = cli({QStringLiteral("export"), clean.out.trimmed(), QStringLiteral("--format"), QStringLiteral("md"),
                                  QStringLiteral("--out"), out, QStringLiteral("--strict")});
        QVERIFY2(quiet.code == 0, qPrintable(quiet.err));
        QCOMPARE(quiet.err, QString());
    }

    // export --format json, then import: the same JSON again, but for the new id and uuid.
    void jsonRoundTrip()
    {
        const QString out = folder(QStringLiteral("json"));
        const Result exported = cli({QStringLiteral("export"), QString::number(m_first), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--out"), out});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString path = exported.out.trimmed();
        const Result imported = cli({QStringLiteral("import"), path});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const qint64 copy = imported.out.trimmed().toLongLong();
        QVERIFY(copy > 0 && copy != m_first);
        const QString again = folder(QStringLiteral("json-again"));
        const Result reexported = cli({QStringLiteral("export"), QString::number(copy), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--out"), again});
        QVERIFY2(reexported.code == 0, qPrintable(reexported.err));
        QJsonObject first = QJsonDocument::fromJson(read(path)).object();
        QJsonObject second = QJsonDocument::fromJson(read(reexported.out.trimmed())).object();
        QVERIFY(!first.isEmpty());
        QCOMPARE(second.value(QStringLiteral("id")).toInteger(), copy);
        QVERIFY(first.value(QStringLiteral("uuid")) != second.value(QStringLiteral("uuid")));
        QCOMPARE(second.value(QStringLiteral("created")), first.value(QStringLiteral("created")));
        QCOMPARE(second.value(QStringLiteral("updated")), first.value(QStringLiteral("updated")));
        // Byte-identical once id and uuid are set back.
        QByteArray secondBytes = read(reexported.out.trimmed());
        secondBytes.replace(QByteArray("\"id\": " + QByteArray::number(copy) + ','),
                            QByteArray("\"id\": " + QByteArray::number(m_first) + ','));
        secondBytes.replace(second.value(QStringLiteral("uuid")).toString().toUtf8(), first.value(QStringLiteral("uuid")).toString().toUtf8());
        QCOMPARE(secondBytes, read(path));
    }

    // The HTML export is what it always was: a folder with index.html, the revision reason kept.
    void htmlUnchanged()
    {
        const QString out = folder(QStringLiteral("html"));
        const Result r = cli({QStringLiteral("export"), QString::number(m_first), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString dir = r.out.trimmed();
        QVERIFY(QFileInfo(dir).isDir());
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("index.html"))));
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("images/01.jpg"))));
    }
};

QTEST_GUILESS_MAIN(TstCliExport)
#include "tst_cliexport.moc"
