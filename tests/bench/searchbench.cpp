#include "searchbench.h"

#include "model/articlediff.h"
#include "model/articlejson.h"
#include "articlegenerator.h"
#include "benchrandom.h"
#include "benchreport.h"
#include "sqlite/database.h"
#include "samples.h"
#include "search/searchindex.h"
#include "sqlite/statement.h"
#include "store/store.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

// Queries of n CJK characters cut from the sample, as an editor would type them.
QStringList cjkQueries(int length, int count, quint64 seed)
{
    static const QRegularExpression run(QStringLiteral("(?:(?=\\p{L})\\p{Han})+"));
    QStringList runs;
    auto it = run.globalMatch(test::sampleArticleText());
    while (it.hasNext()) {
        const QString found = it.next().captured();
        if (found.size() >= length)
            runs.append(found);
    }
    BenchRandom random(seed);
    QStringList queries;
    for (int i = 0; i < count && !runs.isEmpty(); ++i) {
        const QString chosen = runs.at(random.below(int(runs.size())));
        queries.append(chosen.mid(random.below(int(chosen.size()) - length + 1), length));
    }
    return queries;
}

// The scan the index replaces reads the very text the index holds, copied once into a temporary
// table (the index keeps no copy of it).
bool copyIndexedText(Database &db, QString *error)
{
    if (!db.exec(QStringLiteral("CREATE TEMP TABLE indexed_text (c0, c1, c2, c3, c4, c5)"), error))
        return false;
    Statement select;
    Statement insert;
    if (!select.prepare(db,
                        QStringLiteral("SELECT j.json FROM articles a JOIN article_json j "
                                       "ON j.article_id = a.id WHERE a.deleted_at IS NULL"),
                        error)
        || !insert.prepare(db, QStringLiteral("INSERT INTO temp.indexed_text VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                           error))
        return false;
    while (select.step() == Statement::Step::Row) {
        Article article;
        if (!ArticleJson::fromJson(select.columnBlob(0), &article, error))
            return false;
        const QStringList columns = SearchIndex::columnTexts(article);
        for (int column = 0; column < SearchIndex::ColumnCount; ++column)
            insert.bind(column + 1, columns.at(column));
        if (!insert.exec(error))
            return false;
    }
    return true;
}

// The hits of a LIKE scan over that copy.
bool likeCount(Database &db, const QString &query, qint64 *count, QString *error)
{
    Statement statement;
    if (!statement.prepare(db,
                           QStringLiteral("SELECT count(*) FROM temp.indexed_text WHERE "
                                          "c0 LIKE ?1 OR c1 LIKE ?1 OR c2 LIKE ?1 OR c3 LIKE ?1 "
                                          "OR c4 LIKE ?1 OR c5 LIKE ?1"),
                           error))
        return false;
    statement.bind(1, QLatin1Char('%') + query + QLatin1Char('%'));
    if (statement.step() != Statement::Step::Row) {
        *error = statement.errorMessage();
        return false;
    }
    *count = statement.columnInt64(0);
    return true;
}

BenchReport::Row judged(const QString &section, const QString &name, double value, double target,
                        bool applies)
{
    BenchReport::Row row{section, name, value, QStringLiteral("ms"), {}, BenchReport::Verdict::None};
    if (applies) {
        row.target = QStringLiteral("< %1 ms").arg(target);
        row.verdict = value < target ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail;
    }
    return row;
}

} // namespace

SearchBench::SearchBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report)
    : m_generator(generator), m_folder(folder), m_report(report)
{
}

bool SearchBench::run(qint64 articles, QString *error)
{
    const QString label = sizeLabel(articles);
    const QString section = QStringLiteral("search");
    const QString path = QDir(m_folder).filePath(QStringLiteral("search-%1.sqlite3").arg(articles));
    const auto removeStore = [&path] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    removeStore();

    double insertMs = 0;
    {
        Store store;
        if (!store.open(path, error))
            return false;
        for (qint64 start = 0; start < articles; start += BatchSize) {
            QList<Article> batch;
            for (qint64 i = start; i < qMin(articles, start + BatchSize); ++i)
                batch.append(m_generator.article(i));
            QElapsedTimer timer;
            timer.start();
            if (!store.insertArticles(&batch, error) || !store.updateSearchIndex(error))
                return false;
            insertMs += msSince(timer);
        }
    }
    m_report->add(section, QStringLiteral("%1: bulk insert with search index").arg(label), insertMs / 1000,
                  QStringLiteral("s"));
    m_report->add(section, QStringLiteral("%1: store file size").arg(label),
                  double(QFileInfo(path).size()) / (1024 * 1024), QStringLiteral("MB"));
    {
        Database db;
        qint64 bytes = 0;
        if (db.open(path, Database::Mode::ReadOnly, nullptr)
            && db.queryInt64(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_search%'"),
                             &bytes, nullptr)) {
            m_report->add(section, QStringLiteral("%1: search index size").arg(label),
                          double(bytes) / (1024 * 1024), QStringLiteral("MB"));
        } else {
            m_report->addNote(QStringLiteral("this SQLite has no dbstat table: index size not measured"));
        }
    }

    // The list as the GUI opens it: a fresh Store, the count, the first page.
    Samples openList, deepPage, filtered;
    for (int run = 0; run < OpenRuns; ++run) {
        Store store;
        QElapsedTimer timer;
        timer.start();
        if (!store.open(path, error))
            return false;
        const qint64 count = store.countArticles({}, error);
        const QList<ArticleSummary> page = store.listArticles(0, 100, {}, ArticleFilter::Sort::UpdatedNewest, error);
        openList.add(msSince(timer));
        if (count != articles || page.size() != qMin<qint64>(100, articles)) {
            *error = QStringLiteral("the %1 list counted %2 articles and gave %3 rows: %4")
                         .arg(label).arg(count).arg(page.size()).arg(*error);
            return false;
        }
        timer.start();
        if (store.listArticles(qMax<qint64>(0, articles - 100), 100, {}, ArticleFilter::Sort::UpdatedNewest, error).isEmpty())
            return false;
        deepPage.add(msSince(timer));
        ArticleFilter review;
        review.statuses = {Article::Status::Review};
        timer.start();
        if (store.countArticles(review, error) < 0)
            return false;
        store.listArticles(0, 100, review, ArticleFilter::Sort::UpdatedNewest, error);
        filtered.add(msSince(timer));
    }
    m_report->add(judged(section, QStringLiteral("%1: open + count + first page of 100 (median of %2)").arg(label).arg(OpenRuns),
                         openList.median(), ListOpenTargetMs, articles >= TargetArticles));
    m_report->add(section, QStringLiteral("%1: last page of 100 (median)").arg(label), deepPage.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("%1: status filter, count + first page (median)").arg(label),
                  filtered.median(), QStringLiteral("ms"));

    Store store;
    if (!store.open(path, error))
        return false;
    Database raw;
    if (!raw.open(path, Database::Mode::ReadOnly, error) || !copyIndexedText(raw, error))
        return false;
    for (const int length : {2, 1, 4}) {
        const QStringList queries = cjkQueries(length, Queries, quint64(length) * 31 + quint64(articles));
        Samples searches;
        qint64 hits = 0;
        for (const QString &query : queries) {
            QList<SearchHit> found;
            qint64 total = 0;
            QElapsedTimer timer;
            timer.start();
            if (!store.search(query, 0, 20, &found, &total, error))
                return false;
            searches.add(msSince(timer));
            hits += total;
        }
        const QString name = QStringLiteral("%1: %2-character query, top 20 with snippets").arg(label).arg(length);
        m_report->add(section, name + QStringLiteral(" p50"), searches.median(), QStringLiteral("ms"));
        m_report->add(judged(section, name + QStringLiteral(" p95"), searches.percentile(95), TwoCharacterP95TargetMs,
                             length == 2 && articles >= TargetArticles));
        m_report->add(section, QStringLiteral("%1: %2-character query, mean hits (counted up to %3)")
                                   .arg(label).arg(length).arg(SearchIndex::CountCap),
                      double(hits) / double(queries.size()), QStringLiteral("count"));

        // The scan it replaces, on a few of the same queries; the hit counts must agree.
        Samples likes;
        for (int i = 0; i < LikeQueries && i < queries.size(); ++i) {
            qint64 scanned = 0;
            qint64 total = 0;
            QElapsedTimer timer;
            timer.start();
            if (!likeCount(raw, queries.at(i), &scanned, error))
                return false;
            likes.add(msSince(timer));
            // The exact count, as the list's text filter gives it (search() stops counting at
            // SearchIndex::CountCap).
            ArticleFilter filter;
            filter.text = queries.at(i);
            total = store.countArticles(filter, error);
            if (total < 0)
                return false;
            if (scanned != total) {
                *error = QStringLiteral("“%1”: the index finds %2 articles, a LIKE scan %3")
                             .arg(queries.at(i)).arg(total).arg(scanned);
                return false;
            }
        }
        m_report->add(section, QStringLiteral("%1: %2-character LIKE scan p50 (same hits)").arg(label).arg(length),
                      likes.median(), QStringLiteral("ms"));
    }
    raw.close();
    store.close();
    removeStore();
    return true;
}

bool SearchBench::runDiff(QString *error)
{
    const QString section = QStringLiteral("search");
    Article before = m_generator.longArticle(DiffCharacters, 77);
    Article after = before;
    // An editor's pass: a hundred small changes spread through the body, one caption rewritten.
    BenchRandom random(5);
    int paragraphs = 0;
    for (qsizetype i = 0; i < after.blocks.size() && paragraphs < 100; ++i) {
        Block &block = after.blocks[i];
        if (block.type == Block::Type::Paragraph) {
            QString &text = block.text.text;
            const int at = random.below(int(text.size()));
            text.replace(at, 1, QStringLiteral("改动"));
            ++paragraphs;
        } else if (block.type == Block::Type::Image && block.caption.size() > 2) {
            block.caption = QStringLiteral("新的图片说明:") + block.caption.mid(2);
        }
    }
    int characters = 0;
    for (const Block &block : std::as_const(before.blocks))
        characters += int(block.plainText().size());
    Samples diffs;
    for (int run = 0; run < 20; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<ArticleDiff::Field> fields = ArticleDiff::compare(before, after);
        diffs.add(msSince(timer));
        if (fields.isEmpty()) {
            *error = QStringLiteral("the article diff is empty");
            return false;
        }
    }
    m_report->add(section, QStringLiteral("diff: article size (characters)"), characters, QStringLiteral("count"));
    m_report->add(section, QStringLiteral("diff: edited paragraphs"), paragraphs, QStringLiteral("count"));
    m_report->add(judged(section, QStringLiteral("diff of a %1-character article p95 (20 runs)").arg(DiffCharacters),
                         diffs.percentile(95), DiffTargetMs, true));
    return true;
}

} // namespace copydesk::bench
