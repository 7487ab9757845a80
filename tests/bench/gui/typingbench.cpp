#include "typingbench.h"

#include "editor/articleeditor.h"
#include "store/autosaver.h"
#include "benchapplication.h"
#include "benchrandom.h"
#include "benchreport.h"
#include "editor/bodyedit.h"
#include "document/documentformat.h"
#include "keystrokescript.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "samples.h"
#include "store/store.h"

#include <QDockWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace copydesk::bench {

namespace {

constexpr qint64 NsPerMs = 1000000;
constexpr int PreviewTimeoutMs = 60000;
constexpr int SettleTimeoutMs = 30000;
constexpr int IdleTimeoutMs = 10000;
constexpr int AfterBurstTimeoutMs = 15000;
constexpr double KeystrokeTargetMs = 8;
constexpr double RefreshTargetMs = 100;
constexpr int SlowestShown = 5;

double ms(qint64 ns)
{
    return double(ns) / double(NsPerMs);
}

// The body's text blocks (not photos or their captions), where the editor types.
QList<QTextBlock> textBlocks(const QTextDocument *document)
{
    QList<QTextBlock> blocks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!DocumentFormat::isImageBlock(block) && !DocumentFormat::isCaptionBlock(block) && block.length() > 1)
            blocks.append(block);
    }
    return blocks;
}

// The window's debounce timer: its only single-shot timer running just after an edit.
QTimer *findDebounceTimer(MainWindow *window)
{
    QTimer *found = nullptr;
    const QList<QTimer *> timers = window->findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers) {
        if (timer->isActive() && timer->isSingleShot()) {
            if (found)
                return nullptr;
            found = timer;
        }
    }
    return found;
}

BenchReport::Verdict verdict(bool pass)
{
    return pass ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail;
}

} // namespace

TypingBench::TypingBench(const Options &options, BenchReport *report) : m_options(options), m_report(report)
{
}

