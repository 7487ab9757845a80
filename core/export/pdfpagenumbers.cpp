#include "export/pdfpagenumbers.h"

#include "export/pagenumberfont.h"
#include "export/pdfrewrite.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string>
#include <utility>

namespace copydesk {

namespace {

constexpr double FontSize = 9;

// The label's width in Helvetica: digits 556, space and slash 278 thousandths of the size.
double helveticaWidth(const QByteArray &label)
{
    double advance = 0;
    for (const char c : label)
        advance += (c >= '0' && c <= '9') ? 0.556 : 0.278;
    return advance * FontSize;
}

// The embedded DejaVu Sans subset as a simple TrueType font; standard Helvetica (not embedded)
// only when the font file is missing.
QPDFObjectHandle labelFont(QPDF &document, const PageNumberFont *font)
{
    if (!font) {
        return document.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    }
    QPDFObjectHandle program = document.newStream(font->program.toStdString());
    program.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(font->program.size()));
    QByteArray widths;
    for (const int width : font->widths)
        widths += QByteArray::number(width) + ' ';
    QPDFObjectHandle descriptor = document.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /FontDescriptor /FontName /CDPNUM+DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232]"
        " /ItalicAngle 0 /Ascent " + std::to_string(font->ascent) + " /Descent " + std::to_string(font->descent)
        + " /CapHeight 729 /StemV 80 >>"));
    descriptor.replaceKey("/FontFile2", program);
    QPDFObjectHandle result = document.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /TrueType /BaseFont /CDPNUM+DejaVuSans /FirstChar "
        + std::to_string(PageNumberFont::FirstChar) + " /LastChar " + std::to_string(PageNumberFont::LastChar)
        + " /Widths [" + widths.toStdString() + "] /Encoding /WinAnsiEncoding >>"));
    result.replaceKey("/FontDescriptor", descriptor);
    // Codes are the characters themselves: text extraction and search find the numbers.
    result.replaceKey("/ToUnicode", document.newStream(std::string(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        "1 beginbfrange <20> <39> <0020> endbfrange\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n")));
    return result;
}

} // namespace

bool PdfPageNumbers::stamp(QByteArray *pdf, QString *error)
{
    return PdfRewrite::apply(pdf, error, [](QPDF &document, QString *error) {
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        if (pages.empty()) {
            *error = tr("the PDF has no pages");
            return false;
        }

        static const std::pair<PageNumberFont, QString> loaded = [] {
            PageNumberFont font;
            QString why;
            PageNumberFont::load(PageNumberFont::defaultFile(), &font, &why);
            return std::make_pair(font, why);
        }();
        if (!loaded.second.isEmpty())
            qWarning("Page numbers in Helvetica, not embedded: %s", qUtf8Printable(loaded.second));
        const PageNumberFont *embedded = loaded.second.isEmpty() ? &loaded.first : nullptr;
        const QPDFObjectHandle font = labelFont(document, embedded);
        // The page's own drawing is wrapped in q … Q so that no graphics state it leaves behind
        // moves or hides the number.
        const QPDFObjectHandle save = document.newStream(std::string("q\n"));
        const int total = int(pages.size());
        for (int i = 0; i < total; ++i) {
            QPDFPageObjectHelper &page = pages[size_t(i)];
            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            if (resources.isNull()) {
                resources = QPDFObjectHandle::newDictionary();
                page.getObjectHandle().replaceKey("/Resources", resources);
            }
            if (!resources.isDictionary()) {
                *error = tr("page %1 has resources that are not understood").arg(i + 1);
                return false;
            }
            QPDFObjectHandle fonts = resources.getKey("/Font");
            if (fonts.isNull()) {
                fonts = QPDFObjectHandle::newDictionary();
                resources.replaceKey("/Font", fonts);
            }
            if (!fonts.isDictionary()) {
                *error = tr("page %1 has resources that are not understood").arg(i + 1);
                return false;
            }
            QPDFObjectHandle box = page.getMediaBox();
            if (!box.isRectangle()) {
                *error = tr("page %1 has no page size").arg(i + 1);
                return false;
            }
            // Resources shared by several pages get the font once, under the same name.
            std::string name = "/CdPn";
            if (fonts.hasKey(name) && fonts.getKey(name).getObjGen() != font.getObjGen()) {
                int suffix = 1;
                name = resources.getUniqueResourceName(name, suffix);
            }
            fonts.replaceKey(name, font);

            const QPDFObjectHandle::Rectangle media = box.getArrayAsRectangle();
            const QByteArray label = QByteArray::number(i + 1) + " / " + QByteArray::number(total);
            const double width = embedded ? embedded->width(label, FontSize) : helveticaWidth(label);
            const double x = media.llx + (media.urx - media.llx - width) / 2;
            const QByteArray stream = "Q\nq\nBT\n" + QByteArray::fromStdString(name) + ' '
                                      + QByteArray::number(FontSize) + " Tf\n0.35 g\n1 0 0 1 "
                                      + QByteArray::number(x, 'f', 2) + ' '
                                      + QByteArray::number(media.lly + BaselinePt, 'f', 2) + " Tm\n(" + label
                                      + ") Tj\nET\nQ\n";
            page.addPageContents(save, true);
            page.addPageContents(document.newStream(stream.toStdString()), false);
        }
        return true;
    });
}

} // namespace copydesk
