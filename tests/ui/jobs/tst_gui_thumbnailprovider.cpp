#include "dialogs/cropdialog.h"
#include "dialogs/photodesk.h"
#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "fixtures/testutil.h"
#include "fixtures/windowsession.h"
#include "jobs/thumbnailjob.h"
#include "jobs/thumbnailprovider.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace copydesk;

namespace {

// A camera photo as an import stores it: original bytes, no thumbnail.
DecodedImage cameraPhoto(int seed)
{
    const QByteArray bytes = test::encode(test::makePhoto(4000, 3000, seed), "jpeg", 90);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return test::decodedImage(bytes, sha, QStringLiteral("image/jpeg"), 4000, 3000, {}, QStringLiteral("p%1.jpg").arg(seed));
}

int imageBlockNumber(BodyEdit *body, int ordinal)
{
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::isImageBlock(block) && ordinal-- == 0)
            return block.blockNumber();
    }
    return -1;
}

} // namespace

// Whether the crop dialog's photo was blank when the dialog was shown.
class ShowWatch : public QObject
{
public:
    bool seen = false;
    bool blank = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !seen) {
            if (auto *dialog = qobject_cast<copydesk::CropDialog *>(watched)) {
                seen = true;
                blank = dialog->findChild<QLabel *>(QStringLiteral("cropPreview"))->pixmap().isNull();
            }
        }
        return false;
    }
};

