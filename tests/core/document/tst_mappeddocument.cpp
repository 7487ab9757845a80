#include "document/documentmapper.h"
#include "document/mappeddocument.h"
#include "document/textdocumentwriter.h"
#include "model/articlejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace copydesk;
using DocumentFormat::Role;

namespace {

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

QString sha(int n)
{
    return QStringLiteral("%1").arg(n % 16, 64, 16, QLatin1Char('0')).replace(QLatin1Char(' '), QLatin1Char('0'));
}

RichText rich(const QString &text)
{
    return RichText(text);
}

// An article of n blocks of every kind: paragraphs (some with marks), sub-heads, quotes, lists,
// photos with and without captions.
QList<Block> article(int n, QRandomGenerator *random)
{
    QList<Block> blocks;
    for (int i = 0; i < n; ++i) {
        const QString text = QStringLiteral("第%1段，大祥区妇联开展宣传活动。Word %1").arg(i);
        switch (random->bounded(8)) {
        case 0:
            blocks.append(Block::heading(rich(text), 2 + random->bounded(2)));
            break;
        case 1:
            blocks.append(Block::quote(rich(text)));
            break;
        case 2:
            blocks.append(Block::list({rich(text), rich(text + QStringLiteral("二"))}, random->bounded(2) == 0));
            break;
        case 3: {
            Block image = Block::image(sha(i), 4000, 3000, random->bounded(2) ? text : QString(),
                                       QStringLiteral("摄影:李明"), QStringLiteral("alt"));
            if (random->bounded(3) == 0)
                image.sourceUrl = QStringLiteral("https://example.com/%1.jpg").arg(i);
            blocks.append(image);
            break;
        }
        default: {
            RichText r(text);
            if (random->bounded(2)) {
                TextMark bold;
                bold.kind = TextMark::Kind::Bold;
                bold.start = 1;
                bold.length = 3;
                r.marks.append(bold);
            }
            if (random->bounded(3) == 0) {
                TextMark link;
                link.kind = TextMark::Kind::Link;
                link.start = 4;
                link.length = 4;
                link.href = QStringLiteral("https://example.com/");
                r.marks.append(link);
            }
            blocks.append(Block::paragraph(r));
        }
        }
    }
    return blocks;
}

int randomPosition(const QTextDocument &document, QRandomGenerator *random)
{
    return random->bounded(document.characterCount()); // 0 … characterCount() - 1
}

void select(QTextCursor *cursor, const QTextDocument &document, QRandomGenerator *random, int maxLength)
{
    const int from = randomPosition(document, random);
    const int to = qMin(document.characterCount() - 1, from + random->bounded(maxLength + 1));
    cursor->setPosition(from);
    cursor->setPosition(to, QTextCursor::KeepAnchor);
}

// One random edit of the kinds an editor makes; some are several changes in one edit block.
// Returns its kind, for the failure message.
int randomEdit(QTextDocument *document, QRandomGenerator *random, int imageWidth)
{
    QTextCursor cursor(document);
    const QStringList words{QStringLiteral("新"), QStringLiteral("字词"), QStringLiteral("abc"),
                            QString(QChar(0x2028)), QStringLiteral(" ")};
    const int kind = random->bounded(16);
    switch (kind) {
    case 0:
    case 1:
    case 2: // typing
        cursor.setPosition(randomPosition(*document, random));
        cursor.insertText(words.at(random->bounded(int(words.size()))));
        break;
    case 3: // typing with a mark on
        cursor.setPosition(randomPosition(*document, random));
        cursor.insertText(QStringLiteral("粗"),
                          DocumentMapper::markedCharFormat(Role::Body, 2, true, random->bounded(2), QString()));
        break;
    case 4: // Enter
        cursor.setPosition(randomPosition(*document, random));
        cursor.insertBlock();
        break;
    case 5: // Backspace / Delete over a selection, possibly across blocks and photos
        select(&cursor, *document, random, random->bounded(4) ? 3 : 60);
        cursor.removeSelectedText();
        break;
    case 6:
        select(&cursor, *document, random, 20);
        DocumentMapper::setMark(&cursor, TextMark::Kind(random->bounded(3)), random->bounded(2),
                                QStringLiteral("https://example.org/"));
        break;
    case 7: {
        select(&cursor, *document, random, 40);
        const Role roles[] = {Role::Body, Role::Heading, Role::Quote};
        DocumentMapper::setTextRole(&cursor, roles[random->bounded(3)], 2 + random->bounded(2));
        break;
    }
    case 8: // a list made, re-styled, or an item taken out
        select(&cursor, *document, random, 30);
        if (QTextList *list = cursor.currentList()) {
            if (random->bounded(2))
                list->setFormat(DocumentMapper::listFormat(list->format().style() != QTextListFormat::ListDecimal));
            else
                list->remove(cursor.block());
        } else {
            cursor.createList(DocumentMapper::listFormat(random->bounded(2)));
        }
        break;
    case 9: { // photos inserted as the editor does
        cursor.setPosition(randomPosition(*document, random));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.beginEditBlock();
        cursor.insertBlock();
        TextDocumentWriter::write({Block::image(sha(random->bounded(16)), 800, 600, QStringLiteral("新图"))},
                                  &cursor, imageWidth);
        cursor.endEditBlock();
        break;
    }
    case 10: { // a photo's fields changed in place
        QTextBlock block = document->findBlock(randomPosition(*document, random));
        for (int i = 0; i < 40 && block.isValid() && !DocumentFormat::isImageBlock(block); ++i)
            block = block.next();
        if (!block.isValid())
            break;
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(DocumentFormat::ImageCredit, QStringLiteral("新华社 %1").arg(random->bounded(100)));
        QTextCursor(block).setBlockFormat(format);
        break;
    }
    case 11:
        document->undo();
        break;
    case 12:
        document->redo();
        break;
    case 13: { // several edits as one step
        cursor.beginEditBlock();
        for (int i = 0; i < 3; ++i) {
            select(&cursor, *document, random, 5);
            cursor.insertText(words.at(random->bounded(int(words.size()))));
            if (random->bounded(2))
                cursor.insertBlock();
        }
        cursor.endEditBlock();
        break;
    }
    case 14: // the whole body replaced as an undoable step (restore, move photo), rarely
        if (random->bounded(8) == 0)
            DocumentMapper::toDocument(DocumentMapper::fromDocument(document).mid(random->bounded(3)), document,
                                       imageWidth, DocumentMapper::History::UndoableStep);
        break;
    case 15: // a blank line or a line separator at a block's start
        cursor.setPosition(document->findBlock(randomPosition(*document, random)).position());
        cursor.insertText(random->bounded(2) ? QStringLiteral("  ") : QString(QChar(0x2028)));
        break;
    }
    return kind;
}

} // namespace

