#include "mainwindow/historypanel.h"
#include "store/store.h"
#include "fixtures/testutil.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace copydesk;

// The History dock: versions newest first, the side-by-side diff (marked, escaped), restoring a
// version with confirmation.
class TstGuiHistoryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    bool openStore(Store *store)
    {
        QString error;
        if (!store->open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores)), &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    static Article article(const QString &title, const QString &body)
    {
        Article result = Article::create(title);
        result.blocks = {};
        for (const QString &paragraph : body.split(QLatin1Char('\n')))
            result.blocks.append(Block::paragraph(paragraph));
        return result;
    }

    // The text of a pane's fragments that are struck through (struck) or underlined.
    static QString markedText(const QTextBrowser *pane, bool struck)
    {
        QString text;
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (struck ? format.fontStrikeOut() : format.fontUnderline())
                    text += it.fragment().text();
            }
        }
        return text;
    }

    // Answers the next confirmation box with the button of the role (AcceptRole: Restore).
    static void answerNextBox(QObject *context, QMessageBox::ButtonRole role)
    {
        auto *poller = new QTimer(context);
        QObject::connect(poller, &QTimer::timeout, context, [poller, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
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

    void listsVersions_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("nominal: versions newest first with their reasons, status changes") << "history";
        QTest::newRow("robustness: an article just created, its first version only") << "none";
        QTest::newRow("robustness: an unknown article") << "unknown";
    }

    void listsVersions()
    {
        QFETCH(QString, kind);
        Store store;
        QVERIFY(openStore(&store));
        QString error;
        Article stored = article(QStringLiteral("大象网讯"), QStringLiteral("第一段"));
        QVERIFY2(store.insertArticle(&stored, &error), qPrintable(error));
        if (kind == QLatin1String("history")) {
            QVERIFY2(store.addRevision(stored.id, QString::fromUtf8(Store::SavedReason), nullptr, &error), qPrintable(error));
            QVERIFY2(store.addRevision(stored.id, QString::fromUtf8(Store::ExportedReason), nullptr, &error), qPrintable(error));
            stored.status = Article::Status::Review;
            QVERIFY2(store.saveArticle(&stored, &error), qPrintable(error));
            stored.status = Article::Status::Published;
            QVERIFY2(store.saveArticle(&stored, &error), qPrintable(error));
        }
        const QList<RevisionInfo> expected = store.revisions(stored.id, &error);
        // Every article has the revision made with it.
        QCOMPARE(expected.size(), kind == QLatin1String("history") ? 5 : 1);

        HistoryPanel panel(&store);
        panel.setArticle(kind == QLatin1String("unknown") ? 99999 : stored.id);
        QVERIFY(panel.revisions().isEmpty()); // hidden: nothing read yet
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("revisions"));
        auto *statuses = panel.findChild<QListWidget *>(QStringLiteral("statusChanges"));
        auto *restore = panel.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(list && statuses && restore);

        if (kind == QLatin1String("unknown")) {
            QCOMPARE(list->count(), 0);
            QVERIFY(!restore->isEnabled());
            QCOMPARE(panel.selectedRevision(), qint64(0));
            return;
        }
        if (kind != QLatin1String("history")) {
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().contains(Store::revisionReasonName(QString::fromUtf8(Store::CreatedReason))));
            return;
        }
        const QList<RevisionInfo> listed = panel.revisions();
        QCOMPARE(listed.size(), expected.size());
        QCOMPARE(list->count(), int(expected.size()));
        QVERIFY(listed.size() >= 4); // saved, exported, two status changes
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QCOMPARE(listed.at(i).id, expected.at(i).id);
            if (i > 0) {
                QVERIFY(listed.at(i - 1).id > listed.at(i).id);
                QVERIFY(listed.at(i - 1).created >= listed.at(i).created);
            }
            QVERIFY2(list->item(int(i))->text().contains(Store::revisionReasonName(listed.at(i).reason)),
                     qPrintable(list->item(int(i))->text()));
        }
        QVERIFY(list->item(0)->text().contains(
            Store::tr("Status changed to %1").arg(Article::statusDisplayName(Article::Status::Published))));
        QVERIFY(list->item(int(listed.size()) - 1)->text().contains(Store::revisionReasonName(QString::fromUtf8(Store::CreatedReason))));
        QVERIFY(list->item(int(listed.size()) - 2)->text().contains(Store::revisionReasonName(QString::fromUtf8(Store::SavedReason))));
        // The newest version is selected and can be restored.
        QCOMPARE(panel.selectedRevision(), expected.first().id);
        QVERIFY(restore->isEnabled());
        QCOMPARE(statuses->count(), 2);
        QVERIFY(statuses->item(0)->text().contains(Article::statusDisplayName(Article::Status::Published)));
        QVERIFY(statuses->item(1)->text().contains(Article::statusDisplayName(Article::Status::Draft)));
    }

    void showsDiff_data()
    {
        QTest::addColumn<QString>("beforeTitle");
        QTest::addColumn<QString>("beforeBody");
        QTest::addColumn<QString>("afterTitle");
        QTest::addColumn<QString>("afterBody");
        QTest::addColumn<QString>("struck");
        QTest::addColumn<QString>("inserted");

        QTest::newRow("nominal: a changed CJK word is struck on the left, inserted on the right")
            << QStringLiteral("妇联换届") << QStringLiteral("大会今天上午在县城召开。")
            << QStringLiteral("妇联换届") << QStringLiteral("大会明天上午在县城召开。")
            << QStringLiteral("今") << QStringLiteral("明");
        QTest::newRow("nominal: a changed Latin word in the title")
            << QStringLiteral("Council approves budget") << QStringLiteral("Same body.")
            << QStringLiteral("Council rejects budget") << QStringLiteral("Same body.")
            << QStringLiteral("approves") << QStringLiteral("rejects");
        QTest::newRow("nominal: a new paragraph break is shown as ¶")
            << QStringLiteral("标题") << QStringLiteral("第一句。第二句。")
            << QStringLiteral("标题") << QStringLiteral("第一句。\n第二句。")
            << QString() << QStringLiteral("¶");
        QTest::newRow("robustness: markup in the title is text, never markup")
            << QStringLiteral("<b>粗体</b><script>alert(1)</script>") << QStringLiteral("正文")
            << QStringLiteral("<b>粗体</b><script>alert(2)</script>") << QStringLiteral("正文")
            << QStringLiteral("1") << QStringLiteral("2");
    }

    void showsDiff()
    {
        QFETCH(QString, beforeTitle);
        QFETCH(QString, beforeBody);
        QFETCH(QString, afterTitle);
        QFETCH(QString, afterBody);
        QFETCH(QString, struck);
        QFETCH(QString, inserted);
        Store store;
        QVERIFY(openStore(&store));
        QString error;
        Article stored = article(beforeTitle, beforeBody);
        QVERIFY2(store.insertArticle(&stored, &error), qPrintable(error));
        qint64 revision = 0;
        QVERIFY2(store.addRevision(stored.id, QString::fromUtf8(Store::SavedReason), &revision, &error), qPrintable(error));
        Article changed = article(afterTitle, afterBody);
        changed.id = stored.id;
        changed.uuid = stored.uuid;
        changed.created = stored.created;
        QVERIFY2(store.saveArticle(&changed, &error), qPrintable(error));

        HistoryPanel panel(&store);
        panel.setArticle(stored.id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectRevision(revision));
        auto *left = panel.findChild<QTextBrowser *>(QStringLiteral("revisionPane"));
        auto *right = panel.findChild<QTextBrowser *>(QStringLiteral("currentPane"));
        QVERIFY(left && right);
        // The diff is computed on a pool thread.
        QTRY_VERIFY(right->toPlainText().contains(afterTitle.left(10)));

        const QString leftText = left->toPlainText();
        const QString rightText = right->toPlainText();
        QVERIFY2(leftText.contains(beforeTitle), qPrintable(leftText));
        QVERIFY2(rightText.contains(afterTitle), qPrintable(rightText));
        QCOMPARE(markedText(left, true), struck);
        QCOMPARE(markedText(right, false).remove(QLatin1Char('\n')).remove(QChar::LineSeparator), inserted);
        // Unchanged text on either side is not marked.
        QVERIFY(markedText(right, true).isEmpty());
        QVERIFY(markedText(left, false).isEmpty());
        if (beforeTitle.contains(QLatin1Char('<'))) {
            QVERIFY(left->toHtml().contains(QStringLiteral("&lt;script&gt;")));
            QVERIFY(!left->toHtml().contains(QStringLiteral("<script")));
            for (QTextBlock block = left->document()->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().text().contains(QStringLiteral("粗体")))
                        QVERIFY(it.fragment().charFormat().fontWeight() < QFont::DemiBold);
                }
            }
        }
    }

    void restore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("nominal: restore brings the old content back and keeps history") << "restore";
        QTest::newRow("robustness: cancelling the confirmation changes nothing") << "cancel";
        QTest::newRow("robustness: the article was deleted for good meanwhile") << "purged";
    }

    void restore()
    {
        QFETCH(QString, kind);
        Store store;
        QVERIFY(openStore(&store));
        QString error;
        Article stored = article(QStringLiteral("标题"), QStringLiteral("第一版正文"));
        QVERIFY2(store.insertArticle(&stored, &error), qPrintable(error));
        qint64 first = 0;
        QVERIFY2(store.addRevision(stored.id, QString::fromUtf8(Store::SavedReason), &first, &error), qPrintable(error));
        stored.blocks = {Block::paragraph(QStringLiteral("第二版正文"))};
        QVERIFY2(store.saveArticle(&stored, &error), qPrintable(error));
        const int before = int(store.revisions(stored.id, &error).size());

        HistoryPanel panel(&store);
        panel.setArticle(stored.id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(int(panel.revisions().size()), before);
        QVERIFY(panel.selectRevision(first));

        QStringList events;
        // Stands in for the main window's autosave flush: it must run before the snapshot.
        connect(&panel, &HistoryPanel::aboutToRestore, this, [&](qint64 id) {
            events.append(QStringLiteral("aboutToRestore %1").arg(id));
            if (kind != QLatin1String("restore"))
                return;
            Article latest;
            QString why;
            QVERIFY(store.loadArticle(id, &latest, &why));
            latest.blocks = {Block::paragraph(QStringLiteral("刚刚保存的第三版"))};
            QVERIFY2(store.saveArticle(&latest, &why), qPrintable(why));
        });
        connect(&panel, &HistoryPanel::restored, this,
                [&](qint64 id) { events.append(QStringLiteral("restored %1").arg(id)); });
        if (kind == QLatin1String("purged")) {
            QVERIFY2(store.deleteArticle(stored.id, &error) && store.purgeArticle(stored.id, &error), qPrintable(error));
        }
        answerNextBox(this, kind == QLatin1String("cancel") ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
        panel.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();

        auto *problem = panel.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem);
        Article now;
        if (kind == QLatin1String("cancel")) {
            QVERIFY(events.isEmpty());
            QVERIFY(store.loadArticle(stored.id, &now, &error));
            QCOMPARE(now.blocks.first().text.text, QStringLiteral("第二版正文"));
            QCOMPARE(int(store.revisions(stored.id, &error).size()), before);
            QVERIFY(problem->isHidden());
            return;
        }
        if (kind == QLatin1String("purged")) {
            QCOMPARE(events, QStringList{QStringLiteral("aboutToRestore %1").arg(stored.id)});
            QVERIFY(!store.loadArticle(stored.id, &now, &error));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QString::number(first)), qPrintable(problem->text()));
            QVERIFY(panel.revisions().isEmpty());
            return;
        }
        QCOMPARE(events, (QStringList{QStringLiteral("aboutToRestore %1").arg(stored.id),
                                      QStringLiteral("restored %1").arg(stored.id)}));
        QVERIFY(store.loadArticle(stored.id, &now, &error));
        QCOMPARE(now.blocks.first().text.text, QStringLiteral("第一版正文"));
        QCOMPARE(now.uuid, stored.uuid);
        const QList<RevisionInfo> after = store.revisions(stored.id, &error);
        QCOMPARE(int(after.size()), before + 1);
        QCOMPARE(after.first().reason, QString::fromUtf8(Store::BeforeRestoreReason));
        // The snapshot holds what the flush wrote just before.
        Article snapshot;
        QVERIFY(store.loadRevision(after.first().id, &snapshot, &error));
        QCOMPARE(snapshot.blocks.first().text.text, QStringLiteral("刚刚保存的第三版"));
        // The list shows the new version; the restored one stays selected, now equal to the article.
        QCOMPARE(int(panel.revisions().size()), before + 1);
        QCOMPARE(panel.selectedRevision(), first);
        QVERIFY(problem->isHidden());
        auto *right = panel.findChild<QTextBrowser *>(QStringLiteral("currentPane"));
        QTRY_VERIFY(right->toPlainText().contains(HistoryPanel::tr("This version is the same as the article now.")));
    }
};

QTEST_MAIN(TstGuiHistoryPanel)
#include "tst_gui_historypanel.moc"
