#include "storebench.h"

#include "articlegenerator.h"
#include "benchrandom.h"
#include "benchreport.h"
#include "samples.h"
#include "model/articlejson.h"
#include "search/searchindex.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace copydesk::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString sizeLabel(qint64 articles)
{
    return articles % 1000 == 0 ? QStringLiteral("%1k").arg(articles / 1000) : QString::number(articles);
}

} // namespace

StoreBench::StoreBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report)
    : m_generator(generator), m_folder(folder), m_report(report)
{
}

bool StoreBench::run(qint64 articles, QString *error)
{
    const QString label = sizeLabel(articles);
    const QString section = QStringLiteral("store");
    const QString path = QDir(m_folder).filePath(QStringLiteral("store-%1.sqlite3").arg(articles));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    // Bulk insert in batches, each one transaction; generating the articles is not timed.
    // The search index is brought up to date after each batch (it follows the commit in a
    // transaction of its own), timed with it: the insert rate is of stored and indexed articles.
    // A single batch may carry one of FTS5's segment merges, so the first and the last rates are
    // medians of ten batches each; the rates without the catch-up tell which half slows down.
    double insertMs = 0;
    QList<double> rates;
    QList<double> storeOnlyRates;
    {
        Store store;
        if (!store.open(path, error))
            return false;
        for (qint64 start = 0; start < articles; start += BatchSize) {
            QList<Article> batch;
            const qint64 end = qMin(articles, start + BatchSize);
            batch.reserve(end - start);
            for (qint64 i = start; i < end; ++i)
                batch.append(m_generator.article(i));
            QElapsedTimer timer;
            timer.start();
            if (!store.insertArticles(&batch, error))
                return false;
            const double storedMs = msSince(timer);
            if (!store.updateSearchIndex(error))
                return false;
            insertMs += msSince(timer);
            rates.append(double(end - start) / (msSince(timer) / 1000));
            storeOnlyRates.append(double(end - start) / (storedMs / 1000));
        }
    }
    const auto medianOf = [](const QList<double> &values, bool last) {
        const qsizetype count = qMin<qsizetype>(FlatBatches, values.size());
        Samples samples;
        for (qsizetype i = 0; i < count; ++i)
            samples.add(values.at(last ? values.size() - count + i : i));
        return samples.median();
    };
    m_report->add(section, QStringLiteral("%1: bulk insert (batches of %2)").arg(label).arg(BatchSize),
                   insertMs / 1000, QStringLiteral("s"));
    m_report->add(section, QStringLiteral("%1: insert rate").arg(label),
                   double(articles) / (insertMs / 1000), QStringLiteral("/s"));
    m_report->add(section, QStringLiteral("%1: insert rate, first %2 batches (median)").arg(label).arg(FlatBatches),
                  medianOf(rates, false), QStringLiteral("/s"));
    m_report->add(section, QStringLiteral("%1: insert rate, last %2 batches (median)").arg(label).arg(FlatBatches),
                  medianOf(rates, true), QStringLiteral("/s"));
    m_report->add(section, QStringLiteral("%1: last / first insert rate").arg(label),
                  medianOf(rates, true) / medianOf(rates, false), QStringLiteral("x"));
    m_report->add(section, QStringLiteral("%1: without the index catch-up, first %2 (median)").arg(label).arg(FlatBatches),
                  medianOf(storeOnlyRates, false), QStringLiteral("/s"));
    m_report->add(section, QStringLiteral("%1: without the index catch-up, last %2 (median)").arg(label).arg(FlatBatches),
                  medianOf(storeOnlyRates, true), QStringLiteral("/s"));
    m_report->add(section, QStringLiteral("%1: store file size").arg(label),
                   double(QFileInfo(path).size()) / (1024 * 1024), QStringLiteral("MB"));
    if (!reportSizes(path, label, error))
        return false;

    // Each run is a fresh Store on the existing file, as when the app starts.
    Samples open, list, openList;
    for (int run = 0; run < OpenRuns; ++run) {
        Store store;
        QElapsedTimer timer;
        timer.start();
        if (!store.open(path, error))
            return false;
        const double openMs = msSince(timer);
        QElapsedTimer listTimer;
        listTimer.start();
        const QList<ArticleSummary> summaries = store.listArticles(error);
        const double listMs = msSince(listTimer);
        openList.add(msSince(timer));
        open.add(openMs);
        list.add(listMs);
        if (summaries.size() != articles) {
            *error = QStringLiteral("the list of the %1 store has %2 articles, expected %3: %4")
                         .arg(label)
                         .arg(summaries.size())
                         .arg(articles)
                         .arg(*error);
            return false;
        }
    }
    m_report->add(section, QStringLiteral("%1: reopen (median of %2)").arg(label).arg(OpenRuns),
                   open.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("%1: list all (median of %2)").arg(label).arg(OpenRuns),
                   list.median(), QStringLiteral("ms"));
    BenchReport::Row openListRow{section,
                                 QStringLiteral("%1: open + list (median of %2)").arg(label).arg(OpenRuns),
                                 openList.median(), QStringLiteral("ms"), {}, BenchReport::Verdict::None};
    if (articles >= TargetArticles) {
        openListRow.target = QStringLiteral("< %1 ms").arg(OpenListTargetMs);
        openListRow.verdict = openList.median() < OpenListTargetMs ? BenchReport::Verdict::Pass
                                                                   : BenchReport::Verdict::Fail;
    }
    m_report->add(openListRow);
    m_report->add(section, QStringLiteral("%1: open + list, slowest of %2").arg(label).arg(OpenRuns),
                   openList.max(), QStringLiteral("ms"));

    if (!timeLoads(path, label, articles, error))
        return false;
    // The largest stores take most of a gigabyte; keep the disk as it was.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return true;
}

