#include "model/articlejson.h"
#include "document/documentmapper.h"
#include "fixtures/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace copydesk;
using DocumentFormat::Role;

Q_DECLARE_METATYPE(copydesk::Block)

namespace {

using Kind = TextMark::Kind;

TextMark mark(Kind kind, int start, int length, const QString &href = {})
{
    TextMark m;
    m.kind = kind;
    m.start = start;
    m.length = length;
    m.href = href;
    return m;
}

RichText rich(const QString &text, const QList<TextMark> &marks = {})
{
    RichText r(text);
    r.marks = marks;
    return r;
}

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

Block paragraph(const QString &text, const QList<TextMark> &marks = {})
{
    return Block::paragraph(rich(text, marks));
}

Block imageWithEverything()
{
    Block image = Block::image(sha('a'), 4000, 3000, QStringLiteral("大祥区妇联工作人员入户宣传"),
                               QStringLiteral("摄影:李明"), QStringLiteral("入户宣传现场"));
    image.sourceUrl = QStringLiteral("https://example.com/original.jpg");
    return image;
}

// One line per model block, readable in a failed comparison.
QString describe(const QList<Block> &blocks)
{
    Article article;
    article.blocks = blocks;
    const QJsonArray array = ArticleJson::toJsonObject(article).value(QStringLiteral("blocks")).toArray();
    QStringList lines;
    for (const QJsonValue &value : array)
        lines.append(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    return lines.join(QLatin1Char('\n'));
}

// One line per document block: role, list (numbered by first appearance) or heading level, text.
QString shape(const QTextDocument &document)
{
    QStringList lines;
    QList<const QTextList *> lists;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        static const char *const roles[] = {"Body", "Heading", "Quote", "ListItem", "Image", "Caption"};
        QString line = QString::fromLatin1(roles[int(DocumentFormat::roleOf(block))]);
        if (const QTextList *list = block.textList()) {
            if (!lists.contains(list))
                lists.append(list);
            line += QStringLiteral(" list%1 %2").arg(lists.indexOf(list)).arg(
                    list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("decimal")
                                                                           : QStringLiteral("disc"));
        }
        if (block.blockFormat().headingLevel() > 0)
            line += QStringLiteral(" h%1").arg(block.blockFormat().headingLevel());
        lines.append(line + QLatin1Char('|') + block.text());
    }
    return lines.join(QLatin1Char('\n'));
}

QTextBlock blockAt(const QTextDocument &document, int number)
{
    const QTextBlock block = document.findBlockByNumber(number);
    if (!block.isValid())
        qFatal("no document block %d", number);
    return block;
}

QTextCursor selectInBlock(QTextDocument *document, int blockNumber, int offset, int length)
{
    QTextCursor cursor(document);
    const int start = blockAt(*document, blockNumber).position() + offset;
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    return cursor;
}

enum class Edit {
    InsertText,
    SplitParagraph,
    BoldWithPlainMerge,
    UnboldWithPlainMerge,
    BoldInHeading,
    PlainHeadingConversion,
    ItalicAcrossBlocks,
    LinkThenUnlinkPart,
    TypeBeforeTyping,
    TypeAfterImage,
    TypeBeforeImage,
    DeleteImageBlock,
    DeleteImageIntoCaption,
    DeleteCaptionBlock,
    EnterAfterImage,
    SplitCaption,
    ItemOutOfList,
};

void applyEdit(QTextDocument *document, Edit edit)
{
    switch (edit) {
    case Edit::InsertText: {
        QTextCursor cursor = selectInBlock(document, 0, 2, 0);
        cursor.insertText(QStringLiteral("新"));
        break;
    }
    case Edit::SplitParagraph: {
        QTextCursor cursor = selectInBlock(document, 0, 3, 0);
        cursor.insertBlock();
        break;
    }
    case Edit::BoldWithPlainMerge: {
        QTextCursor cursor = selectInBlock(document, 0, 2, 2);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        break;
    }
    case Edit::UnboldWithPlainMerge: {
        QTextCursor cursor = selectInBlock(document, 0, 0, 2);
        QTextCharFormat normal;
        normal.setFontWeight(QFont::Normal);
        cursor.mergeCharFormat(normal);
        break;
    }
    case Edit::BoldInHeading: {
        QTextCursor cursor = selectInBlock(document, 0, 0, 2);
        DocumentMapper::setMark(&cursor, Kind::Bold, true);
        break;
    }
    case Edit::PlainHeadingConversion: {
        // What an editor without DocumentMapper::setTextRole would do: every character is now bold.
        QTextCursor cursor(document);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.setBlockFormat(DocumentMapper::headingBlockFormat(2));
        cursor.mergeCharFormat(DocumentMapper::headingCharFormat(2));
        break;
    }
    case Edit::ItalicAcrossBlocks: {
        QTextCursor cursor = selectInBlock(document, 0, 2, 0);
        cursor.setPosition(blockAt(*document, 1).position() + 1, QTextCursor::KeepAnchor);
        DocumentMapper::setMark(&cursor, Kind::Italic, true);
        break;
    }
    case Edit::LinkThenUnlinkPart: {
        QTextCursor cursor = selectInBlock(document, 0, 0, 4);
        DocumentMapper::setMark(&cursor, Kind::Link, true, QStringLiteral("https://example.com/"));
        cursor = selectInBlock(document, 0, 3, 1);
        DocumentMapper::setMark(&cursor, Kind::Link, false);
        break;
    }
    case Edit::TypeBeforeTyping: {
        // Bold switched on with no selection applies to what is typed next.
        QTextCursor cursor = selectInBlock(document, 0, 2, 0);
        DocumentMapper::setMark(&cursor, Kind::Bold, true);
        cursor.insertText(QStringLiteral("重"));
        break;
    }
    case Edit::TypeAfterImage: {
        QTextCursor cursor(blockAt(*document, 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("误输入"));
        break;
    }
    case Edit::TypeBeforeImage: {
        QTextCursor cursor(blockAt(*document, 1));
        cursor.insertText(QStringLiteral("误输入"));
        break;
    }
    case Edit::DeleteImageBlock: {
        // From the end of the paragraph before to the end of the image block: the caption stays.
        QTextCursor cursor(blockAt(*document, 0));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.setPosition(blockAt(*document, 1).position() + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        break;
    }
    case Edit::DeleteImageIntoCaption: {
        // From the image block's start to the caption's start: the merged block keeps the image
        // block's format but no image.
        QTextCursor cursor(blockAt(*document, 1));
        cursor.setPosition(blockAt(*document, 2).position(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        break;
    }
    case Edit::DeleteCaptionBlock: {
        QTextCursor cursor(blockAt(*document, 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        QTextBlock caption = blockAt(*document, 2);
        cursor.setPosition(caption.position() + caption.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        break;
    }
    case Edit::EnterAfterImage: {
        QTextCursor cursor(blockAt(*document, 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock();
        break;
    }
    case Edit::SplitCaption: {
        QTextCursor cursor = selectInBlock(document, 2, 2, 0);
        cursor.insertBlock();
        break;
    }
    case Edit::ItemOutOfList: {
        const QTextBlock item = blockAt(*document, 1);
        item.textList()->remove(item);
        break;
    }
    }
}

} // namespace

Q_DECLARE_METATYPE(Edit)

// The article body ⇄ editor document mapping.
class TstDocumentMapper : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        const QString link = QStringLiteral("https://www.example.com/news/1.html");
        QTest::newRow("nominal: empty body") << QList<Block>();
        QTest::newRow("nominal: plain paragraphs")
                << QList<Block>{paragraph(QStringLiteral("第一段。")), paragraph(QStringLiteral("Second one."))};
        QTest::newRow("nominal: bold, italic and link")
                << QList<Block>{paragraph(QStringLiteral("加粗 斜体 链接"),
                                          {mark(Kind::Bold, 0, 2), mark(Kind::Italic, 3, 2),
                                           mark(Kind::Link, 6, 2, link)})};
        QTest::newRow("nominal: overlapping bold, italic and link")
                << QList<Block>{paragraph(QStringLiteral("abcdefghij"),
                                          {mark(Kind::Bold, 0, 6), mark(Kind::Italic, 2, 6),
                                           mark(Kind::Link, 4, 6, link)})};
        QTest::newRow("nominal: marks covering the whole block")
                << QList<Block>{paragraph(QStringLiteral("全文"),
                                          {mark(Kind::Bold, 0, 2), mark(Kind::Italic, 0, 2),
                                           mark(Kind::Link, 0, 2, link)})};
        QTest::newRow("nominal: marks at both edges")
                << QList<Block>{paragraph(QStringLiteral("头中间尾"),
                                          {mark(Kind::Bold, 0, 1), mark(Kind::Italic, 3, 1)})};
        QTest::newRow("nominal: adjacent links to different pages stay two")
                << QList<Block>{paragraph(QStringLiteral("一二"),
                                          {mark(Kind::Link, 0, 1, link), mark(Kind::Link, 1, 1, link + QLatin1Char('2'))})};
        QTest::newRow("nominal: CJK and emoji with marks")
                << QList<Block>{paragraph(QStringLiteral("妇联👩‍👧活动🎉圆满𠀀成功"),
                                          {mark(Kind::Bold, 2, 5), mark(Kind::Italic, 7, 4),
                                           mark(Kind::Link, 9, 6, link)})};
        QTest::newRow("nominal: soft line break with a mark across it")
                << QList<Block>{paragraph(QStringLiteral("上一行\n下一行"), {mark(Kind::Bold, 1, 4)})};
        QTest::newRow("nominal: headings of both levels, with a bold mark")
                << QList<Block>{Block::heading(rich(QStringLiteral("切实加强组织建设,夯实民族团结基础"),
                                                    {mark(Kind::Bold, 0, 4)}), 2),
                                Block::heading(QStringLiteral("三级标题"), 3), paragraph(QStringLiteral("正文"))};
        QTest::newRow("nominal: quote with a line break")
                << QList<Block>{Block::quote(rich(QStringLiteral("“民族团结一家亲”\n——宣传标语"),
                                                  {mark(Kind::Italic, 0, 9)}))};
        QTest::newRow("nominal: ordered and unordered lists")
                << QList<Block>{Block::list({rich(QStringLiteral("一"), {mark(Kind::Bold, 0, 1)}),
                                             rich(QStringLiteral("二"))}, true),
                                paragraph(QStringLiteral("中间")),
                                Block::list({rich(QStringLiteral("甲")), rich(QStringLiteral("乙\n续"))}, false)};
        QTest::newRow("nominal: two adjacent lists stay two")
                << QList<Block>{Block::list({rich(QStringLiteral("a")), rich(QStringLiteral("b"))}, false),
                                Block::list({rich(QStringLiteral("c"))}, false),
                                Block::list({rich(QStringLiteral("d"))}, true)};
        QTest::newRow("nominal: image with every field")
                << QList<Block>{paragraph(QStringLiteral("前")), imageWithEverything(), paragraph(QStringLiteral("后"))};
        Block checkedCrop = imageWithEverything();
        checkedCrop.checkMetadata = true;
        checkedCrop.crop = QRectF(0.1, 0.2, 0.5, 0.25);
        checkedCrop.rotation = 270;
        QTest::newRow("nominal: image with a crop, a turn and metadata to check")
                << QList<Block>{paragraph(QStringLiteral("前")), checkedCrop};
        Block placeholder = Block::imagePlaceholder(QStringLiteral("待补图片"));
        placeholder.sourceUrl = QStringLiteral("https://example.com/a.jpg?x=1&y=2");
        QTest::newRow("nominal: placeholder with a source URL") << QList<Block>{placeholder};
        QTest::newRow("nominal: images first, adjacent and last, without captions")
                << QList<Block>{Block::image(sha('b'), 800, 600), Block::image(sha('c'), 10, 5000),
                                paragraph(QStringLiteral("文")), Block::image(sha('d'), 1, 1, QStringLiteral("最后\n两行"))};
        QTest::newRow("nominal: non-hash media id and blank-looking caption")
                << QList<Block>{Block::image(QStringLiteral("aa"), 10, 10, QStringLiteral(" "))};

        QList<Block> sample;
        const QStringList lines = test::sampleArticleText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            if (i % 7 == 3)
                sample.append(Block::image(sha('0' + char(i % 10)), 1200, 800, lines.at(i)));
            else if (i % 11 == 5)
                sample.append(Block::heading(lines.at(i)));
            else
                sample.append(paragraph(lines.at(i), {mark(Kind::Bold, 0, qMin(2, int(lines.at(i).size())))}));
        }
        QTest::newRow("nominal: the shared sample article") << sample;
    }

    void roundTrip()
    {
        QFETCH(QList<Block>, blocks);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        const QList<Block> back = DocumentMapper::fromDocument(&document);
        QCOMPARE(describe(back), describe(blocks));
        QVERIFY(back == blocks);

        // Replacing a document that held a list, a heading and a table gives the same body.
        QTextDocument used;
        used.setHtml(QStringLiteral("<ul><li>旧</li></ul><h1>旧标题</h1><table><tr><td>格</td></tr></table>"));
        DocumentMapper::toDocument(blocks, &used, 640, DocumentMapper::History::UndoableStep);
        QCOMPARE(describe(DocumentMapper::fromDocument(&used)), describe(blocks));
        QCOMPARE(shape(used), shape(document));
    }

    void normalisation_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<QList<Block>>("expected");
        QTest::newRow("robustness: empty and blank paragraphs are dropped")
                << QList<Block>{paragraph(QString()), paragraph(QStringLiteral("a")),
                                paragraph(QStringLiteral(" \u3000\n")), paragraph(QStringLiteral("b")),
                                Block::heading(QString()), Block::quote(QString())}
                << QList<Block>{paragraph(QStringLiteral("a")), paragraph(QStringLiteral("b"))};
        QTest::newRow("robustness: empty list items and empty lists are dropped")
                << QList<Block>{Block::list({rich(QString()), rich(QStringLiteral("x"))}, true),
                                Block::list({}, false), Block::list({rich(QString())}, false)}
                << QList<Block>{Block::list({rich(QStringLiteral("x"))}, true)};
        QTest::newRow("robustness: paragraph separators stay inside the block")
                << QList<Block>{paragraph(QStringLiteral("a\r\nb\u2029c"), {mark(Kind::Bold, 4, 2)})}
                << QList<Block>{paragraph(QStringLiteral("a\n\nb\nc"), {mark(Kind::Bold, 4, 2)})};
        QTest::newRow("robustness: object and frame characters in the text are replaced")
                << QList<Block>{paragraph(QStringLiteral("a\uFFFCb\uFDD0c"))}
                << QList<Block>{paragraph(QStringLiteral("a\uFFFDb\uFFFDc"))};
        QTest::newRow("robustness: overlapping and touching marks of a kind merge")
                << QList<Block>{paragraph(QStringLiteral("abcdefgh"),
                                          {mark(Kind::Bold, 0, 3), mark(Kind::Bold, 2, 3), mark(Kind::Bold, 5, 1),
                                           mark(Kind::Italic, 7, 100), mark(Kind::Link, 0, 2, QStringLiteral(" ")),
                                           mark(Kind::Bold, -5, 2)})}
                << QList<Block>{paragraph(QStringLiteral("abcdefgh"),
                                          {mark(Kind::Bold, 0, 6), mark(Kind::Italic, 7, 1)})};
        QTest::newRow("robustness: heading levels outside 2-3 are clamped")
                << QList<Block>{[] { Block b = Block::heading(QStringLiteral("h")); b.level = 6; return b; }()}
                << QList<Block>{Block::heading(QStringLiteral("h"), 3)};
    }

    void normalisation()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(QList<Block>, expected);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(expected));
    }

    void documentShape_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: empty body is one body block") << QList<Block>() << QStringLiteral("Body|");
        QTest::newRow("nominal: two adjacent lists are two QTextLists")
                << QList<Block>{Block::list({rich(QStringLiteral("a")), rich(QStringLiteral("b"))}, false),
                                Block::list({rich(QStringLiteral("c"))}, false),
                                Block::list({rich(QStringLiteral("d"))}, true)}
                << QStringLiteral("ListItem list0 disc|a\nListItem list0 disc|b\nListItem list1 disc|c\n"
                                  "ListItem list2 decimal|d");
        QTest::newRow("nominal: quote line break is U+2028 in one block")
                << QList<Block>{Block::quote(QStringLiteral("一\n二"))} << QStringLiteral("Quote|一\u2028二");
        QTest::newRow("nominal: headings carry their level")
                << QList<Block>{Block::heading(QStringLiteral("甲"), 2), Block::heading(QStringLiteral("乙"), 3)}
                << QStringLiteral("Heading h2|甲\nHeading h3|乙");
        QTest::newRow("nominal: image then its caption block, even when empty")
                << QList<Block>{Block::image(sha('a'), 10, 10, QStringLiteral("说明")), Block::image(sha('b'), 10, 10)}
                << QStringLiteral("Image|\uFFFC\nCaption|说明\nImage|\uFFFC\nCaption|");
        QTest::newRow("robustness: line feeds and separators never split a block")
                << QList<Block>{paragraph(QStringLiteral("a\r\nb\u2029c"))} << QStringLiteral("Body|a\u2028\u2028b\u2028c");
    }

    void documentShape()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(QString, expected);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        QCOMPARE(shape(document), expected);
    }

    void imageBlocks_data()
    {
        QTest::addColumn<Block>("image");
        QTest::addColumn<int>("maxWidth");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QSize>("displaySize");
        const QString media = QStringLiteral("copydesk-media:") + sha('a');
        QTest::newRow("nominal: large photo scaled to the column") << imageWithEverything() << 640 << media << QSize(640, 480);
        QTest::newRow("nominal: small photo at its own size")
                << Block::image(sha('a'), 300, 200) << 640 << media << QSize(300, 200);
        QTest::newRow("nominal: placeholder is a 16:9 box")
                << Block::imagePlaceholder(QStringLiteral("待补")) << 640 << QStringLiteral("copydesk-media:placeholder")
                << QSize(640, 360);
        QTest::newRow("robustness: photo of unknown size") << Block::image(sha('a'), 0, 0) << 320 << media << QSize(320, 180);
        QTest::newRow("nominal: portrait photo at most three quarters of the column tall")
                << Block::image(sha('a'), 3000, 4000) << 640 << media << QSize(360, 480);
        QTest::newRow("robustness: very tall photo is a sliver, not a tower")
                << Block::image(sha('a'), 2, 9000) << 640 << media << QSize(1, 480);
        Block cropped = Block::image(sha('a'), 4000, 3000);
        cropped.crop = QRectF(0.25, 0, 0.5, 0.5);
        QTest::newRow("nominal: a crop is shown at the cropped part's size")
                << cropped << 640 << media << QSize(640, 480);
        Block turned = Block::image(sha('a'), 800, 600);
        turned.rotation = 90;
        QTest::newRow("nominal: a photo turned a quarter is shown upright")
                << turned << 640 << media << QSize(360, 480);
        QTest::newRow("robustness: no room at all") << Block::image(sha('a'), 4000, 3000) << 0 << media << QSize(1, 1);
    }

    void imageBlocks()
    {
        QFETCH(Block, image);
        QFETCH(int, maxWidth);
        QFETCH(QString, url);
        QFETCH(QSize, displaySize);
        QTextDocument document;
        DocumentMapper::toDocument({image}, &document, maxWidth);
        QCOMPARE(document.blockCount(), 2);

        const QTextBlock imageBlock = document.firstBlock();
        QVERIFY(DocumentFormat::isImageBlock(imageBlock));
        const QTextBlockFormat properties = imageBlock.blockFormat();
        QCOMPARE(properties.stringProperty(DocumentFormat::MediaId), image.media);
        QCOMPARE(properties.intProperty(DocumentFormat::ImageWidth), image.width);
        QCOMPARE(properties.intProperty(DocumentFormat::ImageHeight), image.height);
        QCOMPARE(properties.stringProperty(DocumentFormat::ImageCredit), image.credit);
        QCOMPARE(properties.stringProperty(DocumentFormat::ImageAlt), image.alt);
        QCOMPARE(properties.stringProperty(DocumentFormat::ImageSourceUrl), image.sourceUrl);
        QCOMPARE(imageBlock.text(), QString(QChar::ObjectReplacementCharacter));
        const QTextCharFormat object = imageBlock.begin().fragment().charFormat();
        QVERIFY(object.isImageFormat());
        QCOMPARE(object.toImageFormat().name(), url);
        QCOMPARE(DocumentFormat::imageResourceUrl(image.media).toString(), url);
        QCOMPARE(QSize(qRound(object.toImageFormat().width()), qRound(object.toImageFormat().height())), displaySize);

        const QTextBlock caption = imageBlock.next();
        QVERIFY(DocumentFormat::isCaptionBlock(caption));
        QVERIFY(!DocumentFormat::isImageBlock(caption));
        QCOMPARE(caption.text(), image.caption);
        QCOMPARE(caption.blockFormat().alignment(), Qt::AlignHCenter);
        QCOMPARE(caption.charFormat().foreground(), DocumentMapper::captionCharFormat().foreground());
        QVERIFY(caption.charFormat().intProperty(QTextFormat::FontSizeAdjustment) < 0);
    }

    void resourceUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ours");
        QTest::addColumn<QString>("media");
        QTest::newRow("nominal: stored photo") << QStringLiteral("copydesk-media:") + sha('f') << true << sha('f');
        QTest::newRow("nominal: placeholder") << QStringLiteral("copydesk-media:placeholder") << true << QString();
        QTest::newRow("robustness: path tricks are not media")
                << QStringLiteral("copydesk-media:../../etc/passwd") << true << QString();
        QTest::newRow("robustness: upper-case hex is not a stored id")
                << QStringLiteral("copydesk-media:") + sha('F') << true << QString();
        QTest::newRow("robustness: other schemes") << QStringLiteral("https://example.com/") + sha('f') << false << QString();
    }

