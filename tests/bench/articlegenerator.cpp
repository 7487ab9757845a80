#include "articlegenerator.h"

#include "benchrandom.h"

#include <QDateTime>
#include <QUuid>

namespace copydesk::bench {

namespace {

const QStringList Reporters = {
    QStringLiteral("李晓燕"), QStringLiteral("王建国"), QStringLiteral("刘芳"), QStringLiteral("陈志强"),
    QStringLiteral("张丽"),   QStringLiteral("周文斌"), QStringLiteral("黄敏"), QStringLiteral("谢婷婷"),
};
const QStringList Sections = {
    QStringLiteral("本地"), QStringLiteral("民生"), QStringLiteral("政务"),
    QStringLiteral("社会"), QStringLiteral("教育"), QStringLiteral("乡村振兴"),
};
const QStringList Tags = {
    QStringLiteral("妇联"), QStringLiteral("民族团结"), QStringLiteral("大祥区"), QStringLiteral("普法"),
    QStringLiteral("公益"), QStringLiteral("家庭教育"), QStringLiteral("基层"),
};
const QStringList Sources = {
    QStringLiteral("邵阳日报"), QStringLiteral("大祥融媒"), QStringLiteral("邵阳新闻网"),
};

bool isSentenceEnd(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QLatin1Char('!')
        || c == QLatin1Char('?');
}

bool hasComma(const QString &line)
{
    return line.contains(QLatin1Char(',')) || line.contains(QChar(0xFF0C));
}

QStringList sentencesOf(const QString &paragraph)
{
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        if (isSentenceEnd(paragraph.at(i))) {
            sentences.append(paragraph.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < paragraph.size())
        sentences.append(paragraph.mid(start));
    return sentences;
}

} // namespace

ArticleGenerator::ArticleGenerator(const QString &sampleText)
{
    const QStringList lines = sampleText.split(QLatin1Char('\n'));
    bool first = true;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (first) {
            m_titles.append(line);
            first = false;
            continue;
        }
        if (line.startsWith(QStringLiteral("来源"))) {
            m_source = line.mid(3).trimmed();
            break;
        }
        if (line.contains(QChar(0x3002))) {
            m_sentences.append(sentencesOf(line));
        } else if (hasComma(line) && line.size() <= 30) {
            m_headings.append(line);
        } else if (line.size() <= 80) {
            m_captions.append(line);
            m_titles.append(line);
        }
    }
    qsizetype characters = 0;
    for (const QString &sentence : std::as_const(m_sentences))
        characters += sentence.size();
    m_meanSentence = m_sentences.isEmpty() ? 1 : qMax(1, int(characters / m_sentences.size()));
    if (m_headings.isEmpty())
        m_headings = m_titles;
    if (m_captions.isEmpty())
        m_captions = m_titles;
}

bool ArticleGenerator::isValid() const
{
    return !m_sentences.isEmpty() && !m_titles.isEmpty();
}

Article ArticleGenerator::article(qint64 index) const
{
    BenchRandom random(quint64(index) * 7919 + 17);
    const int characters = random.between(1500, 3000);
    const int sections = random.between(2, 4);
    const int photos = random.between(2, 4);
    Article result = compose(random.next(), characters, sections, photos);
    // Spread over about two years, one article every ten minutes or so.
    const qint64 base = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    result.created = QDateTime::fromMSecsSinceEpoch(base + index * 600000 + random.below(300000), Qt::UTC);
    result.updated = result.created.addSecs(random.between(60, 86400));
    result.uuid = QUuid::createUuidV5(QUuid(), QString::number(index)).toString(QUuid::WithoutBraces);
    return result;
}

Article ArticleGenerator::longArticle(int bodyCharacters, quint64 seed) const
{
    Article result = compose(seed, bodyCharacters, qMax(2, bodyCharacters / 2000), qMax(2, bodyCharacters / 2500));
    result.created = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    result.updated = result.created;
    result.uuid = QUuid::createUuidV5(QUuid(), QStringLiteral("long-%1").arg(seed)).toString(QUuid::WithoutBraces);
    return result;
}

Article ArticleGenerator::compose(quint64 seed, int bodyCharacters, int sections, int photos) const
{
    BenchRandom random(seed);
    const auto pick = [&random](const QStringList &list) { return list.at(random.below(int(list.size()))); };
    const auto paragraph = [&](int sentences) {
        QString text;
        for (int i = 0; i < sentences; ++i)
            text += pick(m_sentences);
        return text;
    };

    Article article;
    article.title = pick(m_titles);
    const QString reporter = pick(Reporters);
    article.byline = QStringLiteral("记者 ") + reporter;
    article.source = random.below(2) == 0 && !m_source.isEmpty() ? m_source : pick(Sources);
    article.section = pick(Sections);
    article.tags = {pick(Tags), pick(Tags)};
    article.tags.removeDuplicates();
    article.status = Article::Status(random.below(5));
    article.editor = pick(Reporters);
    article.canonicalUrl = QStringLiteral("https://www.example.cn/news/%1.html").arg(random.next() % 1000000);

    // The lead opens with the outlet's dateline in bold, as local sites print it.
    RichText lead(QStringLiteral("大祥融媒讯 ") + paragraph(2));
    lead.marks.append({TextMark::Kind::Bold, 0, 5, {}});
    article.blocks.append(Block::paragraph(lead));

    // Paragraphs are spread over the sections; photos go after evenly spaced paragraphs.
    const int paragraphs = qMax(sections, (bodyCharacters - int(lead.text.size())) / (3 * m_meanSentence));
    const int perSection = qMax(1, paragraphs / sections);
    int placed = 0;
    // Consecutive sub-heads from a random start, so no article repeats one.
    const int firstHeading = random.below(int(m_headings.size()));
    for (int p = 0; p < paragraphs; ++p) {
        if (p % perSection == 0 && p / perSection < sections) {
            const int section = p / perSection;
            const Block heading = Block::heading(m_headings.at((firstHeading + section) % m_headings.size()));
            article.blocks.append(heading);
        }
        article.blocks.append(Block::paragraph(paragraph(random.between(2, 4))));
        if (placed < photos && (p + 1) % qMax(1, paragraphs / photos) == 0) {
            Block photo = Block::imagePlaceholder(pick(m_captions));
            photo.credit = QStringLiteral("记者 ") + reporter + QStringLiteral(" 摄");
            article.blocks.append(photo);
            ++placed;
        }
    }
    return article;
}

} // namespace copydesk::bench