bool StoreBench::timeLoads(const QString &path, const QString &label, qint64 articles, QString *error)
{
    const QString section = QStringLiteral("store");
    Store store;
    if (!store.open(path, error))
        return false;
    BenchRandom random{quint64(articles)};
    Samples loads;
    for (int i = 0; i < Loads; ++i) {
        const qint64 id = 1 + qint64(random.next() % quint64(articles));
        Article article;
        QElapsedTimer timer;
        timer.start();
        if (!store.loadArticle(id, &article, error))
            return false;
        loads.add(msSince(timer));
        if (article.blocks.isEmpty()) {
            *error = QStringLiteral("article %1 loaded without blocks").arg(id);
            return false;
        }
    }
    m_report->add(section, QStringLiteral("%1: load one article (p50 of %2)").arg(label).arg(Loads),
                   loads.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("%1: load one article (p95 of %2)").arg(label).arg(Loads),
                   loads.percentile(95), QStringLiteral("ms"));
    return true;
}

bool StoreBench::reportSizes(const QString &path, const QString &label, QString *error)
{
    sqlite3 *db = nullptr;
    const auto fail = [&](const char *what) {
        *error = QStringLiteral("cannot measure the tables of %1 (%2): %3")
                     .arg(path, QLatin1String(what), QString::fromUtf8(db ? sqlite3_errmsg(db) : "no memory"));
        sqlite3_close(db);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return fail("open");
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT name LIKE 'article_search%', sum(pgsize) FROM dbstat "
                      "WHERE name LIKE 'article_search%' OR name IN ('articles', 'article_json') GROUP BY 1";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail("dbstat");
    double index = 0;
    double text = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        (sqlite3_column_int(statement, 0) ? index : text) = double(sqlite3_column_int64(statement, 1));
    sqlite3_finalize(statement);
    // The text the index holds: the UTF-8 of the indexed columns of every article.
    double indexedText = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT j.json FROM articles a JOIN article_json j ON j.article_id = a.id "
                           "WHERE a.deleted_at IS NULL",
                           -1, &statement, nullptr)
        != SQLITE_OK)
        return fail("articles");
    while (sqlite3_step(statement) == SQLITE_ROW) {
        Article article;
        const QByteArray json(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                              sqlite3_column_bytes(statement, 0));
        if (ArticleJson::fromJson(json, &article, nullptr)) {
            for (const QString &column : SearchIndex::columnTexts(article))
                indexedText += double(column.toUtf8().size());
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    const QString section = QStringLiteral("store");
    m_report->add(section, QStringLiteral("%1: articles and their JSON (the text)").arg(label), text / (1024 * 1024),
                  QStringLiteral("MB"));
    m_report->add(section, QStringLiteral("%1: search index (all its tables)").arg(label),
                  index / (1024 * 1024), QStringLiteral("MB"));
    m_report->add(section, QStringLiteral("%1: search index / articles and their JSON").arg(label),
                  text > 0 ? index / text : 0, QStringLiteral("x"));
    m_report->add(section, QStringLiteral("%1: the indexed text (UTF-8)").arg(label), indexedText / (1024 * 1024),
                  QStringLiteral("MB"));
    const double ratio = indexedText > 0 ? index / indexedText : 0;
    m_report->add({section, QStringLiteral("%1: search index / the indexed text").arg(label), ratio,
                   QStringLiteral("x"), QStringLiteral("≤ 1"),
                   ratio <= 1 ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail});
    return true;
}

} // namespace copydesk::bench