bool TypingBench::run(const QString &storePath, qint64 articleId, QString *error)
{
    BenchApplication *app = BenchApplication::instance();
    const auto runFor = [app](int milliseconds) { app->runUntil(app->nowNs() + milliseconds * NsPerMs); };

    Store store;
    Autosaver autosaver;
    if (!store.open(storePath, error) || !autosaver.start(storePath, error))
        return false;
    MainWindow window(&store, &autosaver);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000)) {
        *error = QStringLiteral("the editor window was never shown");
        return false;
    }
    if (!window.selectArticle(articleId)) {
        *error = QStringLiteral("the editor window did not open article %1").arg(articleId);
        return false;
    }

    // What the window does after each edit, on the benchmark's clock. A sync renders only when
    // the article changed (a Pinyin preedit alone changes nothing); the preview renders off the
    // UI thread and says when it is done (PreviewView::isRefreshing).
    int renders = 0;
    qint64 syncedNs = -1;
    qint64 renderedNs = -1;
    qint64 savedNs = -1;
    QString saveError;
    QObject::connect(&window, &MainWindow::synced, &window, [&] { syncedNs = app->nowNs(); });
    QObject::connect(&autosaver, &Autosaver::saved, &window, [&](qint64 id, const QDateTime &) {
        if (id == articleId)
            savedNs = app->nowNs();
    });
    QObject::connect(&autosaver, &Autosaver::failed, &window, [&](qint64, const QString &why) { saveError = why; });

    // The window creates its preview once it is up; wait for the first full rendering.
    const qint64 previewDeadline = app->nowNs() + PreviewTimeoutMs * NsPerMs;
    while (!window.preview() && app->nowNs() < previewDeadline)
        runFor(10);
    PreviewView *preview = window.preview();
    if (!preview) {
        *error = QStringLiteral("the editor window never created its preview");
        return false;
    }
    QObject::connect(preview, &PreviewView::rendered, &window, [&] {
        ++renders;
        renderedNs = app->nowNs();
    });
    while (renders == 0 && app->nowNs() < previewDeadline)
        runFor(10);
    if (renders == 0) {
        *error = QStringLiteral("the preview never rendered the article");
        return false;
    }
    // Photos are decoded for the editor in the background and the layout completes in steps.
    if (!app->waitQuiet(500, 4, SettleTimeoutMs))
        m_report->addNote(QStringLiteral("the editor window was still busy %1 s after opening the article; "
                                         "typing started anyway").arg(SettleTimeoutMs / 1000));

    // What the window shows while typing: its size and the panels in view.
    QStringList panels;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (const QDockWidget *dock : docks) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            panels.append(dock->windowTitle());
    }
    m_report->addNote(QStringLiteral("typing into a %1x%2 window showing %3")
                              .arg(window.width())
                              .arg(window.height())
                              .arg(panels.join(QStringLiteral(", "))));

    BodyEdit *body = window.editor()->body();
    window.activateWindow();
    body->setFocus(Qt::OtherFocusReason);
    app->waitIdle(IdleTimeoutMs);

    KeystrokeScript script(20261129);
    BenchRandom random(7);
    Samples dueToIdle, sendToIdle, sendToIdleCpu, editing, preedit, syncCost, debounce, renderPart, refresh, autosave;
    double longestStallMs = 0;
    // The slowest keystrokes and the longest single event in each, to tell where the time goes.
    struct Slow
    {
        double ms;
        QString kind;
        double eventMs;
        QString event;
    };
    QList<Slow> slowest;
    QTimer *debounceTimer = nullptr;
    int lastSyncCount = 0;
    int incomplete = 0;
    int measured = 0;
    int bursts = 0;
    bool warmup = true;
    const auto noteSync = [&] {
        if (debounceTimer && app->watchedCount() != lastSyncCount) {
            lastSyncCount = app->watchedCount();
            if (!warmup)
                syncCost.add(ms(app->watchedEndNs() - app->watchedStartNs()));
        }
    };

    while (measured < m_options.keystrokes) {
        const QList<KeystrokeScript::Keystroke> keys = script.burst(
                warmup ? m_options.warmupKeystrokes : random.between(m_options.burstMin, m_options.burstMax));
        // Each burst somewhere else in the article, as an editor moves through the copy.
        const QList<QTextBlock> blocks = textBlocks(body->document());
        if (blocks.isEmpty()) {
            *error = QStringLiteral("the article has no text to type into");
            return false;
        }
        const QTextBlock block = blocks.at(random.below(int(blocks.size())));
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + random.below(block.length()));
        body->setTextCursor(cursor);
        app->waitIdle(IdleTimeoutMs);
        app->waitQuiet(200, 4, 3000);

        // Keystrokes fall due at the typist's pace whether or not the window kept up.
        qint64 due = app->nowNs();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                due += random.between(m_options.gapMinMs, m_options.gapMaxMs) * NsPerMs;
            app->resetLongestDelivery();
            app->runUntil(due);
            noteSync();
            const qint64 sent = app->nowNs();
            const qint64 cpuBefore = app->eventCpuNs();
            KeystrokeScript::send(body, keys.at(i));
            if (!app->waitIdle(IdleTimeoutMs)) {
                *error = QStringLiteral("the editor window was still busy %1 s after a keystroke").arg(IdleTimeoutMs / 1000);
                return false;
            }
            const qint64 idle = app->nowNs();
            if (!debounceTimer && KeystrokeScript::changesText(keys.at(i).kind)) {
                debounceTimer = findDebounceTimer(&window);
                if (debounceTimer)
                    app->watchTimer(debounceTimer);
            }
            if (!warmup) {
                longestStallMs = qMax(longestStallMs, ms(app->longestDeliveryNs()));
                slowest.append({ms(idle - due), KeystrokeScript::kindName(keys.at(i).kind),
                                ms(app->longestDeliveryNs()), app->longestDelivery()});
                std::sort(slowest.begin(), slowest.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
                if (slowest.size() > SlowestShown)
                    slowest.removeLast();
                dueToIdle.add(ms(idle - due));
                sendToIdle.add(ms(idle - sent));
                sendToIdleCpu.add(ms(app->eventCpuNs() - cpuBefore));
                (KeystrokeScript::changesText(keys.at(i).kind) ? editing : preedit).add(ms(idle - sent));
                ++measured;
            }
        }

        // The pause: the last edit goes to the preview and then to the store.
        const qint64 lastDue = due;
        const qint64 deadline = app->nowNs() + AfterBurstTimeoutMs * NsPerMs;
        bool complete = false;
        while (!complete && app->nowNs() < deadline) {
            runFor(5);
            complete = syncedNs > lastDue && !preview->isRefreshing() && !autosaver.hasPending();
        }
        app->waitIdle(IdleTimeoutMs);
        noteSync();
        if (!saveError.isEmpty()) {
            *error = QStringLiteral("autosave failed: %1").arg(saveError);
            return false;
        }
        if (!complete || savedNs < syncedNs || renderedNs < lastDue) {
            // A rendering that never came back (or a burst that changed nothing to show): counted.
            ++incomplete;
        } else if (!warmup) {
            refresh.add(ms(renderedNs - lastDue));
            autosave.add(ms(savedNs - lastDue));
            const qint64 syncStart = debounceTimer ? app->watchedStartNs() : -1;
            if (syncStart > lastDue) {
                debounce.add(ms(syncStart - lastDue));
                renderPart.add(ms(renderedNs - syncStart));
            }
        }
        if (!warmup)
            ++bursts;
        warmup = false;
        app->waitQuiet(300, 4, 3000);
    }

    const QString typing = QStringLiteral("typing");
    m_report->add(typing, QStringLiteral("keystrokes measured (%1 bursts, %2-%3 ms apart)")
                                  .arg(bursts).arg(m_options.gapMinMs).arg(m_options.gapMaxMs),
                  double(measured), QStringLiteral("count"));
    m_report->add(typing, QStringLiteral("keystroke to idle p50 (from when it was due)"), dueToIdle.median(),
                  QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("keystroke to idle p99 (from when it was due)"), dueToIdle.percentile(99),
                  QStringLiteral("ms"), QStringLiteral("< %1 ms").arg(KeystrokeTargetMs),
                  verdict(dueToIdle.percentile(99) < KeystrokeTargetMs));
    m_report->add(typing, QStringLiteral("keystroke to idle, max"), dueToIdle.max(), QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("handling alone (sent to idle) p50"), sendToIdle.median(), QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("handling alone (sent to idle) p99"), sendToIdle.percentile(99),
                  QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("handling alone, main-thread CPU in events p50"), sendToIdleCpu.median(),
                  QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("handling alone, main-thread CPU in events p99"),
                  sendToIdleCpu.percentile(99), QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("text-changing keys (%1) p50").arg(editing.count()), editing.median(),
                  QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("text-changing keys p99"), editing.percentile(99), QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("Pinyin preedit keys (%1) p99").arg(preedit.count()), preedit.percentile(99),
                  QStringLiteral("ms"));
    m_report->add(typing, QStringLiteral("longest single main-thread event while typing"), longestStallMs,
                  QStringLiteral("ms"));
    QStringList slow;
    for (const Slow &keystroke : std::as_const(slowest)) {
        slow.append(QStringLiteral("%1 ms (%2; longest event %3 ms, %4)")
                            .arg(keystroke.ms, 0, 'f', 1)
                            .arg(keystroke.kind)
                            .arg(keystroke.eventMs, 0, 'f', 1)
                            .arg(keystroke.event));
    }
    m_report->addNote(QStringLiteral("slowest keystrokes: ") + slow.join(QStringLiteral("; ")));
    if (debounceTimer) {
        m_report->add(typing, QStringLiteral("debounced sync on the main thread (%1) p50").arg(syncCost.count()),
                      syncCost.median(), QStringLiteral("ms"));
        m_report->add(typing, QStringLiteral("debounced sync on the main thread p99"), syncCost.percentile(99),
                      QStringLiteral("ms"));
    } else {
        m_report->addNote(QStringLiteral("the window's debounce timer could not be told apart; the preview "
                                         "latency is reported without its debounce/render split"));
    }

    const QString previewSection = QStringLiteral("preview");
    m_report->add(previewSection, QStringLiteral("refresh after the pause p50 (last key to rendered)"),
                  refresh.median(), QStringLiteral("ms"), QStringLiteral("<= %1 ms").arg(RefreshTargetMs),
                  verdict(refresh.count() > 0 && refresh.median() <= RefreshTargetMs));
    m_report->add(previewSection, QStringLiteral("refresh after the pause p95"), refresh.percentile(95),
                  QStringLiteral("ms"));
    if (debounce.count() > 0) {
        m_report->add(previewSection, QStringLiteral("  of which debounce p50 (timer set to %1 ms)")
                                              .arg(debounceTimer->interval()),
                      debounce.median(), QStringLiteral("ms"));
        m_report->add(previewSection, QStringLiteral("  of which sync + render p50"), renderPart.median(),
                      QStringLiteral("ms"));
        m_report->add(previewSection, QStringLiteral("  of which sync + render p95"), renderPart.percentile(95),
                      QStringLiteral("ms"));
    }
    const QString autosaveSection = QStringLiteral("autosave");
    m_report->add(autosaveSection, QStringLiteral("last key to saved p50 (delay %1 ms, at most %2 ms)")
                                           .arg(autosaver.delay()).arg(autosaver.maxDelay()),
                  autosave.median(), QStringLiteral("ms"));
    m_report->add(autosaveSection, QStringLiteral("last key to saved p95"), autosave.percentile(95),
                  QStringLiteral("ms"));
    if (incomplete > 0)
        m_report->addNote(QStringLiteral("%1 pause(s) where the preview or autosave did not report back within %2 s "
                                         "were left out").arg(incomplete).arg(AfterBurstTimeoutMs / 1000));
    if (refresh.count() == 0) {
        *error = QStringLiteral("no preview refresh was seen after any pause");
        return false;
    }
    return true;
}

} // namespace copydesk::bench
