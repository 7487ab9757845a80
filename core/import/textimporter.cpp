#include "import/textimporter.h"
#include "text/script.h"

#include "import/copyrules.h"
#include "import/framemetadata.h"
#include "import/mastheadlines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <utility>

namespace copydesk {

namespace {

using Line = MastheadLines::Line;

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// Other C0 controls (and DEL) are dropped: they are never meant and break XML exports.
bool isStrayControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || u == 0x7F;
}

QList<Line> splitLines(const QString &input)
{
    QList<Line> lines;
    bool blankBefore = false;
    QString current;
    int number = 0;
    auto flush = [&]() {
        ++number;
        const QString line = CopyRules::trimmed(current);
        current.clear();
        if (line.isEmpty()) {
            blankBefore = true;
            return;
        }
        lines.append({line, blankBefore && !lines.isEmpty(), number});
        blankBefore = false;
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < input.size() && input.at(i + 1) == u'\n')
                ++i;
            flush();
        } else if (!isStrayControl(c)) {
            current.append(c);
        }
    }
    flush();
    return lines;
}

// ---- hard-wrapped copy ------------------------------------------------------------------------

bool isSpecialLine(const QString &line)
{
    QList<CopyRules::MetaField> fields;
    QString scratch;
    CopyRules::ListItem item;
    return CopyRules::isFurniture(line) || CopyRules::isDisclaimer(line, &scratch) || CopyRules::isOriginalTitle(line)
        || CopyRules::parseMeta(line, &fields) || CopyRules::captionFromMarker(line, &scratch)
        || CopyRules::creditFromLine(line, &scratch) || CopyRules::listItem(line, &item) || CopyRules::isRule(line);
}

// Copy wrapped at a fixed width (e-mailed press releases) has its paragraphs split over lines that
// fill most of the width. Only when the text also separates paragraphs by blank lines and no line is
// wider than 100 characters, a line filling ≥ 70% of the widest one is joined with the next.
QList<Line> unwrap(const QList<Line> &lines)
{
    qsizetype width = 0;
    bool blankSeparated = false;
    for (const Line &line : lines) {
        width = qMax(width, line.text.size());
        blankSeparated = blankSeparated || line.blankBefore;
    }
    if (!blankSeparated || width > 100 || width < 40)
        return lines;
    const qsizetype fill = width * 7 / 10;

    QList<Line> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line joined = lines.at(i);
        QString lastLine = joined.text;
        while (i + 1 < lines.size() && !lines.at(i + 1).blankBefore && lastLine.size() >= fill) {
            const QString &next = lines.at(i + 1).text;
            // Chinese copy is not wrapped after a full stop; nor are metadata, captions or list items.
            if ((CopyRules::hasCjk(lastLine) && CopyRules::endsSentence(lastLine)) || isSpecialLine(next)
                || (lastLine == joined.text && isSpecialLine(lastLine)))
                break;
            const QChar last = lastLine.back();
            const QChar first = next.front();
            const bool hyphenated = last == u'-' && lastLine.size() > 1
                && lastLine.at(lastLine.size() - 2).isLetter() && first.isLower();
            if (!hyphenated && !Script::isCjkUnit(last.unicode()) && !Script::isCjkUnit(first.unicode()))
                joined.text.append(u' ');
            joined.text.append(next);
            lastLine = next;
            ++i;
        }
        out.append(joined);
    }
    return out;
}

class BodyBuilder
{
public:
    explicit BodyBuilder(FrameMetadata *meta) : m_meta(meta) {}

    QList<Block> build(const QList<Line> &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i).text;
            QString value;
            if (CopyRules::isDisclaimer(line, &value)) {
                m_meta->setUrl(value);
                continue;
            }
            if (CopyRules::isOriginalTitle(line) || CopyRules::isRule(line))
                continue;
            if (CopyRules::creditFromLine(line, &value)) {
                if (!m_blocks.isEmpty() && m_blocks.last().type == Block::Type::Image
                    && m_blocks.last().credit.isEmpty())
                    m_blocks.last().credit = value;
                else
                    m_blocks.append(Block::paragraph(line));
                continue;
            }
            if (CopyRules::captionFromMarker(line, &value)) {
                m_blocks.append(CopyRules::captionPlaceholder(value));
                continue;
            }
            const qsizetype runEnd = listRunEnd(lines, i);
            if (runEnd > i + 1) {
                appendList(lines, i, runEnd);
                i = runEnd - 1;
                continue;
            }
            switch (CopyRules::classify(line)) {
            case CopyRules::LineKind::Heading: m_blocks.append(Block::heading(line, 2)); break;
            case CopyRules::LineKind::Caption: m_blocks.append(CopyRules::captionPlaceholder(line)); break;
            case CopyRules::LineKind::Paragraph: m_blocks.append(Block::paragraph(line)); break;
            }
        }
        return m_blocks;
    }

private:
    // End of the list run starting at begin: items of one kind, either on consecutive lines or,
    // when separated by blank lines, short and (if numbered) counting up by one.
    static qsizetype listRunEnd(const QList<Line> &lines, qsizetype begin)
    {
        CopyRules::ListItem first;
        if (!CopyRules::listItem(lines.at(begin).text, &first))
            return begin;
        CopyRules::ListItem previous = first;
        qsizetype end = begin + 1;
        for (; end < lines.size(); ++end) {
            CopyRules::ListItem item;
            if (!CopyRules::listItem(lines.at(end).text, &item) || item.ordered != first.ordered)
                break;
            if (lines.at(end).blankBefore
                && (lines.at(end).text.size() > 100 || lines.at(end - 1).text.size() > 100
                    || (item.ordered && item.number != previous.number + 1)))
                break;
            previous = item;
        }
        return end;
    }

    void appendList(const QList<Line> &lines, qsizetype begin, qsizetype end)
    {
        QList<RichText> items;
        bool ordered = false;
        for (qsizetype i = begin; i < end; ++i) {
            CopyRules::ListItem item;
            CopyRules::listItem(lines.at(i).text, &item);
            ordered = item.ordered;
            items.append(RichText(item.text));
        }
        m_blocks.append(Block::list(items, ordered));
    }

    FrameMetadata *m_meta;
    QList<Block> m_blocks;
};

