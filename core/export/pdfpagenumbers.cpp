#include "export/pdfpagenumbers.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace copydesk {

namespace {

constexpr int MaxPages = 100000;

struct Reader
{
    const QByteArray &pdf;

    // The offset of "N 0 obj" at a line start, or -1.
    qsizetype objectOffset(int number) const
    {
        const QByteArray needle = QByteArray::number(number) + " 0 obj";
        qsizetype from = 0;
        while ((from = pdf.indexOf(needle, from)) >= 0) {
            if (from == 0 || pdf.at(from - 1) == '\n' || pdf.at(from - 1) == '\r')
                return from;
            from += needle.size();
        }
        return -1;
    }

    // The dictionary "<< ... >>" starting at or after offset (balanced), or empty.
    QByteArray dictionaryAt(qsizetype offset, qsizetype *start = nullptr) const
    {
        const qsizetype open = pdf.indexOf("<<", offset);
        if (open < 0)
            return {};
        int depth = 0;
        for (qsizetype i = open; i + 1 < pdf.size(); ++i) {
            const char c = pdf.at(i);
            if (c == '(') { // skip literal strings, which may hold << or >>
                int nesting = 0;
                for (; i < pdf.size(); ++i) {
                    if (pdf.at(i) == '\\') { ++i; continue; }
                    if (pdf.at(i) == '(') ++nesting;
                    if (pdf.at(i) == ')' && --nesting == 0) break;
                }
                continue;
            }
            if (c == '<' && pdf.at(i + 1) == '<') {
                ++depth;
                ++i;
            } else if (c == '>' && pdf.at(i + 1) == '>') {
                ++i;
                if (--depth == 0) {
                    if (start)
                        *start = open;
                    return pdf.mid(open, i + 1 - open);
                }
            }
        }
        return {};
    }

