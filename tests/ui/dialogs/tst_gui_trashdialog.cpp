#include "store/store.h"
#include "fixtures/testutil.h"
#include "dialogs/trashdialog.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace copydesk;

// The trash dialog: listing, restore, Delete Forever with confirmation, Empty Trash.
class TstGuiTrashDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // Answers the next confirmation box with the button of the role.
    static void answerNextBox(QObject *context, QMessageBox::ButtonRole role, QString *text)
    {
        auto *poller = new QTimer(context);
        QObject::connect(poller, &QTimer::timeout, context, [poller, role, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    poller->deleteLater();
                    button->click();
                    return;
                }
            }
        });
        poller->start(20);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void actions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("nominal: restore an article") << "restore";
        QTest::newRow("nominal: delete an article forever after confirmation") << "purge";
        QTest::newRow("nominal: empty the trash") << "empty";
        QTest::newRow("robustness: cancelling Delete Forever keeps the article") << "cancel";
        QTest::newRow("robustness: restoring an article already deleted for good elsewhere") << "gone";
    }

    void actions()
    {
        QFETCH(QString, action);
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores)), &error), qPrintable(error));
        Article first = Article::create(QStringLiteral("<b>第一篇</b>"));
        Article second = Article::create(QString());
        Article live = Article::create(QStringLiteral("还在用的稿件"));
        for (Article *article : {&first, &second, &live})
            QVERIFY2(store.insertArticle(article, &error), qPrintable(error));
        QVERIFY2(store.deleteArticle(first.id, &error) && store.deleteArticle(second.id, &error), qPrintable(error));

        TrashDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy restored(&dialog, &TrashDialog::restored);
        QSignalSpy purged(&dialog, &TrashDialog::purged);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("trashList"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        auto *restoreButton = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        auto *purgeButton = dialog.findChild<QPushButton *>(QStringLiteral("purgeButton"));
        auto *emptyButton = dialog.findChild<QPushButton *>(QStringLiteral("emptyButton"));
        QVERIFY(list && problem && restoreButton && purgeButton && emptyButton);
        // Most recently deleted first; titles as text; a note on the automatic purge.
        QCOMPARE(dialog.articleIds(), (QList<qint64>{second.id, first.id}));
        QCOMPARE(list->topLevelItem(1)->text(0), first.title);
        QVERIFY(!list->topLevelItem(0)->text(0).isEmpty());
        QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());
        bool noted = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            noted = noted || label->text().contains(QString::number(Store::TrashDays));
        QVERIFY(noted);
        QVERIFY(!restoreButton->isEnabled() && !purgeButton->isEnabled() && emptyButton->isEnabled());

        QVERIFY(dialog.selectArticles({first.id}));
        QVERIFY(restoreButton->isEnabled() && purgeButton->isEnabled());
        QString asked;
        Article loaded;
        if (action == QLatin1String("restore") || action == QLatin1String("gone")) {
            if (action == QLatin1String("gone"))
                QVERIFY2(store.purgeArticle(first.id, &error), qPrintable(error));
            restoreButton->click();
            if (action == QLatin1String("gone")) {
                QCOMPARE(restored.size(), 0);
                QVERIFY(problem->isVisible());
                QVERIFY2(problem->text().contains(QString::number(first.id)), qPrintable(problem->text()));
                QCOMPARE(dialog.articleIds(), QList<qint64>{second.id});
                return;
            }
            QCOMPARE(restored.size(), 1);
            QCOMPARE(restored.first().first().toLongLong(), first.id);
            QVERIFY(problem->isHidden());
            QCOMPARE(dialog.articleIds(), QList<qint64>{second.id});
            QCOMPARE(store.listTrash(&error).size(), 1);
            QCOMPARE(store.listArticles(&error).size(), 2);
            return;
        }
        if (action == QLatin1String("empty")) {
            answerNextBox(this, QMessageBox::DestructiveRole, &asked);
            emptyButton->click();
            QCOMPARE(purged.size(), 2);
            QVERIFY(dialog.articleIds().isEmpty());
            QVERIFY(store.listTrash(&error).isEmpty());
            QVERIFY(!emptyButton->isEnabled());
            QVERIFY(store.loadArticle(live.id, &loaded, &error));
            QVERIFY(!store.loadArticle(first.id, &loaded, &error));
            QVERIFY(!store.loadArticle(second.id, &loaded, &error));
            return;
        }
        const bool confirm = action == QLatin1String("purge");
        answerNextBox(this, confirm ? QMessageBox::DestructiveRole : QMessageBox::RejectRole, &asked);
        purgeButton->click();
        // The question names the article, as text.
        QVERIFY2(asked.contains(first.title), qPrintable(asked));
        QCOMPARE(purged.size(), confirm ? 1 : 0);
        QCOMPARE(store.loadArticle(first.id, &loaded, &error), !confirm);
        QCOMPARE(store.revisions(first.id, &error).isEmpty(), confirm);
        QCOMPARE(dialog.articleIds(),
                 confirm ? QList<qint64>{second.id} : (QList<qint64>{second.id, first.id}));
        QVERIFY(store.loadArticle(second.id, &loaded, &error));
        QVERIFY(problem->isHidden());
    }
};

QTEST_MAIN(TstGuiTrashDialog)
#include "tst_gui_trashdialog.moc"
