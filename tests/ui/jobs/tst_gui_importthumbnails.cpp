#include "fixtures/clirunner.h"
#include "fixtures/packagefixture.h"
#include "fixtures/testutil.h"
#include "fixtures/windowsession.h"
#include "jobs/articlefileimporter.h"
#include "jobs/importreview.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace copydesk;

namespace {

// A reporter's .docx with camera-size photos.
bool writeReport(const QString &path, int photos, QStringList *shas)
{
    QString body = test::wp({}, test::wr(QStringLiteral("大桥今天合龙")));
    QString relationships;
    test::ZipEntries parts;
    for (int i = 0; i < photos; ++i) {
        const QByteArray jpeg = test::encode(test::makePhoto(3000, 2000, 10 + i), "jpeg", 90);
        shas->append(QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()));
        const QString id = QStringLiteral("rIdP%1").arg(i);
        relationships += test::imageRelationship(id, QStringLiteral("media/p%1.jpeg").arg(i));
        parts.append({QStringLiteral("word/media/p%1.jpeg").arg(i), jpeg});
        body += test::wp({}, test::wr(QStringLiteral("第%1段，本报讯。").arg(i)));
        body += test::wp({}, test::docxInlinePicture(id, QStringLiteral("photo %1").arg(i)));
    }
    return test::writeDocx(path, body, relationships, parts);
}

int imageCount(const Article &article)
{
    int count = 0;
    for (const Block &block : article.blocks)
        count += block.type == Block::Type::Image && !block.media.isEmpty();
    return count;
}

} // namespace

// File ▸ Import of a .docx with photos: the article is stored and shown at once, its photos
// without thumbnails; the thumbnails are made afterwards off the UI thread and fill in. An
// article whose photos have no thumbnail yet previews from the originals.
class TstGuiImportThumbnails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().setValue(ImportReview::previewSetting(), false); // the preview dialog has its own test
    }

    void articleShowsBeforeItsThumbnails()
    {
        const QString docx = m_dir.filePath(QStringLiteral("记者稿.docx"));
        QStringList shas;
        QVERIFY(writeReport(docx, 3, &shas));
        test::WindowSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("import.sqlite3"))));
        MainWindow *window = session.window.get();
        auto *importer = window->findChild<ArticleFileImporter *>();
        QVERIFY(importer);
        QSignalSpy made(importer, &ArticleFileImporter::thumbnailsMade);

        // Checked as the article is stored and again as the import finishes, after the window
        // has opened it: the article is there before the job has made a thumbnail (the photo the
        // inspector shows, if one is selected, gets its own on demand).
        QStringList missingWhenStored;
        connect(importer, &ArticleFileImporter::stored, this, [&](const ImportedArticle &imported) {
            QVERIFY(imported.article.id > 0);
            for (const QString &sha : std::as_const(shas)) {
                if (session.store.hasMedia(sha) && session.store.mediaThumbnail(sha).isEmpty())
                    missingWhenStored.append(sha);
            }
        });
        bool checked = false;
        QStringList missing;
        Article shown;
        qsizetype madeWhenFinished = -1;
        connect(importer, &ArticleFileImporter::finished, this, [&](qint64 last) {
            checked = true;
            madeWhenFinished = made.count();
            shown = window->currentArticle();
            for (const QString &sha : std::as_const(shas)) {
                if (session.store.mediaThumbnail(sha).isEmpty())
                    missing.append(sha);
            }
            QCOMPARE(shown.id, last);
        });
        window->importPaths({docx}, false);
        QTRY_VERIFY_WITH_TIMEOUT(checked, 30000);
        QCOMPARE(missingWhenStored, shas);
        QCOMPARE(shown.title, QStringLiteral("大桥今天合龙"));
        QCOMPARE(imageCount(shown), 3);
        QVERIFY2(missing.size() >= shas.size() - 1, qPrintable(missing.join(u' ')));
        // Counted when the import ended: the batch may end before this test polls again.
        QCOMPARE(madeWhenFinished, 0);

        // Then they fill in, in one batch, without a problem.
        QTRY_COMPARE_WITH_TIMEOUT(made.count(), 1, 30000);
        QStringList filled = made.first().at(0).toStringList();
        filled.sort();
        QStringList expected = shas;
        expected.sort();
        QCOMPARE(filled, expected);
        QCOMPARE(made.first().at(1).toStringList(), QStringList());
        for (const QString &sha : std::as_const(shas)) {
            const QImage thumbnail = QImage::fromData(session.store.mediaThumbnail(sha));
            QCOMPARE(thumbnail.size(), QSize(320, 213));
        }
    }

    void previewWithoutThumbnails()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite3"));
        const QString docx = m_dir.filePath(QStringLiteral("cli.docx"));
        QStringList shas;
        QVERIFY(writeReport(docx, 2, &shas));
        const test::CliResult imported = test::runCli({QStringLiteral("import"), docx}, path, {}, 120000);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const qint64 id = imported.out.trimmed().toLongLong();

        {
            Store reader;
            QString error;
            QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
            for (const QString &sha : std::as_const(shas))
                QVERIFY(reader.mediaThumbnail(sha).isEmpty());
        }
        test::WindowSession session;
        QVERIFY(session.open(path));
        MainWindow *window = session.window.get();
        QTRY_COMPARE(window->currentArticle().id, id);
        QTRY_VERIFY_WITH_TIMEOUT(window->preview() != nullptr, 20000);
        QWebEnginePage *page = window->preview()->page();
        const auto loadedImages = [page] {
            QVariant result;
            bool done = false;
            page->runJavaScript(QStringLiteral("Array.from(document.images).filter(i => i.complete && i.naturalWidth > 0).length"),
                                QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
                                    result = value;
                                    done = true;
                                });
            return QTest::qWaitFor([&] { return done; }, 5000) ? result.toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 30000);
    }
};

QTEST_MAIN(TstGuiImportThumbnails)
#include "tst_gui_importthumbnails.moc"