    QByteArray objectDictionary(int number) const
    {
        const qsizetype offset = objectOffset(number);
        if (offset < 0)
            return {};
        const qsizetype endObj = pdf.indexOf("endobj", offset);
        qsizetype start = -1;
        const QByteArray dict = dictionaryAt(offset, &start);
        return start >= 0 && (endObj < 0 || start < endObj) ? dict : QByteArray();
    }
};

// The value of /Key in a dictionary's top level: a reference "N 0 R", a name, a number, an
// array or a dictionary, as raw text; *at its offset in dict.
QByteArray valueOf(const QByteArray &dict, const QByteArray &key, qsizetype *at = nullptr, qsizetype *length = nullptr)
{
    int depth = 0;
    for (qsizetype i = 0; i + 1 < dict.size(); ++i) {
        const char c = dict.at(i);
        if (c == '<' && dict.at(i + 1) == '<') { ++depth; ++i; continue; }
        if (c == '>' && dict.at(i + 1) == '>') { --depth; ++i; continue; }
        if (c == '[') { ++depth; continue; }
        if (c == ']') { --depth; continue; }
        if (depth != 1 || c != '/' || dict.mid(i + 1, key.size()) != key)
            continue;
        const qsizetype after = i + 1 + key.size();
        if (after < dict.size() && (QChar::fromLatin1(dict.at(after)).isLetterOrNumber()))
            continue; // a longer key
        qsizetype v = after;
        while (v < dict.size() && (dict.at(v) == ' ' || dict.at(v) == '\n' || dict.at(v) == '\r'))
            ++v;
        qsizetype end = v;
        if (dict.mid(v, 2) == "<<") {
            int d = 0;
            for (; end + 1 < dict.size(); ++end) {
                if (dict.at(end) == '<' && dict.at(end + 1) == '<') { ++d; ++end; }
                else if (dict.at(end) == '>' && dict.at(end + 1) == '>') { ++end; if (--d == 0) { ++end; break; } }
            }
        } else if (dict.at(v) == '[') {
            end = dict.indexOf(']', v) + 1;
        } else {
            static const QRegularExpression simple(QStringLiteral("^(\\d+\\s+\\d+\\s+R|/[^\\s/<>\\[\\]()]+|[-+.\\d]+)"));
            const QRegularExpressionMatch m = simple.match(QString::fromLatin1(dict.mid(v, 64)));
            if (!m.hasMatch())
                return {};
            end = v + m.capturedLength();
        }
        if (end <= v)
            return {};
        if (at)
            *at = i;
        if (length)
            *length = end - i;
        return dict.mid(v, end - v);
    }
    return {};
}

int referenceNumber(const QByteArray &value)
{
    static const QRegularExpression reference(QStringLiteral("^(\\d+)\\s+0\\s+R$"));
    const QRegularExpressionMatch m = reference.match(QString::fromLatin1(value.trimmed()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QList<int> references(const QByteArray &array)
{
    QList<int> numbers;
    static const QRegularExpression reference(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto it = reference.globalMatch(QString::fromLatin1(array));
    while (it.hasNext())
        numbers << it.next().captured(1).toInt();
    return numbers;
}

// Replaces (or adds) /Key in a dictionary's top level.
QByteArray withValue(const QByteArray &dict, const QByteArray &key, const QByteArray &value)
{
    qsizetype at = -1, length = 0;
    if (!valueOf(dict, key, &at, &length).isEmpty())
        return dict.left(at) + '/' + key + ' ' + value + dict.mid(at + length);
    return dict.left(2) + '/' + key + ' ' + value + '\n' + dict.mid(2);
}

// Resources with /CdPn added to its /Font dictionary; empty when the font dictionary is indirect.
QByteArray resourcesWithFont(const QByteArray &resources, int fontObject)
{
    const QByteArray entry = "/CdPn " + QByteArray::number(fontObject) + " 0 R";
    const QByteArray fonts = valueOf(resources, "Font");
    if (fonts.isEmpty())
        return withValue(resources, "Font", "<<" + entry + ">>");
    if (!fonts.startsWith("<<"))
        return {};
    return withValue(resources, "Font", "<<" + entry + ' ' + fonts.mid(2));
}

} // namespace

bool PdfPageNumbers::stamp(QByteArray *pdf, QString *error)
{
    const Reader reader{*pdf};
    const qsizetype startxref = pdf->lastIndexOf("startxref");
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref) {
        *error = tr("the PDF has no classic cross-reference table");
        return false;
    }
    const QByteArray trailer = reader.dictionaryAt(trailerAt);
    bool ok = false;
    const qint64 previous = pdf->mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    const int size = valueOf(trailer, "Size").toInt();
    const int root = referenceNumber(valueOf(trailer, "Root"));
    if (!ok || size <= 0 || root <= 0 || valueOf(trailer, "Encrypt").size() > 0) {
        *error = tr("the PDF's trailer is not understood");
        return false;
    }

    // Pages in document order, through the page tree.
    QList<int> pages;
    QList<int> stack{referenceNumber(valueOf(reader.objectDictionary(root), "Pages"))};
    QHash<int, QByteArray> dictionaries;
    QSet<int> visited;
    while (!stack.isEmpty()) {
        const int number = stack.takeFirst();
        const QByteArray dict = number > 0 && !visited.contains(number) ? reader.objectDictionary(number) : QByteArray();
        visited.insert(number);
        if (dict.isEmpty() || visited.size() > MaxPages) {
            *error = tr("the PDF's page tree is not understood");
            return false;
        }
        const QByteArray type = valueOf(dict, "Type");
        if (type == "/Pages") {
            stack = references(valueOf(dict, "Kids")) + stack;
        } else if (type == "/Page") {
            pages << number;
            dictionaries.insert(number, dict);
        } else {
            *error = tr("the PDF's page tree is not understood");
            return false;
        }
    }
    if (pages.isEmpty()) {
        *error = tr("the PDF has no pages");
        return false;
    }

    int next = size;
    const int fontObject = next++;
    const int saveObject = next++;
    QList<QPair<int, QByteArray>> objects;
    objects.append({fontObject, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>"});
    const QByteArray save = "q\n";
    objects.append({saveObject, "<</Length " + QByteArray::number(save.size()) + ">>\nstream\n" + save + "\nendstream"});
    QHash<int, bool> rewrittenResources;
    const int total = int(pages.size());
    for (int i = 0; i < total; ++i) {
        QByteArray dict = dictionaries.value(pages.at(i));
        const QByteArray contents = valueOf(dict, "Contents");
        QList<int> streams = contents.startsWith('[') ? references(contents) : QList<int>{referenceNumber(contents)};
        if (streams.contains(0) || streams.isEmpty()) {
            *error = tr("page %1 has contents that are not understood").arg(i + 1);
            return false;
        }
        const QByteArray resources = valueOf(dict, "Resources");
        if (resources.startsWith("<<")) {
            const QByteArray updated = resourcesWithFont(resources, fontObject);
            if (updated.isEmpty()) {
                *error = tr("page %1 has resources that are not understood").arg(i + 1);
                return false;
            }
            dict = withValue(dict, "Resources", updated);
        } else if (const int number = referenceNumber(resources); number > 0) {
            if (!rewrittenResources.contains(number)) {
                const QByteArray updated = resourcesWithFont(reader.objectDictionary(number), fontObject);
                if (updated.isEmpty()) {
                    *error = tr("page %1 has resources that are not understood").arg(i + 1);
                    return false;
                }
                objects.append({number, updated});
                rewrittenResources.insert(number, true);
            }
        } else {
            *error = tr("page %1 has no resources of its own").arg(i + 1);
            return false;
        }
        double width = 595.28;
        const QList<QByteArray> box = valueOf(dict, "MediaBox").mid(1).chopped(1).simplified().split(' ');
        if (box.size() == 4)
            width = box.at(2).toDouble() - box.at(0).toDouble();
        const QByteArray label = QByteArray::number(i + 1) + " / " + QByteArray::number(total);
        // Helvetica: digits 556, space and slash 278 thousandths of the size.
        double advance = 0;
        for (const char c : label)
            advance += (c >= '0' && c <= '9') ? 0.556 : 0.278;
        const double fontSize = 9;
        const double x = (width - advance * fontSize) / 2 + (box.size() == 4 ? box.at(0).toDouble() : 0);
        const QByteArray stream = "Q\nq\nBT\n/CdPn " + QByteArray::number(fontSize) + " Tf\n0.35 g\n1 0 0 1 "
                                  + QByteArray::number(x, 'f', 2) + ' ' + QByteArray::number(BaselinePt, 'f', 2)
                                  + " Tm\n(" + label + ") Tj\nET\nQ\n";
        const int streamObject = next++;
        objects.append({streamObject, "<</Length " + QByteArray::number(stream.size()) + ">>\nstream\n" + stream + "\nendstream"});
        QByteArray array = "[" + QByteArray::number(saveObject) + " 0 R";
        for (const int s : std::as_const(streams))
            array += ' ' + QByteArray::number(s) + " 0 R";
        array += ' ' + QByteArray::number(streamObject) + " 0 R]";
        objects.append({pages.at(i), withValue(dict, "Contents", array)});
    }

    QByteArray update = "\n";
    QList<QPair<int, qsizetype>> offsets;
    for (const auto &object : std::as_const(objects)) {
        offsets.append({object.first, pdf->size() + update.size()});
        update += QByteArray::number(object.first) + " 0 obj\n" + object.second + "\nendobj\n";
    }
    const qsizetype xref = pdf->size() + update.size();
    update += "xref\n";
    std::sort(offsets.begin(), offsets.end());
    for (const auto &offset : std::as_const(offsets)) {
        update += QByteArray::number(offset.first) + " 1\n"
                  + QByteArray::number(offset.second).rightJustified(10, '0') + " 00000 n \n";
    }
    QByteArray newTrailer = "<</Size " + QByteArray::number(next) + " /Root " + QByteArray::number(root) + " 0 R";
    const QByteArray info = valueOf(trailer, "Info");
    if (!info.isEmpty())
        newTrailer += " /Info " + info;
    const QByteArray id = valueOf(trailer, "ID");
    if (!id.isEmpty())
        newTrailer += " /ID " + id;
    newTrailer += " /Prev " + QByteArray::number(previous) + ">>";
    update += "trailer\n" + newTrailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace copydesk
