#include "store/backup.h"
#include "store/store.h"
#include "dialogs/storerecovery.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace copydesk;
using copydesk::test::fileHash;
using copydesk::test::fillStore;
using copydesk::test::damage;

// The start-up offer for a damaged store: the newest good backup takes its place (damaged file
// kept, byte for byte), or a clear message when there is none or the user declines.
class TstGuiStoreRecovery : public QObject
{
    Q_OBJECT

private:
    // Answers every message box: a question with its accept or reject button, a notice with its
    // only button; records what each said.
    static QTimer *answerBoxes(QObject *context, bool accept, QStringList *said)
    {
        auto *poller = new QTimer(context);
        QObject::connect(poller, &QTimer::timeout, context, [accept, said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            said->append(box->text() + QLatin1Char('\n') + box->informativeText());
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                const QMessageBox::ButtonRole role = box->buttonRole(button);
                if (buttons.size() == 1 || role == (accept ? QMessageBox::AcceptRole : QMessageBox::RejectRole)) {
                    button->click();
                    return;
                }
            }
        });
        poller->start(20);
        return poller;
    }

private slots:
    void offer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("robustness: bytes flipped, the newest good backup is opened") << "recover";
        QTest::newRow("robustness: the newest backup is damaged too, an older one is opened") << "older";
        QTest::newRow("robustness: the user declines, nothing is touched") << "decline";
        QTest::newRow("robustness: no backup, a clear message") << "none";
    }

    void offer()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        QString good;
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(fillStore(&store, 300, &error), qPrintable(error));
            if (kind != QLatin1String("none"))
                QVERIFY2(Backup::backupNow(store, QString(), &good, &error), qPrintable(error));
            Article extra = Article::create(QStringLiteral("备份之后"));
            QVERIFY2(store.insertArticle(&extra, &error), qPrintable(error));
            if (kind == QLatin1String("older")) {
                QString bad;
                QVERIFY2(Backup::backupNow(store, QString(), &bad, &error), qPrintable(error));
                QVERIFY(damage(bad));
            }
        }
        QVERIFY(damage(path));
        const QByteArray damagedHash = fileHash(path);

        Store store;
        QString problem;
        QVERIFY(!store.open(path, &problem));
        QCOMPARE(store.lastOpenProblem(), Store::OpenProblem::Damaged);

        if (kind != QLatin1String("none"))
            QCOMPARE(Backup::newestGoodBackup(path), good);
        QStringList said;
        const bool accept = kind != QLatin1String("decline");
        QTimer *poller = answerBoxes(this, accept, &said);
        const bool opened = StoreRecovery::offer(&store, path, problem);
        delete poller;
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.first().contains(QDir::toNativeSeparators(path)), qPrintable(said.first()));
        QVERIFY2(said.first().contains(problem), qPrintable(said.first()));

        if (kind == QLatin1String("none") || kind == QLatin1String("decline")) {
            QVERIFY(!opened);
            QVERIFY(!store.isOpen());
            QCOMPARE(fileHash(path), damagedHash);
            QVERIFY(aside.isEmpty());
            QCOMPARE(said.size(), 1);
            if (kind == QLatin1String("none")) {
                QVERIFY2(said.first().contains(QDir::toNativeSeparators(Backup::folderFor(path))),
                         qPrintable(said.first()));
            }
            return;
        }
        QVERIFY(opened);
        QVERIFY(store.isOpen());
        QString error;
        QCOMPARE(store.listArticles(&error).size(), 300); // the backup: without the article added after it
        QCOMPARE(aside.size(), 1);
        const QString movedTo = QDir(dir.path()).filePath(aside.first());
        QCOMPARE(fileHash(movedTo), damagedHash);
        // The last message says where the damaged file went.
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.last().contains(QDir::toNativeSeparators(movedTo)), qPrintable(said.last()));
    }
};

QTEST_MAIN(TstGuiStoreRecovery)
#include "tst_gui_storerecovery.moc"
