#include "dialogs/importpreviewdialog.h"
#include "fixtures/blockdescription.h"
#include "fixtures/packagefixture.h"
#include "fixtures/testutil.h"
#include "fixtures/windowsession.h"
#include "import/articleimporter.h"
#include "import/importcorrection.h"
#include "jobs/articlefileimporter.h"
#include "jobs/importreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString samplePage()
{
    return test::sharedPath(QStringLiteral("samples/daxiang-womens-federation.txt"));
}

ImportPreviewDialog *openPreview(MainWindow *window)
{
    ImportPreviewDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = window->findChild<ImportPreviewDialog *>();
        return dialog && dialog->isVisible();
    }, 20000);
    return shown ? dialog : nullptr;
}

int rowOf(QListWidget *lines, const QString &text)
{
    for (int row = 0; row < lines->count(); ++row) {
        if (lines->item(row)->text() == text)
            return row;
    }
    return -1;
}

// Picks a role the way the mouse does (activated, not only the current index).
void chooseRole(ImportPreviewDialog *dialog, int block, ImportCorrection::Role role)
{
    auto *blocks = dialog->findChild<QTableWidget *>(QStringLiteral("importBlocks"));
    auto *roles = qobject_cast<QComboBox *>(blocks->cellWidget(block, 0));
    QVERIFY(roles);
    const int index = roles->findData(int(role));
    roles->setCurrentIndex(index);
    emit roles->activated(index);
}

void dropPhoto(ImportPreviewDialog *dialog, int block)
{
    auto *blocks = dialog->findChild<QTableWidget *>(QStringLiteral("importBlocks"));
    auto *keep = qobject_cast<QCheckBox *>(blocks->cellWidget(block, 0));
    QVERIFY(keep && keep->isChecked());
    keep->click();
}

int rowStartingWith(ImportPreviewDialog *dialog, const QString &text)
{
    auto *blocks = dialog->findChild<QTableWidget *>(QStringLiteral("importBlocks"));
    for (int row = 0; row < blocks->rowCount(); ++row) {
        if (blocks->item(row, 1)->text().startsWith(text))
            return row;
    }
    return -1;
}

// The store's articles, oldest first.
QList<Article> storedArticles(const QString &path)
{
    Store reader;
    QString error;
    QList<Article> articles;
    if (!reader.open(path, &error))
        return articles;
    for (const ArticleSummary &summary : reader.listArticles(&error)) {
        Article article;
        if (reader.loadArticle(summary.id, &article, &error))
            articles.prepend(article);
    }
    return articles;
}

void compareContent(const Article &stored, const Article &expected)
{
    QCOMPARE(stored.title, expected.title);
    QCOMPARE(stored.source, expected.source);
    QCOMPARE(stored.byline, expected.byline);
    QCOMPARE(stored.dateline, expected.dateline);
    QCOMPARE(test::describe(stored.blocks), test::describe(expected.blocks));
}

} // namespace