// Thumbnails the store does not have yet (an import stores none) are made off the UI thread and
// fill in: the provider answers at once, the photo inspector and the photo desk show them when
// they are made; the crop dialog opens at once and shows the photo when it is there.
class TstGuiThumbnailProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // thumbnail() answers from the store at once; a missing one is made once, in the background.
    void makesMissingOnesInTheBackground()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("provider.sqlite3")), &error), qPrintable(error));
        const DecodedImage photo = cameraPhoto(1);
        const QByteArray junk("not a picture");
        const DecodedImage broken = test::decodedImage(
                junk, QString::fromLatin1(QCryptographicHash::hash(junk, QCryptographicHash::Sha256).toHex()),
                QStringLiteral("image/jpeg"), 10, 10);
        QVERIFY2(store.putMedia({photo, broken}, &error), qPrintable(error));
        ThumbnailProvider provider(&store);
        QSignalSpy made(&provider, &ThumbnailProvider::made);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(provider.thumbnail(photo.sha256).isEmpty());
        const qint64 askedMs = clock.elapsed();
        QVERIFY(store.mediaThumbnail(photo.sha256).isEmpty()); // not made on this thread
        qInfo("asking for a missing thumbnail of a 4000 × 3000 JPEG took %lld ms", askedMs);
        QVERIFY(provider.thumbnail(photo.sha256).isEmpty()); // asked once
        QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 30000);
        QCOMPARE(made.first().at(0).toStringList(), QStringList{photo.sha256});
        const QImage thumbnail = QImage::fromData(provider.thumbnail(photo.sha256));
        QCOMPARE(thumbnail.size(), QSize(320, 240));

        // One that cannot be made stays without, and is not tried again and again.
        QVERIFY(provider.thumbnail(broken.sha256).isEmpty());
        QTRY_VERIFY(!provider.job()->isRunning());
        QVERIFY(provider.thumbnail(broken.sha256).isEmpty());
        QVERIFY(!provider.job()->isRunning());
        QCOMPARE(made.size(), 1);
        QVERIFY(provider.thumbnail(QString()).isEmpty());
    }

    // An imported article's photo without a thumbnail: selecting it shows "Photo to come" at once
    // (no decode on the UI thread: the store still has no thumbnail afterwards), then the
    // thumbnail when it is made; the crop dialog and the photo desk fill in the same way.
    void inspectorAndDeskFillIn()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.sqlite3"));
        const DecodedImage first = cameraPhoto(2);
        const DecodedImage second = cameraPhoto(3);
        const DecodedImage third = cameraPhoto(4);
        qint64 id = 0;
        {
            Store writer;
            QString error;
            QVERIFY2(writer.open(path, &error), qPrintable(error));
            Article article = Article::create(QStringLiteral("大桥今天合龙"));
            article.blocks = {Block::paragraph(QStringLiteral("本报讯 大桥今天合龙。")),
                              Block::image(first.sha256, 4000, 3000, QStringLiteral("合龙现场")),
                              Block::paragraph(QStringLiteral("第二段。")),
                              Block::image(second.sha256, 4000, 3000, QStringLiteral("工人")),
                              Block::paragraph(QStringLiteral("第三段。")),
                              Block::image(third.sha256, 4000, 3000, QStringLiteral("通车")),
                              Block::paragraph(QStringLiteral("第四段。"))};
            QVERIFY2(writer.importArticle(&article, {first, second, third}, &error), qPrintable(error));
            id = article.id;
        }
        test::WindowSession session;
        QVERIFY(session.open(path));
        MainWindow *window = session.window.get();
        QVERIFY(window->selectArticle(id));
        QTRY_COMPARE(window->currentArticleId(), id);
        auto *provider = window->findChild<ThumbnailProvider *>();
        QVERIFY(provider);
        QSignalSpy made(provider, &ThumbnailProvider::made);
        auto *thumbnail = window->findChild<QLabel *>(QStringLiteral("imageThumbnail"));
        QVERIFY(thumbnail);

        BodyEdit *body = window->editor()->body();
        QVERIFY(session.store.mediaThumbnail(first.sha256).isEmpty());
        QElapsedTimer clock;
        clock.start();
        body->selectPhoto(imageBlockNumber(body, 0));
        const qint64 selectMs = clock.elapsed();
        QCOMPARE(body->currentImageBlockNumber(), imageBlockNumber(body, 0));
        QVERIFY(session.store.mediaThumbnail(first.sha256).isEmpty());
        QVERIFY(thumbnail->pixmap().isNull());
        QCOMPARE(thumbnail->text(), QStringLiteral("Photo to come"));
        qInfo("selecting a photo without a thumbnail took %lld ms", selectMs);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnail->pixmap().isNull(), 30000);
        QVERIFY(!session.store.mediaThumbnail(first.sha256).isEmpty());

        // Crop and Turn on a photo without a thumbnail: the dialog opens at once without the
        // photo (nothing is made before the event loop runs again) and shows it once made.
        body->selectPhoto(imageBlockNumber(body, 2));
        auto *crop = window->findChild<QPushButton *>(QStringLiteral("cropImageButton"));
        QVERIFY(crop && crop->isEnabled());
        // Blank when shown: the Show event comes before the dialog's event loop could deliver a
        // thumbnail the job (already at work since the photo was selected) has made.
        ShowWatch shown;
        qApp->installEventFilter(&shown);
        bool filledIn = false;
        QTimer poll;
        QElapsedTimer waited;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CropDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *preview = dialog->findChild<QLabel *>(QStringLiteral("cropPreview"));
            if (!waited.isValid())
                waited.start();
            filledIn = !preview->pixmap().isNull();
            if (filledIn || waited.hasExpired(30000))
                dialog->reject();
        });
        poll.start(20);
        QVERIFY(session.store.mediaThumbnail(third.sha256).isEmpty());
        crop->click();
        poll.stop();
        qApp->removeEventFilter(&shown);
        QVERIFY(shown.seen);
        QVERIFY(shown.blank);
        QVERIFY(filledIn);
        QVERIFY(!session.store.mediaThumbnail(third.sha256).isEmpty());

        // The photo desk: the second photo's cell fills in too.
        window->findChild<QAction *>(QStringLiteral("photoDeskAction"))->trigger();
        auto *desk = window->findChild<PhotoDesk *>();
        QVERIFY(desk);
        QTableWidget *table = desk->table();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(!table->item(0, PhotoDesk::Picture)->icon().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!table->item(1, PhotoDesk::Picture)->icon().isNull(), 30000);
        QVERIFY(!session.store.mediaThumbnail(second.sha256).isEmpty());
        QVERIFY(made.size() >= 3);
        desk->close();
    }
};

QTEST_MAIN(TstGuiThumbnailProvider)
#include "tst_gui_thumbnailprovider.moc"
