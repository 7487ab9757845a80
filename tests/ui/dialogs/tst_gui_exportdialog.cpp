#include "export/articleexporter.h"
#include "dialogs/exportdialog.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>

using namespace copydesk;

// The export dialog: preflight warnings, export of one or several articles, remembered choices.
class TstGuiExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_sample = 0;
    qint64 m_clean = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article sample = TextImporter::fromPlainText(test::sampleArticleText());
        QVERIFY(m_store.insertArticle(&sample, &error));
        m_sample = sample.id;
        Article clean = Article::create(QStringLiteral("Council approves budget"));
        clean.source = QStringLiteral("City Hall");
        clean.blocks = {Block::paragraph(QStringLiteral("The council approved the budget on Monday."))};
        QVERIFY(m_store.insertArticle(&clean, &error));
        m_clean = clean.id;
    }

    void preflight_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::addColumn<bool>("expectProblems");
        QTest::newRow("nominal: the sample's photos are still placeholders") << true << true;
        QTest::newRow("nominal: a clean article has none") << false << false;
    }

    void preflight()
    {
        QFETCH(bool, sample);
        QFETCH(bool, expectProblems);
        ExportDialog dialog(&m_store, {sample ? m_sample : m_clean});
        QCOMPARE(!dialog.problems().isEmpty(), expectProblems);
        if (expectProblems)
            QVERIFY(dialog.problems().size() >= 13); // 13 placeholders without a photo
    }

    void exports_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("nominal: html folder") << int(ExportFormat::Html) << QString();
        QTest::newRow("nominal: docx") << int(ExportFormat::Docx) << QStringLiteral(".docx");
        QTest::newRow("nominal: nitf") << int(ExportFormat::Nitf) << QStringLiteral(".xml");
    }

    void exports()
    {
        QFETCH(int, format);
        QFETCH(QString, suffix);
        const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(format));
        QVERIFY(QDir().mkpath(out));
        ExportDialog dialog(&m_store, {m_sample, m_clean});
        dialog.setFormat(ExportFormat::Id(format));
        dialog.setDestination(out);
        QVERIFY(dialog.runExport());
        QCOMPARE(dialog.outputs().size(), 2);
        for (const QString &path : dialog.outputs()) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY(path.startsWith(out));
            QVERIFY(path.endsWith(suffix));
        }
        // The choice is remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("export/format")).toString(), ExportFormat::name(ExportFormat::Id(format)));
    }

    // A missing folder is made, as every exporter a user knows does, and the dialog says so;
    // one that cannot be made (below a file) is an error.
    void missingFolderIsMade()
    {
        const QString missing = m_dir.filePath(QStringLiteral("does/not/exist"));
        ExportDialog dialog(&m_store, {m_clean});
        dialog.setDestination(missing);
        QVERIFY(dialog.runExport());
        QCOMPARE(dialog.outputs().size(), 1);
        QVERIFY(QFileInfo(missing).isDir());
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("was created"));
        QVERIFY(said);

        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        ExportDialog below(&m_store, {m_clean});
        below.setDestination(QDir(file).filePath(QStringLiteral("sub")));
        QVERIFY(!below.runExport());
        QVERIFY(below.outputs().isEmpty());
    }
};

QTEST_MAIN(TstGuiExportDialog)
#include "tst_gui_exportdialog.moc"