    void resourceUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ours);
        QFETCH(QString, media);
        QString parsed = QStringLiteral("unchanged");
        QCOMPARE(DocumentFormat::parseImageResourceUrl(QUrl(url), &parsed), ours);
        if (ours)
            QCOMPARE(parsed, media);
    }

    void charFormats_data()
    {
        QTest::addColumn<Block>("block");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("weight");
        QTest::addColumn<bool>("italic");
        QTest::addColumn<QString>("href");
        const QString link = QStringLiteral("https://example.com/");
        const Block body = paragraph(QStringLiteral("普通加粗斜链"),
                                     {mark(Kind::Bold, 2, 2), mark(Kind::Italic, 4, 1), mark(Kind::Link, 5, 1, link)});
        QTest::newRow("nominal: body text") << body << 0 << int(QFont::Normal) << false << QString();
        QTest::newRow("nominal: bold body text") << body << 2 << int(QFont::Bold) << false << QString();
        QTest::newRow("nominal: italic body text") << body << 4 << int(QFont::Normal) << true << QString();
        QTest::newRow("nominal: link") << body << 5 << int(QFont::Normal) << false << link;
        const Block heading = Block::heading(rich(QStringLiteral("标题重点"), {mark(Kind::Bold, 2, 2)}));
        QTest::newRow("nominal: heading text is bold by role") << heading << 0 << int(QFont::Bold) << false << QString();
        QTest::newRow("nominal: a bold mark in a heading is heavier") << heading << 2 << int(QFont::Black) << false
                                                                        << QString();
    }

    void charFormats()
    {
        QFETCH(Block, block);
        QFETCH(int, offset);
        QFETCH(int, weight);
        QFETCH(bool, italic);
        QFETCH(QString, href);
        QTextDocument document;
        DocumentMapper::toDocument({block}, &document);
        QTextCursor cursor(&document);
        cursor.setPosition(offset + 1); // charFormat() is the format of the character before
        const QTextCharFormat format = cursor.charFormat();
        QCOMPARE(format.fontWeight(), weight);
        QCOMPARE(format.fontItalic(), italic);
        QCOMPARE(format.isAnchor(), !href.isEmpty());
        QCOMPARE(format.anchorHref(), href);
    }

    void fromHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QList<Block>>("expected");
        const QString link = QStringLiteral("https://example.com/x?a=1&b=2");
        QTest::newRow("nominal: Word-like paragraph with bold, italic and a link")
                << QStringLiteral("<html><body><p class=MsoNormal><b><span style='font-family:宋体'>加粗</span></b>正文"
                                  "<i>斜体</i><a href=\"https://example.com/x?a=1&amp;b=2\">链接</a></p></body></html>")
                << QList<Block>{paragraph(QStringLiteral("加粗正文斜体链接"),
                                          {mark(Kind::Bold, 0, 2), mark(Kind::Italic, 4, 2), mark(Kind::Link, 6, 2, link)})};
        QTest::newRow("nominal: CSS weights: 600 and bold are bold, 500 is not")
                << QStringLiteral("<p><span style=\"font-weight:600\">半</span><span style=\"font-weight:500\">中</span>"
                                  "<span style=\"font-weight:bold\">粗</span></p>")
                << QList<Block>{paragraph(QStringLiteral("半中粗"), {mark(Kind::Bold, 0, 1), mark(Kind::Bold, 2, 1)})};
        QTest::newRow("nominal: h2 is a level-2 heading without a bold mark")
                << QStringLiteral("<h2>切实加强<b>组织</b>建设</h2><p>正文</p>")
                << QList<Block>{Block::heading(QStringLiteral("切实加强组织建设"), 2), paragraph(QStringLiteral("正文"))};
        QTest::newRow("nominal: h1 and h4 map to the nearest model levels")
                << QStringLiteral("<h1>一</h1><h4>四</h4>")
                << QList<Block>{Block::heading(QStringLiteral("一"), 2), Block::heading(QStringLiteral("四"), 3)};
        QTest::newRow("nominal: ul and ol lists")
                << QStringLiteral("<ul><li>甲</li><li><b>乙</b></li></ul><ol><li>一</li></ol>")
                << QList<Block>{Block::list({rich(QStringLiteral("甲")), rich(QStringLiteral("乙"), {mark(Kind::Bold, 0, 1)})}, false),
                                Block::list({rich(QStringLiteral("一"))}, true)};
        QTest::newRow("nominal: blockquote and br")
                << QStringLiteral("<blockquote>一行<br>二行</blockquote>")
                << QList<Block>{Block::quote(QStringLiteral("一行\n二行"))};
        Block foreign = Block::imagePlaceholder(QString());
        foreign.sourceUrl = QStringLiteral("https://example.com/photo.jpg");
        QTest::newRow("nominal: a pasted picture splits its paragraph and becomes a placeholder")
                << QStringLiteral("<p>前文<img src=\"https://example.com/photo.jpg\" width=\"300\">后文</p>")
                << QList<Block>{paragraph(QStringLiteral("前文")), foreign, paragraph(QStringLiteral("后文"))};
        QTest::newRow("nominal: a photo copied from the editor keeps its media")
                << QStringLiteral("<p><img src=\"copydesk-media:%1\" width=\"400\" height=\"300\"></p>").arg(sha('e'))
                << QList<Block>{Block::image(sha('e'), 400, 300)};
        QTest::newRow("robustness: data URL picture keeps no source")
                << QStringLiteral("<img src=\"data:image/png;base64,AAAA\">") << QList<Block>{Block::imagePlaceholder(QString())};
        QTest::newRow("robustness: bad media id is a placeholder")
                << QStringLiteral("<img src=\"copydesk-media:../x\">") << QList<Block>{Block::imagePlaceholder(QString())};
        QTest::newRow("robustness: table cells and blank paragraphs")
                << QStringLiteral("<p>&nbsp;</p><table><tr><td>格一</td><td>格二</td></tr></table><p>　　</p><p></p>")
                << QList<Block>{paragraph(QStringLiteral("格一")), paragraph(QStringLiteral("格二"))};
        QTest::newRow("robustness: named anchor without href is no link")
                << QStringLiteral("<p><a name=\"top\">顶</a></p>") << QList<Block>{paragraph(QStringLiteral("顶"))};
    }

    void fromHtml()
    {
        QFETCH(QString, html);
        QFETCH(QList<Block>, expected);
        QTextDocument document;
        document.setHtml(html);
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(expected));
    }

    void editing_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QList<Block>>("expected");
        const QString link = QStringLiteral("https://example.com/");
        const Block image = imageWithEverything();
        Block imageNoCaption = image;
        imageNoCaption.caption.clear();
        const QList<Block> withImage{paragraph(QStringLiteral("前文")), image, paragraph(QStringLiteral("后文"))};

        QTest::newRow("nominal: insert text inside a bold word")
                << QList<Block>{paragraph(QStringLiteral("一二三四"), {mark(Kind::Bold, 1, 2)})} << Edit::InsertText
                << QList<Block>{paragraph(QStringLiteral("一二新三四"), {mark(Kind::Bold, 1, 3)})};
        QTest::newRow("nominal: split a paragraph inside a mark")
                << QList<Block>{paragraph(QStringLiteral("一二三四五"), {mark(Kind::Italic, 1, 3)})} << Edit::SplitParagraph
                << QList<Block>{paragraph(QStringLiteral("一二三"), {mark(Kind::Italic, 1, 2)}),
                                paragraph(QStringLiteral("四五"), {mark(Kind::Italic, 0, 1)})};
        QTest::newRow("nominal: make a word bold with a plain format merge")
                << QList<Block>{paragraph(QStringLiteral("一二三四五"))} << Edit::BoldWithPlainMerge
                << QList<Block>{paragraph(QStringLiteral("一二三四五"), {mark(Kind::Bold, 2, 2)})};
        QTest::newRow("nominal: unbold with a plain format merge")
                << QList<Block>{paragraph(QStringLiteral("一二三"), {mark(Kind::Bold, 0, 3)})} << Edit::UnboldWithPlainMerge
                << QList<Block>{paragraph(QStringLiteral("一二三"), {mark(Kind::Bold, 2, 1)})};
        QTest::newRow("nominal: bold inside a heading")
                << QList<Block>{Block::heading(QStringLiteral("标题文字"))} << Edit::BoldInHeading
                << QList<Block>{Block::heading(rich(QStringLiteral("标题文字"), {mark(Kind::Bold, 0, 2)}))};
        QTest::newRow("robustness: a bold mark survives a plain change into a heading")
                << QList<Block>{paragraph(QStringLiteral("一二三"), {mark(Kind::Bold, 1, 1)})} << Edit::PlainHeadingConversion
                << QList<Block>{Block::heading(rich(QStringLiteral("一二三"), {mark(Kind::Bold, 1, 1)}))};
        QTest::newRow("nominal: italic across two paragraphs")
                << QList<Block>{paragraph(QStringLiteral("一二三")), paragraph(QStringLiteral("四五"))} << Edit::ItalicAcrossBlocks
                << QList<Block>{paragraph(QStringLiteral("一二三"), {mark(Kind::Italic, 2, 1)}),
                                paragraph(QStringLiteral("四五"), {mark(Kind::Italic, 0, 1)})};
        QTest::newRow("nominal: link a phrase, then unlink its last character")
                << QList<Block>{paragraph(QStringLiteral("一二三四五"), {mark(Kind::Bold, 0, 5)})} << Edit::LinkThenUnlinkPart
                << QList<Block>{paragraph(QStringLiteral("一二三四五"), {mark(Kind::Bold, 0, 5), mark(Kind::Link, 0, 3, link)})};
        QTest::newRow("nominal: bold switched on before typing")
                << QList<Block>{paragraph(QStringLiteral("一二三"))} << Edit::TypeBeforeTyping
                << QList<Block>{paragraph(QStringLiteral("一二重三"), {mark(Kind::Bold, 2, 1)})};
        QTest::newRow("robustness: text typed after the image goes after its caption")
                << withImage << Edit::TypeAfterImage
                << QList<Block>{paragraph(QStringLiteral("前文")), image, paragraph(QStringLiteral("误输入")),
                                paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: text typed before the image goes before it")
                << withImage << Edit::TypeBeforeImage
                << QList<Block>{paragraph(QStringLiteral("前文")), paragraph(QStringLiteral("误输入")), image,
                                paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: image block deleted, caption left")
                << withImage << Edit::DeleteImageBlock
                << QList<Block>{paragraph(QStringLiteral("前文")), paragraph(image.caption), paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: image deleted into its caption")
                << withImage << Edit::DeleteImageIntoCaption
                << QList<Block>{paragraph(QStringLiteral("前文")), paragraph(image.caption), paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: caption block deleted")
                << withImage << Edit::DeleteCaptionBlock
                << QList<Block>{paragraph(QStringLiteral("前文")), imageNoCaption, paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: Enter after the image duplicates no image and keeps the caption")
                << withImage << Edit::EnterAfterImage << withImage;
        QTest::newRow("robustness: caption split in two")
                << withImage << Edit::SplitCaption
                << QList<Block>{paragraph(QStringLiteral("前文")),
                                [&image] { Block b = image; b.caption = image.caption.left(2); return b; }(),
                                paragraph(image.caption.mid(2)), paragraph(QStringLiteral("后文"))};
        QTest::newRow("robustness: middle item taken out of its list")
                << QList<Block>{Block::list({rich(QStringLiteral("a")), rich(QStringLiteral("b")), rich(QStringLiteral("c"))}, true)}
                << Edit::ItemOutOfList
                << QList<Block>{Block::list({rich(QStringLiteral("a"))}, true), paragraph(QStringLiteral("b")),
                                Block::list({rich(QStringLiteral("c"))}, true)};
    }

    void editing()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(Edit, edit);
        QFETCH(QList<Block>, expected);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        applyEdit(&document, edit);
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(expected));
    }

    void setTextRole_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<int>("role");
        QTest::addColumn<QList<Block>>("expected");
        const QList<TextMark> marks{mark(Kind::Bold, 0, 1), mark(Kind::Italic, 1, 1)};
        QTest::newRow("nominal: paragraph to heading keeps its marks")
                << QList<Block>{paragraph(QStringLiteral("一二三"), marks)} << int(Role::Heading)
                << QList<Block>{Block::heading(rich(QStringLiteral("一二三"), marks))};
        QTest::newRow("nominal: heading to body keeps the heading's weight off")
                << QList<Block>{Block::heading(rich(QStringLiteral("一二三"), marks))} << int(Role::Body)
                << QList<Block>{paragraph(QStringLiteral("一二三"), marks)};
        QTest::newRow("nominal: list item to quote leaves the list")
                << QList<Block>{Block::list({rich(QStringLiteral("甲乙"), marks)}, false)} << int(Role::Quote)
                << QList<Block>{Block::quote(rich(QStringLiteral("甲乙"), marks))};
        QTest::newRow("robustness: an image and its caption are left alone")
                << QList<Block>{imageWithEverything()} << int(Role::Heading) << QList<Block>{imageWithEverything()};
        QTest::newRow("robustness: roles other than text are ignored")
                << QList<Block>{paragraph(QStringLiteral("一"))} << int(Role::Caption)
                << QList<Block>{paragraph(QStringLiteral("一"))};
    }

    void setTextRole()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(int, role);
        QFETCH(QList<Block>, expected);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        QTextCursor cursor(&document);
        cursor.select(QTextCursor::Document);
        DocumentMapper::setTextRole(&cursor, Role(role), 2);
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(expected));
    }

    void modelIndexAt_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<int>("documentBlock");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("index");
        const QList<Block> body{paragraph(QStringLiteral("导语")), Block::heading(QStringLiteral("小标题")),
                                imageWithEverything(),
                                Block::list({rich(QStringLiteral("一")), rich(QStringLiteral("二")), rich(QStringLiteral("三"))}, true),
                                Block::quote(QStringLiteral("引\n语")), paragraph(QStringLiteral("结尾"))};
        QTest::newRow("nominal: first paragraph") << body << 0 << 1 << 0;
        QTest::newRow("nominal: heading") << body << 1 << 0 << 1;
        QTest::newRow("nominal: image") << body << 2 << 0 << 2;
        QTest::newRow("nominal: caption belongs to its image") << body << 3 << 4 << 2;
        QTest::newRow("nominal: first list item") << body << 4 << 0 << 3;
        QTest::newRow("nominal: last list item") << body << 6 << 1 << 3;
        QTest::newRow("nominal: quote after its line break") << body << 7 << 2 << 4;
        QTest::newRow("nominal: last paragraph end") << body << 8 << 2 << 5;
        const QList<Block> blanks{paragraph(QStringLiteral("a")), paragraph(QString()), paragraph(QStringLiteral("b")),
                                  paragraph(QString())};
        QTest::newRow("robustness: a blank line belongs to the next block") << blanks << 1 << 0 << 1;
        QTest::newRow("robustness: a trailing blank line belongs to the last block") << blanks << 3 << 0 << 1;
        QTest::newRow("robustness: position past the end") << body << 8 << 1000 << 5;
        QTest::newRow("robustness: negative position") << body << 0 << -50 << 0;
        QTest::newRow("robustness: empty document") << QList<Block>() << 0 << 0 << -1;
    }

    void modelIndexAt()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(int, documentBlock);
        QFETCH(int, offset);
        QFETCH(int, index);
        QTextDocument document;
        DocumentMapper::toDocument(blocks, &document);
        const int position = blockAt(document, documentBlock).position() + offset;
        QCOMPARE(DocumentMapper::modelIndexAt(&document, position), index);
    }

    void history_data()
    {
        QTest::addColumn<int>("history");
        QTest::addColumn<bool>("undoable");
        QTest::newRow("nominal: loading resets undo and the modified flag") << int(DocumentMapper::History::Reset) << false;
        QTest::newRow("nominal: an undoable replacement is one step") << int(DocumentMapper::History::UndoableStep) << true;
    }

    void history()
    {
        QFETCH(int, history);
        QFETCH(bool, undoable);
        QTextDocument document;
        document.setPlainText(QStringLiteral("旧的"));
        QTextCursor(&document).insertText(QStringLiteral("改过"));
        QVERIFY(document.isUndoAvailable());
        const QImage pixels = test::makePhoto(16, 9);
        const QUrl url = DocumentFormat::imageResourceUrl(sha('a'));
        document.addResource(QTextDocument::ImageResource, url, pixels);

        const QList<Block> blocks{paragraph(QStringLiteral("新")), Block::image(sha('a'), 16, 9)};
        DocumentMapper::toDocument(blocks, &document, 640, DocumentMapper::History(history));
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(blocks));
        QCOMPARE(document.isModified(), undoable);
        QCOMPARE(document.resource(QTextDocument::ImageResource, url).value<QImage>(), pixels);
        QVERIFY(document.isUndoRedoEnabled());
        if (!undoable) {
            QVERIFY(!document.isUndoAvailable());
            return;
        }
        document.undo();
        QCOMPARE(document.toPlainText(), QStringLiteral("改过旧的"));
        document.redo();
        QCOMPARE(describe(DocumentMapper::fromDocument(&document)), describe(blocks));
    }
};

QTEST_MAIN(TstDocumentMapper)
#include "tst_documentmapper.moc"
