#include "autosavebench.h"

#include "articlegenerator.h"
#include "model/articlejson.h"
#include "benchplatform.h"
#include "benchreport.h"
#include "samples.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace copydesk::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One keystroke: a character typed at the end of a paragraph, a different paragraph each time.
void typeOneCharacter(Article *article, int step)
{
    QList<qsizetype> paragraphs;
    for (qsizetype i = 0; i < article->blocks.size(); ++i) {
        if (article->blocks.at(i).type == Block::Type::Paragraph)
            paragraphs.append(i);
    }
    Block &block = article->blocks[paragraphs.at(step % paragraphs.size())];
    static const QString typed = QStringLiteral("民族团结进步示范创建");
    block.text.text += typed.at(step % typed.size());
}

} // namespace

AutosaveBench::AutosaveBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report)
    : m_generator(generator), m_folder(folder), m_report(report)
{
}

bool AutosaveBench::run(int saves, int bodyCharacters, QString *error)
{
    const QString section = QStringLiteral("autosave");
    // The default 20k-character article keeps its measures' names; other sizes say theirs.
    const QString size = bodyCharacters == 20000
        ? QString()
        : QStringLiteral("%1k chars: ").arg(bodyCharacters / 1000);
    const QDir folder(m_folder);
    const QString storePath = folder.filePath(QStringLiteral("autosave.sqlite3"));
    const QString rawPath = folder.filePath(QStringLiteral("autosave-raw.bin"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);

    Store store;
    if (!store.open(storePath, error))
        return false;
    // The store also holds a few hundred other articles, as a working desk's would.
    QList<Article> others;
    for (int i = 0; i < 300; ++i)
        others.append(m_generator.article(i));
    if (!store.insertArticles(&others, error))
        return false;
    Article article = m_generator.longArticle(bodyCharacters, 2026);
    if (!store.insertArticle(&article, error))
        return false;
    int characters = 0;
    for (const Block &block : std::as_const(article.blocks))
        characters += int(block.plainText().size());
    const QByteArray json = ArticleJson::toJson(article, false);

    QFile raw(rawPath);
    if (!raw.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot create %1: %2").arg(rawPath, raw.errorString());
        return false;
    }
    const QByteArray rawBytes(json.size(), 'x');

    // Interleaved, so load from other processes on the machine hits both alike.
    // The save is the Autosaver's: on the state it last wrote, passed as the base, it writes the
    // paragraph typed in (ArticleEdits) with a mark for the search index; the Autosaver then
    // indexes on its worker when saves pause (Store::updateSearchIndex, which also folds the
    // edits into the article's JSON), timed here beside it after every save.
    Samples autosave, baseline, indexing, together;
    Article base = article;
    for (int i = 0; i < WarmUp + saves; ++i) {
        typeOneCharacter(&article, i);
        QElapsedTimer timer;
        timer.start();
        if (!store.saveArticle(&article, error, &base))
            return false;
        base = article;
        const double saveMs = msSince(timer);
        timer.start();
        if (!store.updateSearchIndex(error))
            return false;
        const double indexMs = msSince(timer);

        timer.start();
        const bool written = raw.seek(0) && raw.write(rawBytes) == rawBytes.size()
            && BenchPlatform::syncToDisk(&raw);
        const double rawMs = msSince(timer);
        if (!written) {
            *error = QStringLiteral("cannot write %1: %2").arg(rawPath, raw.errorString());
            return false;
        }
        if (i >= WarmUp) {
            autosave.add(saveMs);
            baseline.add(rawMs);
            indexing.add(indexMs);
            together.add(saveMs + indexMs);
        }
    }
    raw.close();
    QFile::remove(rawPath);

    // The part of a save that is pure CPU: serialising the article as the store does.
    Samples serialise;
    for (int i = 0; i < saves; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = ArticleJson::toJson(article, false);
        serialise.add(msSince(timer));
        if (bytes.isEmpty()) {
            *error = QStringLiteral("the article serialised to nothing");
            return false;
        }
    }

    Article reloaded;
    if (!store.loadArticle(article.id, &reloaded, error))
        return false;
    if (reloaded.blocks != article.blocks) {
        *error = QStringLiteral("the autosaved article does not reload as saved");
        return false;
    }

    m_report->add(section, size + QStringLiteral("article size (characters)"), double(characters), QStringLiteral("count"));
    m_report->add(section, size + QStringLiteral("article JSON size"), double(json.size()) / 1024, QStringLiteral("KiB"));
    m_report->addNote(QStringLiteral("store pragmas: journal_mode=%1, synchronous=%2 (2 = FULL); %3 warm-up saves not counted")
                          .arg(store.pragma(QStringLiteral("journal_mode")),
                               store.pragma(QStringLiteral("synchronous")))
                          .arg(WarmUp));
    for (const double p : {50.0, 95.0, 99.0}) {
        m_report->add(section, size + QStringLiteral("saveArticle p%1 (%2 saves)").arg(p).arg(saves),
                       autosave.percentile(p), QStringLiteral("ms"));
    }
    for (const double p : {50.0, 95.0, 99.0}) {
        m_report->add(section, size + QStringLiteral("raw write+fsync p%1 (same bytes)").arg(p),
                       baseline.percentile(p), QStringLiteral("ms"));
    }
    m_report->add(section, size + QStringLiteral("search index catch-up after the commit p50"),
                  indexing.median(), QStringLiteral("ms"));
    m_report->add(section, size + QStringLiteral("search index catch-up after the commit p95"),
                  indexing.percentile(95), QStringLiteral("ms"));
    m_report->add(section, size + QStringLiteral("save + catch-up p95 (what a save waited for when it indexed)"),
                  together.percentile(95), QStringLiteral("ms"));
    m_report->add(section, size + QStringLiteral("ArticleJson::toJson alone p50"), serialise.median(), QStringLiteral("ms"));
    m_report->add(section, size + QStringLiteral("saveArticle p95 - raw p95 (store overhead)"),
                  autosave.percentile(95) - baseline.percentile(95), QStringLiteral("ms"));
    const double ratio = baseline.percentile(95) > 0 ? autosave.percentile(95) / baseline.percentile(95) : 0;
    m_report->add(section, size + QStringLiteral("saveArticle p95 / raw p95"), ratio, QStringLiteral("x"),
                   QStringLiteral("<= %1x").arg(RatioTarget),
                   ratio <= RatioTarget ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail);
    return true;
}

} // namespace copydesk::bench