enum class Decoding { Ok, Binary, NoGb18030 };

// UTF-8 or UTF-16 by their BOM, else UTF-8 if the bytes are valid UTF-8, else GB18030.
Decoding decodeText(const QByteArray &bytes, QString *text)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *text = QStringDecoder(QStringConverter::Utf8).decode(QByteArrayView(bytes).sliced(3));
        return Decoding::Ok;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        *text = utf16.decode(QByteArrayView(bytes).sliced(2));
        return Decoding::Ok;
    }
    if (bytes.contains('\0'))
        return Decoding::Binary;
    QStringDecoder utf8(QStringConverter::Utf8);
    *text = utf8.decode(bytes);
    if (!utf8.hasError())
        return Decoding::Ok;
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
        return Decoding::NoGb18030;
    *text = gb18030.decode(bytes);
    return Decoding::Ok;
}

// Control codes (other than tab, line and page breaks, and a DOS end-of-file mark) or many
// undecodable bytes mean the file is not text.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    qsizetype undecodable = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C && u != 0x1A)
            ++controls;
        else if (u == 0xFFFD)
            ++undecodable;
    }
    return (controls > 0 && controls * 50 >= text.size()) || (undecodable >= 8 && undecodable * 10 >= text.size());
}

} // namespace

Article TextImporter::fromPlainText(const QString &text, int titleLine)
{
    Article article = Article::create();
    const QList<Line> lines = splitLines(text);
    FrameMetadata meta;

    // The site's masthead and navigation, or everything above the line the user named; then
    // furniture, metadata and decorative lines above the title.
    qsizetype i = 0;
    if (titleLine > 0) {
        while (i < lines.size() && lines.at(i).number < titleLine)
            ++i;
    } else {
        i = MastheadLines::end(lines);
    }
    while (titleLine <= 0 && i < lines.size()
           && (meta.takeFrameLine(lines.at(i).text) || !CopyRules::hasLetterOrNumber(lines.at(i).text)))
        ++i;
    if (i < lines.size())
        article.title = lines.at(i++).text;

    const QList<Line> rest = unwrap(lines.mid(i));
    qsizetype end = rest.size();
    while (end > 0 && FrameMetadata::isFrameLine(rest.at(end - 1).text))
        --end;
    // Above the body, metadata lines may mix with other short lines until the first prose.
    QList<Line> bodyLines;
    bool head = true;
    for (qsizetype k = 0; k < end; ++k) {
        const QString &line = rest.at(k).text;
        head = head && line.size() <= 60 && !CopyRules::endsSentence(line);
        if (head && meta.takeFrameLine(line))
            continue;
        bodyLines.append(rest.at(k));
    }

    BodyBuilder body(&meta);
    article.blocks = body.build(bodyLines);
    for (qsizetype k = end; k < rest.size(); ++k)
        meta.takeFrameLine(rest.at(k).text);

    QString lead;
    for (const Block &block : std::as_const(article.blocks)) {
        if (block.type == Block::Type::Paragraph) {
            lead = block.text.text;
            break;
        }
    }
    meta.applyTo(&article, lead);
    return article;
}

QList<MastheadLines::Line> TextImporter::lines(const QString &text)
{
    return splitLines(text);
}

bool TextImporter::importFile(const QString &path, Article *article, QString *error, int titleLine, QString *decoded)
{
    const QString name = QDir::toNativeSeparators(path);
    // Messages name the file as their %1.
    auto fail = [&](const char *message, const QString &detail = {}) {
        if (error) {
            const QString text = QCoreApplication::translate("TextImporter", message);
            *error = detail.isEmpty() ? text.arg(name) : text.arg(name, detail);
        }
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: it is a folder, not a text file."));
    if (info.exists() && !info.isFile())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: it is not a regular file."));
    const char *tooLarge = QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file is larger than %2 MB.");
    const QString limit = QString::number(MaxFileSize / (1024 * 1024));
    if (info.size() > MaxFileSize)
        return fail(tooLarge, limit);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot open %1: %2"), file.errorString());
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return fail(tooLarge, limit);
    if (file.error() != QFileDevice::NoError)
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot read %1: %2"), file.errorString());
    if (bytes.isEmpty())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file is empty."));

    const char *binary = QT_TRANSLATE_NOOP(
        "TextImporter", "Cannot import %1: it is not a plain-text file (it contains binary data).");
    QString text;
    switch (decodeText(bytes, &text)) {
    case Decoding::Ok: break;
    case Decoding::Binary: return fail(binary);
    case Decoding::NoGb18030:
        return fail(QT_TRANSLATE_NOOP(
            "TextImporter", "Cannot import %1: it is not UTF-8 and this system has no GB18030 decoder."));
    }
    if (looksBinary(text) || text.contains(QChar(0)))
        return fail(binary);

    const Article imported = fromPlainText(text, titleLine);
    if (imported.title.isEmpty() && imported.blocks.isEmpty())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file contains no text."));
    *article = imported;
    if (decoded)
        *decoded = text;
    return true;
}

} // namespace copydesk