// File ▸ Import's preview: read in the background, corrected in the dialog, stored as previewed.
class TstGuiImportPreviewDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;
    QString m_store;

    void accept(ImportPreviewDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    void init()
    {
        QSettings().remove(ImportReview::previewSetting());
        m_store = m_dir.filePath(QStringLiteral("store%1.sqlite3").arg(++m_stores));
    }

    // The shared sample's page text: the slogans are marked as masthead; another headline line and
    // a sub-head chosen, 来源 typed; the stored article is the one ImportCorrection gives for them.
    void pageTextCorrected()
    {
        test::WindowSession session;
        QVERIFY(session.open(m_store));
        session.window->importPaths({samplePage()});
        ImportPreviewDialog *dialog = openPreview(session.window.get());
        QVERIFY(dialog);
        auto *lines = dialog->findChild<QListWidget *>(QStringLiteral("headlineLines"));
        QVERIFY(lines->item(0)->text().contains(u8("聚合邵阳新闻 传播邵阳声音")));
        QVERIFY(lines->item(0)->text() != u8("聚合邵阳新闻 传播邵阳声音")); // marked as masthead
        QVERIFY(lines->item(1)->text() != u8("邵商网与您共同讲好邵商故事"));
        QCOMPARE(lines->currentItem()->text(), u8("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("importDateline"))->text(), u8("大祥融媒讯"));

        // Line 1 becomes the headline: everything after it is the body again; the second slogan
        // is read as a photo place and dropped, a paragraph made a sub-head.
        lines->setCurrentRow(0);
        QCOMPARE(rowStartingWith(dialog, u8("邵商网与您共同讲好邵商故事")), 0);
        dropPhoto(dialog, 0);
        const int paragraph = rowStartingWith(dialog, u8("今年以来"));
        QVERIFY(paragraph > 0);
        chooseRole(dialog, paragraph, ImportCorrection::Role::SubHead);
        auto *source = dialog->findChild<QLineEdit *>(QStringLiteral("importSource"));
        source->setFocus();
        source->selectAll();
        test::typeLikeUser(source, u8("邵商网"));
        accept(dialog);

        ImportedArticle read;
        QString error;
        QVERIFY(ArticleImporter::readFile(samplePage(), &read, &error));
        ImportCorrection expected(read);
        QVERIFY(expected.setTitleLine(1));
        expected.setDropped(0, true);
        expected.setRole(paragraph, ImportCorrection::Role::SubHead);
        expected.setSource(u8("邵商网"));
        QTRY_COMPARE(storedArticles(m_store).size(), 1);
        const Article stored = storedArticles(m_store).constFirst();
        QCOMPARE(stored.title, u8("聚合邵阳新闻 传播邵阳声音"));
        QVERIFY(test::describe(stored.blocks).filter(QStringLiteral("H2:今年以来")).size() == 1);
        compareContent(stored, expected.result().article);
    }

    // A Word file: a later line as the headline, a paragraph made a sub-head, a photo dropped.
    void docxCorrected()
    {
        const QString docx = m_dir.filePath(u8("记者稿.docx"));
        QVERIFY(test::writeDocx(docx,
                                test::wp({}, test::wr(u8("要闻版"))) + test::wp({}, test::wr(u8("大桥合龙")))
                                    + test::wp({}, test::wr(u8("本报讯（记者 张三）大桥今天合龙，十万市民前来观看。")))
                                    + test::wp({}, test::docxInlinePicture(u8("rId1"), QString()))
                                    + test::wp({}, test::wr(u8("百年梦圆")))
                                    + test::wp({}, test::wr(u8("大桥全长三公里，历时五年建成。"))),
                                test::imageRelationship(u8("rId1"), u8("media/a.jpeg")),
                                {{u8("word/media/a.jpeg"), test::encode(test::makePhoto(400, 300, 1), "jpeg")}}));
        ImportedArticle read;
        QString error;
        QVERIFY2(ArticleImporter::readFile(docx, &read, &error), qPrintable(error));
        QCOMPARE(read.media.size(), 1);

        test::WindowSession session;
        QVERIFY(session.open(m_store));
        session.window->importPaths({docx});
        ImportPreviewDialog *dialog = openPreview(session.window.get());
        QVERIFY(dialog);
        auto *lines = dialog->findChild<QListWidget *>(QStringLiteral("headlineLines"));
        const int headline = rowOf(lines, u8("大桥合龙"));
        QVERIFY(headline >= 0);
        lines->setCurrentRow(headline);
        ImportCorrection expected(read);
        QVERIFY(expected.setTitleLine(lines->item(headline)->data(Qt::UserRole).toInt()));

        const QList<Block> &blocks = expected.blocks();
        qsizetype photo = -1;
        qsizetype subHead = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).type == Block::Type::Image)
                photo = i;
            if (blocks.at(i).text.text == u8("百年梦圆"))
                subHead = i;
        }
        QVERIFY(photo >= 0 && subHead >= 0);
        expected.setRole(subHead, ImportCorrection::Role::SubHead);
        expected.setDropped(photo, true);
        chooseRole(dialog, int(subHead), ImportCorrection::Role::SubHead);
        dropPhoto(dialog, int(photo));
        accept(dialog);

        QTRY_COMPARE(storedArticles(m_store).size(), 1);
        const Article stored = storedArticles(m_store).constFirst();
        QCOMPARE(stored.title, u8("大桥合龙"));
        QCOMPARE(stored.imageCount(), 0);
        QVERIFY(test::describe(stored.blocks).contains(u8("H2:百年梦圆")));
        compareContent(stored, expected.result().article);
    }

    // A dropped file is previewed too; Cancel creates nothing, and the import still reports
    // that it is done.
    void cancelStoresNothing()
    {
        test::WindowSession session;
        QVERIFY(session.open(m_store));
        QSignalSpy done(session.window->findChild<ArticleFileImporter *>(), &ArticleFileImporter::finished);
        session.window->openFiles({samplePage()});
        ImportPreviewDialog *dialog = openPreview(session.window.get());
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toLongLong(), 0);
        QVERIFY(storedArticles(m_store).isEmpty());
    }

    // Files named on the command line (Open With) are imported as recognised.
    void commandLineFilesAsRecognised()
    {
        test::WindowSession session;
        QVERIFY(session.open(m_store));
        session.window->openFiles({samplePage()}, false);
        QTRY_COMPARE(storedArticles(m_store).size(), 1);
        QCOMPARE(storedArticles(m_store).constFirst().title, u8("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
        QVERIFY(!session.window->findChild<ImportPreviewDialog *>());
    }

    // Several files: "Import All as Recognised" stores this one and the rest without previews;
    // "Don't show again" is remembered.
    void severalFilesAndDontShowAgain()
    {
        const QString markdown = m_dir.filePath(QStringLiteral("notes.md"));
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Council approves budget\n\nThe council approved the budget.\n");
        md.close();
        {
            test::WindowSession session;
            QVERIFY(session.open(m_store));
            session.window->importPaths({samplePage(), markdown});
            ImportPreviewDialog *dialog = openPreview(session.window.get());
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importAll")));
            dialog->findChild<QPushButton *>(QStringLiteral("importAll"))->click();
            QTRY_COMPARE(storedArticles(m_store).size(), 2);
            QTRY_VERIFY(!session.window->findChild<ImportPreviewDialog *>()
                        || !session.window->findChild<ImportPreviewDialog *>()->isVisible());
            QVERIFY(QSettings().value(ImportReview::previewSetting(), true).toBool());

            session.window->importPaths({markdown});
            dialog = openPreview(session.window.get());
            QVERIFY(dialog);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importAll")));
            dialog->findChild<QCheckBox *>(QStringLiteral("dontShowAgain"))->setChecked(true);
            accept(dialog);
            QTRY_COMPARE(storedArticles(m_store).size(), 3);
        }
        QVERIFY(!QSettings().value(ImportReview::previewSetting(), true).toBool());
        test::WindowSession session;
        QVERIFY(session.open(m_store));
        session.window->importPaths({markdown});
        QTRY_COMPARE(storedArticles(m_store).size(), 4);
        QVERIFY(!session.window->findChild<ImportPreviewDialog *>()); // never made
    }
};

QTEST_MAIN(TstGuiImportPreviewDialog)
#include "tst_gui_importpreviewdialog.moc"
