#include "editbench.h"

#include "articlegenerator.h"
#include "benchrandom.h"
#include "benchreport.h"
#include "samples.h"
#include "document/documentmapper.h"
#include "document/mappeddocument.h"
#include "model/wordcounter.h"
#include "model/sitesettings.h"
#include "render/renderer.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

EditBench::EditBench(const ArticleGenerator &generator, bool quick, BenchReport *report)
    : m_generator(generator), m_quick(quick), m_report(report)
{
}

bool EditBench::run(QString *error)
{
    if (!m_generator.isValid()) {
        *error = QStringLiteral("the sample gave no paragraphs");
        return false;
    }
    for (const int characters : m_quick ? QList<int>{3000} : QList<int>{20000, 200000})
        runSize(characters);
    return true;
}

void EditBench::runSize(int characters)
{
    const QString section = QStringLiteral("edit %1k").arg(characters / 1000);
    const int edits = m_quick ? 5 : 60;
    Article article = m_generator.longArticle(characters, 11);
    QTextDocument document;
    DocumentMapper::toDocument(article.blocks, &document);
    MappedDocument mapped(&document);
    mapped.blocks();
    const Renderer renderer;
    const SiteSettings site;
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [](const Block &image) -> QString { return QStringLiteral("copydesk-media:") + image.media; };
    Renderer::Parts previous;
    renderer.renderParts(article, site, options, &previous);

    BenchRandom random(3);
    WordCounter counter;
    counter.count(article);
    Samples full, kept, read, whole, parts, countedWhole, countedKept;
    for (int i = 0; i < edits; ++i) {
        // One character typed into a random paragraph, as between two syncs.
        QTextBlock block = document.findBlockByNumber(random.below(document.blockCount()));
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("字"));

        QElapsedTimer timer;
        timer.start();
        const QList<Block> fresh = DocumentMapper::fromDocument(&document);
        full.add(msSince(timer));
        timer.restart();
        const QList<Block> blocks = mapped.blocks();
        kept.add(msSince(timer));
        read.add(mapped.lastReadCount());
        if (blocks != fresh)
            m_report->addNote(QStringLiteral("%1: the kept blocks differ from a full reading").arg(section));

        const QList<Block> before = article.blocks;
        article.blocks = blocks;
        timer.restart();
        const int words = article.wordCount();
        countedWhole.add(msSince(timer));
        timer.restart();
        if (counter.count(article) != words)
            m_report->addNote(QStringLiteral("%1: the kept word count differs from a full count").arg(section));
        countedKept.add(msSince(timer));
        timer.restart();
        const QString page = renderer.render(article, site, options);
        whole.add(msSince(timer));
        timer.restart();
        Renderer::Parts next;
        renderer.renderParts(article, site, options, &next, nullptr, &previous, &before);
        parts.add(msSince(timer));
        previous = next;
        if (page != next.before + next.blocks.join(QString()) + next.after)
            m_report->addNote(QStringLiteral("%1: the parts differ from the page").arg(section));
    }
    m_report->add(section, QStringLiteral("document blocks"), document.blockCount(), QStringLiteral("count"));
    m_report->add(section, QStringLiteral("body read back whole (DocumentMapper::fromDocument) p50"), full.median(),
                  QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("body read back kept (MappedDocument) p50"), kept.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("  whole p95"), full.percentile(95), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("  kept p95"), kept.percentile(95), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("  blocks read again per sync, max"), read.max(), QStringLiteral("count"));
    m_report->add(section, QStringLiteral("characters counted whole (Article::wordCount) p50"), countedWhole.median(),
                  QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("characters counted kept (WordCounter) p50"), countedKept.median(),
                  QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("page rendered whole (Renderer::render) p50"), whole.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("page rendered in parts from the previous ones p50"), parts.median(),
                  QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("  parts p95"), parts.percentile(95), QStringLiteral("ms"));
}

} // namespace copydesk::bench