class TstMappedDocument : public QObject
{
    Q_OBJECT

private slots:
    void matchesFullReading_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("blocks");
        QTest::addColumn<int>("edits");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("nominal: seed %u, random edits", seed) << seed << int(2 + seed % 20) << 60;
        QTest::newRow("robustness: empty document") << quint32(1001) << 0 << 80;
        QTest::newRow("robustness: long edit run") << quint32(1002) << 30 << 600;
    }

    // After every random edit the kept reading equals a full reading, block for block, and so do
    // the model indices of a few positions.
    void matchesFullReading()
    {
        QFETCH(quint32, seed);
        QFETCH(int, blocks);
        QFETCH(int, edits);
        QRandomGenerator random(seed);
        QTextDocument document;
        DocumentMapper::toDocument(article(blocks, &random), &document);
        MappedDocument mapped(&document);
        QList<int> kinds; // of the edits since the last comparison
        for (int i = 0; i < edits; ++i) {
            kinds.append(randomEdit(&document, &random, 640));
            if (random.bounded(3) == 0)
                continue; // several edits between syncs too
            const QString expected = describe(DocumentMapper::fromDocument(&document));
            const QString actual = describe(mapped.blocks());
            QStringList kindNames;
            for (const int kind : std::as_const(kinds))
                kindNames.append(QString::number(kind));
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("edit %1 of seed %2 (kinds %3):\nexpected %4\nactual   %5")
                                         .arg(i).arg(seed).arg(kindNames.join(QLatin1Char(',')), expected, actual)));
            kinds.clear();
            for (int probe = 0; probe < 3; ++probe) {
                const int position = randomPosition(document, &random);
                QCOMPARE(mapped.modelIndexAt(position), DocumentMapper::modelIndexAt(&document, position));
            }
        }
    }

    void followsReplacedContent_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("nominal: setPlainText") << 0;
        QTest::newRow("nominal: toDocument with reset history") << 1;
        QTest::newRow("nominal: clear") << 2;
        QTest::newRow("nominal: setHtml") << 3;
    }

    void followsReplacedContent()
    {
        QFETCH(int, how);
        QRandomGenerator random(7);
        QTextDocument document;
        DocumentMapper::toDocument(article(20, &random), &document);
        MappedDocument mapped(&document);
        QVERIFY(!mapped.blocks().isEmpty());
        switch (how) {
        case 0:
            document.setPlainText(QStringLiteral("一\n二\n三"));
            break;
        case 1:
            DocumentMapper::toDocument(article(5, &random), &document);
            break;
        case 2:
            document.clear();
            break;
        case 3:
            document.setHtml(QStringLiteral("<h2>标题</h2><p>一<b>二</b></p><ul><li>甲</li><li>乙</li></ul>"));
            break;
        }
        QCOMPARE(describe(mapped.blocks()), describe(DocumentMapper::fromDocument(&document)));
    }

    // The point of it: typing into a long article reads one document block again, not all.
    void readsOnlyTheEditedBlock()
    {
        QRandomGenerator random(11);
        QTextDocument document;
        DocumentMapper::toDocument(article(800, &random), &document);
        MappedDocument mapped(&document);
        mapped.blocks();
        QCOMPARE(mapped.lastReadCount(), document.blockCount());

        QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("新"));
        QCOMPARE(describe(mapped.blocks()), describe(DocumentMapper::fromDocument(&document)));
        QCOMPARE(mapped.lastReadCount(), 1);

        cursor.insertBlock(); // the new, empty block
        QCOMPARE(describe(mapped.blocks()), describe(DocumentMapper::fromDocument(&document)));
        QCOMPARE(mapped.lastReadCount(), 1);

        QTextCursor bold(document.findBlockByNumber(3));
        bold.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        DocumentMapper::setMark(&bold, TextMark::Kind::Bold, true);
        QCOMPARE(describe(mapped.blocks()), describe(DocumentMapper::fromDocument(&document)));
        QCOMPARE(mapped.lastReadCount(), 1);

        mapped.blocks(); // nothing changed since: no walk at all
        QCOMPARE(mapped.lastReadCount(), 1);
        QCOMPARE(mapped.modelIndexAt(cursor.position()), DocumentMapper::modelIndexAt(&document, cursor.position()));
    }
};

QTEST_MAIN(TstMappedDocument)
#include "tst_mappeddocument.moc"
