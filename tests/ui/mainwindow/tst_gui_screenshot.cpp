#include "store/autosaver.h"
#include "editor/bodyedit.h"
#include "editor/articleeditor.h"
#include "media/decodedimage.h"
#include "media/imagedecoder.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"
#include "application/appearance.h"
#include "dialogs/photodesk.h"
#include "jobs/thumbnailprovider.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace copydesk;

// Screenshots of the main window on the sample article, light and dark, for the README.
// Under Xvfb (DISPLAY set) it grabs the real screen; offscreen it grabs the widgets.
class TstGuiScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    qint64 prepareStore(Store *store)
    {
        Article article = TextImporter::fromPlainText(test::sampleArticleText());
        article.byline = QStringLiteral("记者 张三 通讯员 李四");
        article.editor = QStringLiteral("王五");
        article.section = QStringLiteral("本地新闻");
        // Three photos fill the first three placeholders, captions and credits kept.
        int photo = 0;
        for (Block &block : article.blocks) {
            if (block.type != Block::Type::Image || photo == 3)
                continue;
            DecodedImage image;
            QString error;
            const QByteArray bytes = test::encode(test::makePhoto(1600, 1067, 7 + photo), "jpeg");
            if (!ImageDecoder::decodeBytes(bytes, QStringLiteral("photo%1.jpg").arg(photo), &image, &error)
                || !store->putMedia({test::decodedImage(image.bytes, image.sha256, image.mime, image.size.width(), image.size.height(), image.thumbnail, image.fileName)}, &error))
                qFatal("%s", qPrintable(error));
            block.media = image.sha256;
            block.width = image.size.width();
            block.height = image.size.height();
            block.credit = QStringLiteral("摄影 赵六");
            ++photo;
        }
        QString error;
        if (!store->insertArticle(&article, &error))
            qFatal("%s", qPrintable(error));
        return article.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    }

    void mainWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("nominal: light") << false;
        QTest::newRow("nominal: dark") << true;
    }

    void mainWindow()
    {
        QFETCH(bool, dark);
        const QString path = m_dir.filePath(dark ? QStringLiteral("dark.sqlite3") : QStringLiteral("light.sqlite3"));
        Store store;
        Autosaver autosaver;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(autosaver.start(path, &error), qPrintable(error));
        const qint64 id = prepareStore(&store);
        Appearance appearance;
        appearance.scheme = dark ? Appearance::Scheme::Dark : Appearance::Scheme::Light;
        appearance.apply();

        MainWindow window(&store, &autosaver);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectArticle(id));
        QTRY_VERIFY_WITH_TIMEOUT(window.preview() != nullptr, 10000);
        QSignalSpy rendered(window.preview(), &PreviewView::rendered);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() > 0 || window.preview()->currentHtml().contains(QStringLiteral("figcaption")), 15000);
        // Put the caret in the first photo's caption so the photo panel shows it.
        BodyEdit *body = window.editor()->body();
        for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
            if (!body->imageAt(block.blockNumber()).media.isEmpty()) {
                QTextCursor cursor(block.next());
                cursor.movePosition(QTextCursor::EndOfBlock);
                body->setTextCursor(cursor);
                body->ensureCursorVisible();
                break;
            }
        }
        QTest::qWait(2500); // let WebEngine paint and the photos decode

        const QString outDir = QDir(QStringLiteral(COPYDESK_BUILD_DIR)).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(outDir));
        const QString file = QDir(outDir).filePath(dark ? QStringLiteral("main-dark.png") : QStringLiteral("main-light.png"));
        QPixmap shot;
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = window.screen()->grabWindow(window.winId());
        else
            shot = window.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(file));
        qInfo("screenshot: %s", qPrintable(file));
        // A real picture: the window is not one flat colour.
        const QImage image = shot.toImage().scaled(64, 40);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the screenshot is blank");
        Appearance().apply();
    }

    // The photo desk and a cropped photo in the editor (issue 12), for the README.
    void photoDeskAndCrop()
    {
        const QString path = m_dir.filePath(QStringLiteral("photos.sqlite3"));
        Store store;
        Autosaver autosaver;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(autosaver.start(path, &error), qPrintable(error));
        const qint64 id = prepareStore(&store);
        MainWindow window(&store, &autosaver);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectArticle(id));
        BodyEdit *body = window.editor()->body();
        int first = -1;
        for (QTextBlock block = body->document()->begin(); block.isValid() && first < 0; block = block.next()) {
            if (!body->imageAt(block.blockNumber()).media.isEmpty())
                first = block.blockNumber();
        }
        QVERIFY(first >= 0);
        Block cropped = body->imageAt(first);
        cropped.crop = QRectF(0.2, 0, 0.5, 1);
        cropped.rotation = 0;
        window.editor()->updateImage(first, cropped);
        body->selectPhoto(first);
        QTest::qWait(1500); // the photos decode

        const QString outDir = QDir(QStringLiteral(COPYDESK_BUILD_DIR)).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(outDir));
        QVERIFY(window.editor()->grab().save(QDir(outDir).filePath(QStringLiteral("cropped-photo.png"))));

        auto *desk = new PhotoDesk(window.editor(), window.findChild<ThumbnailProvider *>(), &window);
        desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(desk));
        QTest::qWait(300);
        QVERIFY(desk->grab().save(QDir(outDir).filePath(QStringLiteral("photo-desk.png"))));
    }
};

int main(int argc, char *argv[])
{
    // Under Xvfb take real screenshots (WebEngine paints into the window); else offscreen.
    if (qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("COPYDESK_SCREENSHOT_OFFSCREEN"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TstGuiScreenshot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_screenshot.moc"
