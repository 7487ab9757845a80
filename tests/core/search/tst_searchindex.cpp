#include "model/article.h"
#include "search/bigramtokenizer.h"
#include "search/searchindex.h"
#include "store/store.h"
#include "fixtures/storefiles.h"
#include "fixtures/testutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace copydesk;

// Full-text search with the bigram tokenizer: the hits are exactly those of a plain scan.
class TstSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QList<Article> m_corpus; // as stored, trash excluded

    // The shared sample shaped into an article (sub-heads, captions, a source line).
    static Article sampleArticle()
    {
        const QStringList lines = test::sampleArticleText().split(QLatin1Char('\n'));
        Article article = Article::create(lines.value(0).trimmed());
        article.byline = QStringLiteral("记者 李晓燕 通讯员 Wang Lei");
        article.source = QStringLiteral("大祥区人民政府");
        for (const QString &raw : lines.mid(1)) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QStringLiteral("分享到")))
                continue;
            if (line.startsWith(QStringLiteral("来源")))
                article.source = line.mid(3).trimmed();
            else if (line.size() < 30 && line.contains(QLatin1Char(',')))
                article.blocks.append(Block::heading(line));
            else if (line.size() < 60 && !line.contains(QStringLiteral("。")))
                article.blocks.append(Block::imagePlaceholder(line));
            else
                article.blocks.append(Block::paragraph(line));
        }
        return article;
    }

    static QStringList sampleSentences()
    {
        QStringList sentences;
        const QString text = test::sampleArticleText();
        static const QRegularExpression end(QStringLiteral("(?<=[。！？])"));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("。")))
                sentences += line.split(end, Qt::SkipEmptyParts);
        }
        return sentences;
    }

    // A deterministic corpus mixing the sample's sentences with Latin words, digits, full-width
    // punctuation and rare characters, so queries hit some articles and miss others.
    static QList<Article> generatedCorpus(int count)
    {
        const QStringList sentences = sampleSentences();
        const QStringList latin{QStringLiteral("Copydesk"), QStringLiteral("WeChat"), QStringLiteral("GDP"),
                                QStringLiteral("copyright"), QStringLiteral("COVID-19"), QStringLiteral("5G"),
                                QStringLiteral("iPhone"), QStringLiteral("Shaoyang"), QStringLiteral("e-mail")};
        const QStringList rare{QStringLiteral("邵阳"), QStringLiteral("蔡锷"), QStringLiteral("巾帼"),
                               QStringLiteral("湘女"), QStringLiteral("𠀋"), QStringLiteral("龘")};
        QRandomGenerator random(20240601);
        const auto pick = [&random](const QStringList &list) { return list.at(int(random.bounded(list.size()))); };
        QList<Article> corpus;
        for (int i = 0; i < count; ++i) {
            Article article = Article::create(pick(sentences).left(20 + int(random.bounded(10))));
            if (random.bounded(3) == 0)
                article.title += QLatin1Char(' ') + pick(latin);
            article.subtitle = random.bounded(2) ? pick(rare) + QStringLiteral("：") + pick(sentences).left(12) : QString();
            article.byline = QStringLiteral("记者 ") + pick({QStringLiteral("王建国"), QStringLiteral("刘芳"),
                                                            QStringLiteral("Chen Ming"), QStringLiteral("黄敏")});
            article.source = pick({QStringLiteral("邵阳日报"), QStringLiteral("大祥融媒"), QStringLiteral("Xinhua")});
            const int paragraphs = 1 + int(random.bounded(4));
            for (int p = 0; p < paragraphs; ++p) {
                QString text;
                for (int s = 0; s < 2; ++s)
                    text += pick(sentences);
                if (random.bounded(3) == 0)
                    text.insert(int(random.bounded(text.size())), QLatin1Char(' ') + pick(latin) + QLatin1Char(' '));
                if (random.bounded(4) == 0)
                    text.insert(int(random.bounded(text.size())), pick(rare));
                article.blocks.append(Block::paragraph(text));
            }
            if (random.bounded(2))
                article.blocks.append(Block::imagePlaceholder(pick(sentences).left(18) + QStringLiteral("（") + pick(rare) + QStringLiteral("）")));
            corpus.append(article);
        }
        return corpus;
    }

    // The oracle: terms found by a regular expression, then a plain scan of each field. (PCRE's
    // \p{Han} takes in CJK punctuation by script extension, hence the letter look-ahead.)
    static QStringList oracleTerms(const QString &query)
    {
        static const QRegularExpression term(QStringLiteral("(?:(?=\\p{L})\\p{Han})+|(?:(?!\\p{Han})[\\p{L}\\p{N}\\p{M}])+"));
        QStringList terms;
        auto it = term.globalMatch(query);
        while (it.hasNext()) {
            const QString found = it.next().captured().toLower();
            if (!terms.contains(found))
                terms.append(found);
        }
        return terms;
    }

    static bool oracleFieldHas(const QString &field, const QString &term)
    {
        static const QRegularExpression han(QStringLiteral("^\\p{Han}"));
        if (han.match(term).hasMatch())
            return field.contains(term);
        static const QRegularExpression wordChar(QStringLiteral("(?!\\p{Han})[\\p{L}\\p{N}\\p{M}]$"));
        const QString lower = field.toLower();
        for (qsizetype at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
            if (at == 0 || !wordChar.match(lower.left(at).right(at >= 2 && lower.at(at - 1).isLowSurrogate() ? 2 : 1)).hasMatch())
                return true;
        }
        return false;
    }

    QSet<qint64> oracle(const QString &query) const
    {
        QSet<qint64> hits;
        const QStringList terms = oracleTerms(query);
        if (terms.isEmpty())
            return hits;
        for (const Article &article : m_corpus) {
            const QStringList fields = SearchIndex::columnTexts(article);
            const bool all = std::all_of(terms.begin(), terms.end(), [&](const QString &term) {
                return std::any_of(fields.begin(), fields.end(),
                                   [&](const QString &field) { return oracleFieldHas(field, term); });
            });
            if (all)
                hits.insert(article.id);
        }
        return hits;
    }

    QSet<qint64> searched(const QString &query, qint64 *total = nullptr)
    {
        QList<SearchHit> hits;
        QString error;
        if (!m_store.search(query, 0, 1000000, &hits, total, &error))
            qWarning() << error;
        QSet<qint64> ids;
        for (const SearchHit &hit : std::as_const(hits))
            ids.insert(hit.id);
        return ids;
    }

    // Substrings of CJK runs of the corpus, so most queries hit something.
    QStringList cjkQueries(int length, int count, quint32 seed) const
    {
        static const QRegularExpression run(QStringLiteral("(?:(?=\\p{L})\\p{Han})+"));
        QRandomGenerator random(seed);
        QStringList queries;
        while (queries.size() < count) {
            const Article &article = m_corpus.at(int(random.bounded(m_corpus.size())));
            const QStringList fields = SearchIndex::columnTexts(article);
            const QString field = fields.at(int(random.bounded(fields.size())));
            QStringList runs;
            auto it = run.globalMatch(field);
            while (it.hasNext()) {
                const QString found = it.next().captured();
                if (found.size() >= length)
                    runs.append(found);
            }
            if (runs.isEmpty())
                continue;
            const QString chosen = runs.at(int(random.bounded(runs.size())));
            const QString query = chosen.mid(int(random.bounded(int(chosen.size()) - length + 1)), length);
            if (!query.at(0).isLowSurrogate() && !query.back().isHighSurrogate())
                queries.append(query);
        }
        return queries;
    }

    // Every token instance in the index as "uuid column offset term", sorted; a row whose
    // article is gone shows as "stale".
    static QStringList indexedTokens(const QString &path)
    {
        QStringList tokens;
        sqlite3 *db = nullptr;
        sqlite3_stmt *statement = nullptr;
        QString error;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
            && BigramTokenizer::registerWith(db, &error)
            && sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, article_search, instance)",
                            nullptr, nullptr, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(db, "SELECT coalesce(a.uuid, 'stale'), t.col, t.offset, t.term FROM temp.tokens t "
                                      "LEFT JOIN articles a ON a.id = t.doc", -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                QStringList fields;
                for (int column = 0; column < 4; ++column)
                    fields.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column))));
                tokens.append(fields.join(QLatin1Char(' ')));
            }
        } else {
            qWarning() << sqlite3_errmsg(db) << error;
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        tokens.sort();
        return tokens;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("search.sqlite3")), &error), qPrintable(error));
        QList<Article> articles = generatedCorpus(400);
        articles.prepend(sampleArticle());
        QVERIFY2(m_store.insertArticles(&articles, &error), qPrintable(error));
        // Trashed articles must not be found; one article trashed and restored must be.
        QVERIFY2(m_store.deleteArticle(articles.at(5).id, &error), qPrintable(error));
        QVERIFY2(m_store.deleteArticle(articles.at(6).id, &error), qPrintable(error));
        QVERIFY2(m_store.restoreArticle(articles.at(6).id, &error), qPrintable(error));
        articles.removeAt(5);
        m_corpus = articles;
    }

    void tokenizerTerms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("nominal: Chinese and English words") << QStringLiteral("民族团结 Copydesk")
                                                             << QStringList{QStringLiteral("民族团结"), QStringLiteral("copydesk")};
        QTest::newRow("nominal: scripts split where they meet") << QStringLiteral("大祥区GDP增长")
            << QStringList{QStringLiteral("大祥区"), QStringLiteral("gdp"), QStringLiteral("增长")};
        QTest::newRow("robustness: punctuation and repeats dropped") << QStringLiteral("“妇联”，妇联！！…")
                                                                     << QStringList{QStringLiteral("妇联")};
        QTest::newRow("robustness: only punctuation") << QStringLiteral("，。！?!") << QStringList{};
        QTest::newRow("robustness: a supplementary-plane character") << QStringLiteral("𠀋字")
                                                                     << QStringList{QStringLiteral("𠀋字")};
    }

    void tokenizerTerms()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, terms);
        QCOMPARE(BigramTokenizer::terms(input), terms);
    }

    // What the index keeps of text that is not valid UTF-8 (other programs may write the
    // store): whole UTF-8 tokens only, the valid characters still indexed.
    void tokenizerMalformedUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("robustness: overlong form of a CJK character") << QByteArray("\xF0\x86\xB0\x91\xE6\xB0\x91");
        QTest::newRow("robustness: an encoded surrogate") << QByteArray("\xED\xA0\x80\xE6\xB0\x91");
        QTest::newRow("robustness: beyond U+10FFFF") << QByteArray("\xF7\xBF\xBF\xBF\xE6\xB0\x91");
    }

    void tokenizerMalformedUtf8()
    {
        QFETCH(QByteArray, bytes);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
        QString error;
        QVERIFY2(BigramTokenizer::registerWith(db, &error), qPrintable(error));
        QCOMPARE(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='copydesk_bigram');"
                                  "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *insert = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (?1)", -1, &insert, nullptr), SQLITE_OK);
        sqlite3_bind_text(insert, 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
        sqlite3_finalize(insert);
        sqlite3_stmt *terms = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT term FROM v", -1, &terms, nullptr), SQLITE_OK);
        QStringList found;
        while (sqlite3_step(terms) == SQLITE_ROW) {
            const QByteArray term(reinterpret_cast<const char *>(sqlite3_column_blob(terms, 0)), sqlite3_column_bytes(terms, 0));
            QVERIFY2(QString::fromUtf8(term).toUtf8() == term, term.toHex().constData());
            found.append(QString::fromUtf8(term));
        }
        sqlite3_finalize(terms);
        QCOMPARE(found, QStringList{QStringLiteral("民")});
    }

    void sameHitsAsScan_data()
    {
        QTest::addColumn<QStringList>("queries");
        QTest::newRow("nominal: one-character Chinese queries") << cjkQueries(1, 25, 1);
        QTest::newRow("nominal: two-character Chinese queries") << cjkQueries(2, 40, 2);
        QTest::newRow("nominal: three-character Chinese queries") << cjkQueries(3, 30, 3);
        QTest::newRow("nominal: four-character Chinese queries") << cjkQueries(4, 30, 4);
        QTest::newRow("nominal: longer Chinese queries") << cjkQueries(9, 10, 5);
        QTest::newRow("nominal: English words and prefixes")
            << QStringList{QStringLiteral("copydesk"), QStringLiteral("Copy"), QStringLiteral("COP"), QStringLiteral("wech"),
                           QStringLiteral("g"), QStringLiteral("gdp"), QStringLiteral("covid"), QStringLiteral("19"),
                           QStringLiteral("5g"), QStringLiteral("mail"), QStringLiteral("e-mail"), QStringLiteral("desk"),
                           QStringLiteral("iphone"), QStringLiteral("Wang"), QStringLiteral("xinhua"), QStringLiteral("2022")};
        QTest::newRow("nominal: mixed Chinese and English")
            << QStringList{QStringLiteral("妇联 copydesk"), QStringLiteral("民族团结WeChat"), QStringLiteral("记者 chen"),
                           QStringLiteral("邵阳 GDP 增长"), QStringLiteral("大祥融媒 xinhua")};
        QTest::newRow("robustness: punctuation inside queries")
            << QStringList{QStringLiteral("民族团结，夯实"), QStringLiteral("“巾帼文明岗”"), QStringLiteral("妇联!!!"),
                           QStringLiteral("（湘女）"), QStringLiteral("\"copydesk\" OR NEAR(x)"), QStringLiteral("*民*"),
                           QStringLiteral("'; DROP TABLE articles; --")};
        QTest::newRow("robustness: queries that find nothing")
            << QStringList{QStringLiteral("火星殖民"), QStringLiteral("zzzzqx"), QStringLiteral("龘龘龘"), QStringLiteral("，。"),
                           QString(), QStringLiteral("   ")};
        QTest::newRow("robustness: rare and supplementary-plane characters")
            << QStringList{QStringLiteral("𠀋"), QStringLiteral("龘"), QStringLiteral("蔡锷"), QStringLiteral("湘女新农人")};
    }

    // Every query finds exactly what a plain scan of the indexed fields finds.
    void sameHitsAsScan()
    {
        QFETCH(QStringList, queries);
        QVERIFY(!queries.isEmpty());
        int nonEmpty = 0;
        for (const QString &query : std::as_const(queries)) {
            const QSet<qint64> expected = oracle(query);
            qint64 total = -1;
            const QSet<qint64> found = searched(query, &total);
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("“%1”: found %2, a scan finds %3").arg(query).arg(found.size()).arg(expected.size())));
            QCOMPARE(total, qint64(expected.size()));
            // The list filter agrees; a blank filter text means no filter.
            ArticleFilter filter;
            filter.text = query;
            QString error;
            QCOMPARE(m_store.countArticles(filter, &error),
                     query.trimmed().isEmpty() ? qint64(m_corpus.size()) : qint64(expected.size()));
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        if (QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("nominal")))
            QVERIFY(nonEmpty > 0);
    }

    void rankingAndSnippets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("marked");
        QTest::newRow("nominal: a Chinese phrase") << QStringLiteral("巾帼建功") << QStringLiteral("[巾帼建功]");
        QTest::newRow("nominal: an English prefix, any case") << QStringLiteral("COPY") << QStringLiteral("[Copy]");
    }

    // Hits come best first, each with a snippet that shows the match.
    void rankingAndSnippets()
    {
        QFETCH(QString, query);
        QFETCH(QString, marked);
        QList<SearchHit> hits;
        QString error;
        QVERIFY2(m_store.search(query, 0, 20, &hits, nullptr, &error), qPrintable(error));
        QVERIFY(!hits.isEmpty());
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).rank >= hits.at(i).rank);
        for (const SearchHit &hit : std::as_const(hits)) {
            QVERIFY(hit.snippet.size() <= 102);
            const QString shown = hit.markedSnippet(QStringLiteral("["), QStringLiteral("]"));
            QVERIFY2(shown.contains(marked, Qt::CaseInsensitive) || hit.title.contains(query, Qt::CaseInsensitive),
                     qPrintable(shown));
        }
    }

    void titleRanksFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("nominal: a word in one title and in many bodies") << QStringLiteral("琉璃瓦");
    }

    void titleRanksFirst()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("rank.sqlite3")), &error), qPrintable(error));
        QList<Article> articles;
        for (int i = 0; i < 5; ++i) {
            Article article = Article::create(QStringLiteral("普通稿件 %1").arg(i));
            article.blocks = {Block::paragraph(QString(QStringLiteral("正文提到%1一次。").arg(word) + QStringLiteral("其他内容。").repeated(20)))};
            articles.append(article);
        }
        Article titled = Article::create(QStringLiteral("%1的故事").arg(word));
        titled.blocks = {Block::paragraph(QString(QStringLiteral("其他内容。").repeated(20) + word))};
        articles.insert(3, titled);
        QVERIFY2(store.insertArticles(&articles, &error), qPrintable(error));
        QList<SearchHit> hits;
        QVERIFY2(store.search(word, 0, 10, &hits, nullptr, &error), qPrintable(error));
        QCOMPARE(hits.size(), 6);
        QCOMPARE(hits.first().id, articles.at(3).id);
    }

    void indexFollowsEdits_data()
    {
        QTest::addColumn<QString>("oldWord");
        QTest::addColumn<QString>("newWord");
        QTest::newRow("nominal: a body edit, a delete and a restore") << QStringLiteral("旧词汇") << QStringLiteral("新词汇");
    }

    // saveArticle, deleteArticle and restoreArticle keep the index in step.
    void indexFollowsEdits()
    {
        QFETCH(QString, oldWord);
        QFETCH(QString, newWord);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("edit.sqlite3")), &error), qPrintable(error));
        Article article = Article::create(QStringLiteral("稿件"));
        article.blocks = {Block::paragraph(QString(QStringLiteral("这里有") + oldWord)), Block::image(QString(), 0, 0, QStringLiteral("图说")) };
        QVERIFY2(store.insertArticle(&article, &error), qPrintable(error));
        const auto count = [&store](const QString &query) {
            qint64 total = -1;
            QList<SearchHit> hits;
            QString why;
            if (!store.search(query, 0, 10, &hits, &total, &why))
                qWarning() << why;
            return total;
        };
        QCOMPARE(count(oldWord), qint64(1));
        article.blocks[0] = Block::paragraph(QString(QStringLiteral("这里有") + newWord));
        article.blocks[1].caption = QStringLiteral("新的图片说明");
        QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
        QCOMPARE(count(oldWord), qint64(0));
        QCOMPARE(count(newWord), qint64(1));
        QCOMPARE(count(QStringLiteral("图片说明")), qint64(1));
        QVERIFY2(store.deleteArticle(article.id, &error), qPrintable(error));
        QCOMPARE(count(newWord), qint64(0));
        // An autosave of an article that was trashed meanwhile does not put it back in the index.
        QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
        QCOMPARE(count(newWord), qint64(0));
        QVERIFY2(store.restoreArticle(article.id, &error), qPrintable(error));
        QCOMPARE(count(newWord), qint64(1));
        // A save that changes no indexed text keeps the row; one changed field alone is seen.
        article.status = Article::Status::Review;
        QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
        QCOMPARE(count(newWord), qint64(1));
        article.byline = QStringLiteral("记者 独孤求败");
        QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("独孤求败")), qint64(1));
        QCOMPARE(count(newWord), qint64(1));
    }

    void indexEqualsAFreshOne_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("catchUpEvery");
        QTest::newRow("nominal: 300 edits, trashes, restores, purges and inserts") << 7u << 3;
        QTest::newRow("robustness: a catch-up after every write") << 11u << 1;
        QTest::newRow("robustness: no catch-up until the end") << 13u << 1000;
    }

    // The contentless index forgets a row by its indexed text: after any sequence of writes it
    // holds exactly what an index built afresh from the surviving articles holds, token for token.
    void indexEqualsAFreshOne()
    {
        QFETCH(quint32, seed);
        QFETCH(int, catchUpEvery);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        Store store;
        QString error;
        const QString path = dir.filePath(QStringLiteral("random.sqlite3"));
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QList<Article> donors = generatedCorpus(60);
        QList<Article> articles = donors.mid(0, 30);
        QVERIFY2(store.insertArticles(&articles, &error), qPrintable(error));
        QSet<qint64> trashed;
        for (int step = 1; step <= 300; ++step) {
            Article &article = articles[int(random.bounded(articles.size()))];
            switch (random.bounded(6)) {
            case 0:
            case 1:
                article.title = QStringLiteral("第%1稿 %2").arg(step).arg(random.generate());
                article.blocks = donors.at(int(random.bounded(donors.size()))).blocks;
                QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
                break;
            case 2:
                article.status = article.status == Article::Status::Draft ? Article::Status::Review
                                                                          : Article::Status::Draft;
                QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
                break;
            case 3:
                if (trashed.contains(article.id)) {
                    QVERIFY2(store.restoreArticle(article.id, &error), qPrintable(error));
                    trashed.remove(article.id);
                } else {
                    QVERIFY2(store.deleteArticle(article.id, &error), qPrintable(error));
                    trashed.insert(article.id);
                }
                break;
            case 4: {
                int purged = 0;
                QVERIFY2(store.purgeTrash(QDateTime::currentDateTimeUtc().addSecs(60), &purged, &error),
                         qPrintable(error));
                QCOMPARE(purged, int(trashed.size()));
                articles.erase(std::remove_if(articles.begin(), articles.end(),
                                              [&](const Article &a) { return trashed.contains(a.id); }),
                               articles.end());
                trashed.clear();
                break;
            }
            default: {
                Article fresh = Article::create(QStringLiteral("新稿 %1").arg(step));
                fresh.blocks = donors.at(int(random.bounded(donors.size()))).blocks;
                QVERIFY2(store.insertArticle(&fresh, &error), qPrintable(error));
                articles.append(fresh);
                break;
            }
            }
            if (articles.isEmpty()) {
                Article fresh = Article::create(QStringLiteral("补稿"));
                QVERIFY2(store.insertArticle(&fresh, &error), qPrintable(error));
                articles.append(fresh);
            }
            if (step % catchUpEvery == 0)
                QVERIFY2(store.updateSearchIndex(&error), qPrintable(error));
        }
        QVERIFY2(store.updateSearchIndex(&error), qPrintable(error));

        QTemporaryDir freshDir;
        Store fresh;
        QVERIFY2(fresh.open(freshDir.filePath(QStringLiteral("fresh.sqlite3")), &error), qPrintable(error));
        QList<Article> live;
        for (const Article &article : std::as_const(articles)) {
            if (!trashed.contains(article.id))
                live.append(article);
        }
        QVERIFY2(fresh.insertArticles(&live, &error), qPrintable(error));
        QVERIFY2(fresh.updateSearchIndex(&error), qPrintable(error));
        const QStringList tokens = indexedTokens(path);
        QVERIFY(tokens.size() > 1000);
        QCOMPARE(tokens, indexedTokens(freshDir.filePath(QStringLiteral("fresh.sqlite3"))));
    }

    void upgradeIndexesEveryArticle_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("marked");
        QTest::newRow("nominal: a version 6 store") << 6 << false;
        QTest::newRow("robustness: a version 6 store with a marked article") << 6 << true;
        QTest::newRow("nominal: a version 8 store, the title first in its index") << 8 << false;
        QTest::newRow("robustness: a version 8 store with an article's keystroke edits") << 8 << true;
    }

    // Schema step 7 replaced the index that held a copy of the text with a contentless one; step
    // 9 puts the body first in it. Either fills the new index from the articles as they stand,
    // their edits applied: live ones found, trashed ones not, nothing of the old index kept.
    void upgradeIndexesEveryArticle()
    {
        QFETCH(int, version);
        QFETCH(bool, marked);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        QString error;
        QList<Article> articles;
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            for (const QString &word : {QStringLiteral("升级甲"), QStringLiteral("升级乙"), QStringLiteral("升级丙")}) {
                Article article = Article::create(word);
                article.blocks = {Block::paragraph(QString(word + QStringLiteral("的正文")))};
                articles.append(article);
            }
            QVERIFY2(store.insertArticles(&articles, &error), qPrintable(error));
            QVERIFY2(store.deleteArticle(articles.at(2).id, &error), qPrintable(error));
            if (version == 8 && marked) {
                // A keystroke's save: the paragraph goes into article_edits, the JSON stays.
                const Article base = articles.at(1);
                articles[1].blocks.append(Block::paragraph(QStringLiteral("键入的新段落")));
                QVERIFY2(store.saveArticle(&articles[1], &error, &base), qPrintable(error));
            }
        }
        sqlite3 *db = nullptr;
        QVERIFY(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        const auto close = qScopeGuard([db] { sqlite3_close(db); });
        QVERIFY2(BigramTokenizer::registerWith(db, &error), qPrintable(error));
        QByteArray downgrade = test::jsonBackInArticlesSql().toUtf8();
        if (version == 6) {
            downgrade += QByteArrayLiteral(
                "DROP TABLE article_search; DROP TABLE search_pending;"
                "DROP TRIGGER article_edits_folded; DROP TABLE article_edits;"
                "CREATE VIRTUAL TABLE article_search USING fts5(title, subtitle, body, captions, byline, source,"
                " tokenize = 'copydesk_bigram');"
                "INSERT INTO article_search (rowid, title) VALUES (1, '旧索引里的标题');"
                "CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE);"
                "PRAGMA user_version = 6;")
                + (marked ? QByteArrayLiteral("INSERT INTO search_pending VALUES (2);") : QByteArray());
        } else {
            downgrade += QByteArrayLiteral(
                "DROP TABLE article_search;"
                "CREATE VIRTUAL TABLE article_search USING fts5(title, subtitle, body, captions, byline, source,"
                " content = '', tokenize = 'copydesk_bigram');"
                "INSERT INTO article_search (rowid, title) VALUES (1, '旧索引里的标题');"
                "PRAGMA user_version = 8;");
        }
        QVERIFY2(sqlite3_exec(db, downgrade.constData(), nullptr, nullptr, nullptr) == SQLITE_OK, sqlite3_errmsg(db));

        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        const auto found = [&store](const QString &query) {
            QList<SearchHit> hits;
            qint64 total = -1;
            QString why;
            if (!store.search(query, 0, 10, &hits, &total, &why))
                qWarning() << why;
            return total;
        };
        QCOMPARE(found(QStringLiteral("升级甲")), qint64(1));
        QCOMPARE(found(QStringLiteral("升级乙")), qint64(1));
        QCOMPARE(found(QStringLiteral("升级丙")), qint64(0));
        QCOMPARE(found(QStringLiteral("正文")), qint64(2));
        QCOMPARE(found(QStringLiteral("旧索引")), qint64(0));
        QCOMPARE(found(QStringLiteral("键入的新段落")), qint64(version == 8 && marked ? 1 : 0));

        sqlite3_stmt *statement = nullptr;
        QVERIFY(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = 'article_search'", -1,
                                   &statement, nullptr) == SQLITE_OK);
        const auto finish = qScopeGuard([statement] { sqlite3_finalize(statement); });
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        QVERIFY2(sql.contains(QStringLiteral("fts5(body, title")), qPrintable(sql));
        sqlite3_stmt *config = nullptr;
        QVERIFY(sqlite3_prepare_v2(db, "SELECT v FROM article_search_config WHERE k = 'automerge'", -1, &config,
                                   nullptr) == SQLITE_OK);
        const auto finishConfig = qScopeGuard([config] { sqlite3_finalize(config); });
        QCOMPARE(sqlite3_step(config), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(config, 0), 8);
    }

    void exactWhileMarked_data()
    {
        QTest::addColumn<QStringList>("queries");
        QTest::newRow("nominal: Chinese queries of old and new text") << QStringList();
        QTest::newRow("nominal: English words") << QStringList{QStringLiteral("copydesk"), QStringLiteral("wech"),
                                                               QStringLiteral("gdp"), QStringLiteral("Wang")};
    }

    // A save only marks its article for the index. A connection that cannot catch up (read-only)
    // finds the marked articles by their stored text, exactly as a scan; a writable one catches
    // up first and finds the same. Neither finds what the edits removed.
    void exactWhileMarked()
    {
        QFETCH(QStringList, queries);
        QString error;
        // Every eighth article gets another article's body and a new title; not searched yet.
        const QStringList before = cjkQueries(2, 20, 31) + cjkQueries(3, 10, 32);
        for (qsizetype i = 0; i < m_corpus.size(); i += 8) {
            Article &article = m_corpus[i];
            article.title = QStringLiteral("改过的标题 %1 %2").arg(i).arg(queries.size());
            article.blocks = m_corpus.at((i + 3) % m_corpus.size()).blocks;
            QVERIFY2(m_store.saveArticle(&article, &error), qPrintable(error));
        }
        if (queries.isEmpty())
            queries = before + cjkQueries(2, 20, 33) + QStringList{QStringLiteral("改过的标题")};
        const QString path = m_dir.filePath(QStringLiteral("search.sqlite3"));
        const auto marked = [&path] {
            sqlite3 *db = nullptr;
            sqlite3_stmt *statement = nullptr;
            qint64 count = -1;
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
                && sqlite3_prepare_v2(db, "SELECT count(*) FROM search_pending", -1, &statement, nullptr) == SQLITE_OK
                && sqlite3_step(statement) == SQLITE_ROW)
                count = sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
            sqlite3_close(db);
            return count;
        };
        QVERIFY(marked() > 0);

        Store reader;
        QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
        for (const QString &query : std::as_const(queries)) {
            const QSet<qint64> expected = oracle(query);
            QList<SearchHit> hits;
            qint64 total = -1;
            QVERIFY2(reader.search(query, 0, 1000000, &hits, &total, &error), qPrintable(error));
            QSet<qint64> found;
            for (const SearchHit &hit : std::as_const(hits))
                found.insert(hit.id);
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("read-only, “%1”: found %2, a scan finds %3").arg(query).arg(found.size()).arg(expected.size())));
            QCOMPARE(total, qint64(expected.size()));
            // Paging through the marked hits and the indexed ones loses and repeats none.
            QSet<qint64> paged;
            for (int offset = 0; offset < expected.size(); offset += 3) {
                QVERIFY2(reader.search(query, offset, 3, &hits, nullptr, &error), qPrintable(error));
                for (const SearchHit &hit : std::as_const(hits))
                    paged.insert(hit.id);
            }
            QCOMPARE(paged, expected);
        }
        QVERIFY(marked() > 0);
        for (const QString &query : std::as_const(queries)) {
            qint64 total = -1;
            QCOMPARE(searched(query, &total), oracle(query));
            QCOMPARE(total, qint64(oracle(query).size()));
        }
        QCOMPARE(marked(), qint64(0));
    }

    void matchExpressionIsSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("robustness: FTS5 syntax is taken literally") << QStringLiteral("title:妇联 NOT \"a\" ^b* (c OR d)");
        QTest::newRow("robustness: control characters") << QStringLiteral("\u0001妇联\u0000x");
    }

    void matchExpressionIsSafe()
    {
        QFETCH(QString, input);
        QList<SearchHit> hits;
        QString error;
        QVERIFY2(m_store.search(input, 0, 10, &hits, nullptr, &error), qPrintable(error));
        QCOMPARE(searched(input), oracle(input));
    }
};

QTEST_GUILESS_MAIN(TstSearchIndex)
#include "tst_searchindex.moc"
