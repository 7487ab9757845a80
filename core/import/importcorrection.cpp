#include "import/importcorrection.h"

#include "import/mastheadlines.h"
#include "import/textimporter.h"
#include "model/linkpolicy.h"

#include <QRegularExpression>
#include <QSet>

namespace copydesk {

namespace {

bool isText(const Block &block)
{
    return block.type == Block::Type::Paragraph || block.type == Block::Type::Heading;
}

// Indexes of the recognised body's paragraphs and sub-heads offered as headlines (lines 2, 3, …).
QList<qsizetype> textBlocks(const QList<Block> &blocks, qsizetype max)
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < blocks.size() && found.size() < max; ++i) {
        if (isText(blocks.at(i)))
            found.append(i);
    }
    return found;
}

} // namespace

ImportCorrection::ImportCorrection(const ImportedArticle &recognised) : m_recognised(recognised), m_base(recognised)
{
    if (!m_recognised.plainText.isEmpty()) {
        for (const MastheadLines::Line &line : TextImporter::lines(m_recognised.plainText)) {
            if (line.text == m_recognised.article.title) {
                m_titleLine = line.number;
                break;
            }
        }
    }
    startOver();
}

QList<ImportCorrection::Line> ImportCorrection::headlineLines() const
{
    QList<Line> offered;
    if (m_recognised.plainText.isEmpty()) {
        offered.append({m_recognised.article.title, 1, false});
        const QList<Block> &blocks = m_recognised.article.blocks;
        for (const qsizetype i : textBlocks(blocks, MaxHeadlineLines - 1))
            offered.append({blocks.at(i).text.text, int(offered.size()) + 1, false});
        return offered;
    }
    const QList<MastheadLines::Line> lines = TextImporter::lines(m_recognised.plainText);
    const qsizetype masthead = MastheadLines::end(lines);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Past the limit only to reach the chosen line and a few after it.
        if (i >= MaxHeadlineLines && lines.at(i - 3).number > m_titleLine)
            break;
        offered.append({lines.at(i).text, lines.at(i).number, i < masthead});
    }
    return offered;
}

bool ImportCorrection::setTitleLine(int number)
{
    if (m_recognised.plainText.isEmpty()) {
        const QList<Block> &blocks = m_recognised.article.blocks;
        const QList<qsizetype> offered = textBlocks(blocks, MaxHeadlineLines - 1);
        if (number < 1 || number > offered.size() + 1)
            return false;
        m_base = m_recognised;
        if (number > 1) {
            const qsizetype at = offered.at(number - 2);
            m_base.article.title = blocks.at(at).text.text;
            m_base.article.blocks = blocks.mid(at + 1);
        }
    } else {
        bool exists = false;
        for (const MastheadLines::Line &line : TextImporter::lines(m_recognised.plainText))
            exists = exists || line.number == number;
        if (!exists)
            return false;
        Article read = TextImporter::fromPlainText(m_recognised.plainText, number);
        read.uuid = m_recognised.article.uuid;
        read.created = m_recognised.article.created;
        read.updated = m_recognised.article.updated;
        LinkPolicy::apply(&read);
        m_base.article = read;
    }
    m_titleLine = number;
    startOver();
    return true;
}

void ImportCorrection::startOver()
{
    const QList<Block> &blocks = m_base.article.blocks;
    m_roles.clear();
    m_dropped = QList<bool>(blocks.size(), false);
    bool lead = false;
    for (const Block &block : blocks) {
        Role role = Role::Body;
        if (block.type == Block::Type::Heading) {
            role = Role::SubHead;
        } else if (block.type == Block::Type::Paragraph && !lead) {
            role = Role::Lead;
            lead = true;
        }
        m_roles.append(role);
    }
}

qsizetype ImportCorrection::leadBlock() const
{
    return m_roles.indexOf(Role::Lead);
}

ImportCorrection::Role ImportCorrection::role(qsizetype block) const
{
    return m_roles.value(block, Role::Body);
}

void ImportCorrection::setRole(qsizetype block, Role role)
{
    if (block < 0 || block >= m_roles.size() || !isText(blocks().at(block)))
        return;
    if (role == Role::Lead) {
        const qsizetype former = leadBlock();
        if (former >= 0)
            m_roles[former] = Role::Body;
    }
    m_roles[block] = role;
}

bool ImportCorrection::isDropped(qsizetype block) const
{
    return m_dropped.value(block, false);
}

void ImportCorrection::setDropped(qsizetype block, bool dropped)
{
    if (block >= 0 && block < m_dropped.size() && blocks().at(block).type == Block::Type::Image)
        m_dropped[block] = dropped;
}

QString ImportCorrection::source() const
{
    return m_sourceSet ? m_source : m_base.article.source;
}

QString ImportCorrection::byline() const
{
    return m_bylineSet ? m_byline : m_base.article.byline;
}

QString ImportCorrection::dateline() const
{
    if (m_datelineSet)
        return m_dateline;
    if (!m_base.article.dateline.isEmpty())
        return m_base.article.dateline;
    const qsizetype lead = leadBlock();
    return lead >= 0 ? datelineOf(blocks().at(lead).text.text) : QString();
}

void ImportCorrection::setSource(const QString &source)
{
    m_source = source;
    m_sourceSet = true;
}

void ImportCorrection::setByline(const QString &byline)
{
    m_byline = byline;
    m_bylineSet = true;
}

void ImportCorrection::setDateline(const QString &dateline)
{
    m_dateline = dateline;
    m_datelineSet = true;
}

ImportedArticle ImportCorrection::result() const
{
    ImportedArticle out = m_base;
    Article &article = out.article;
    article.source = source();
    article.byline = byline();
    article.dateline = dateline();
    article.blocks.clear();
    qsizetype firstText = -1;
    QSet<QString> used;
    for (qsizetype i = 0; i < blocks().size(); ++i) {
        Block block = blocks().at(i);
        if (m_dropped.at(i))
            continue;
        if (isText(block)) {
            const Role role = m_roles.at(i);
            if (role == Role::SubHead && block.type != Block::Type::Heading)
                block = Block::heading(block.text, 2);
            else if (role != Role::SubHead && block.type == Block::Type::Heading)
                block = Block::paragraph(block.text);
            if (firstText < 0)
                firstText = article.blocks.size();
            if (role == Role::Lead) {
                article.blocks.insert(firstText, block);
                continue;
            }
        }
        if (block.type == Block::Type::Image && !block.media.isEmpty())
            used.insert(block.media);
        article.blocks.append(block);
    }
    out.media.clear();
    for (const DecodedImage &image : m_base.media) {
        if (used.contains(image.sha256))
            out.media.append(image);
    }
    for (auto it = out.fromMetadata.begin(); it != out.fromMetadata.end();) {
        it = used.contains(it.key()) ? std::next(it) : out.fromMetadata.erase(it);
    }
    out.plainText.clear();
    return out;
}

QString ImportCorrection::datelineOf(const QString &lead)
{
    // 本报讯, a newsroom's 讯 (大祥融媒讯, 邵阳日报讯), an agency's place and date 电.
    static const QRegularExpression dateline(QStringLiteral(
        "^(本报讯|\\p{Han}{2,8}(?:融媒|报|网|台|社|站|中心)讯|\\p{Han}{2,4}社\\p{Han}{0,8}\\d{1,2}月\\d{1,2}日电)"));
    return dateline.match(lead).captured(1);
}

} // namespace copydesk
