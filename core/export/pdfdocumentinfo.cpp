#include "export/pdfdocumentinfo.h"

#include "export/pdfrewrite.h"
#include "model/article.h"
#include "text/cleantext.h"

#include <qpdf/QPDF.hh>

namespace copydesk {

namespace {

// The lead's first sentence, at most 200 characters.
QString firstSentence(const Article &article)
{
    for (const Block &block : article.blocks) {
        if (block.type != Block::Type::Paragraph)
            continue;
        const QString text = CleanText::line(block.text.text);
        if (text.isEmpty())
            continue;
        qsizetype end = text.size();
        for (const QChar stop : {QChar(0x3002), QChar(0xFF01), QChar(0xFF1F), QChar(u'.')}) {
            const qsizetype at = text.indexOf(stop);
            if (at >= 0 && at + 1 < end)
                end = at + 1;
        }
        return text.left(qMin<qsizetype>(end, 200));
    }
    return {};
}

} // namespace

PdfDocumentInfo PdfDocumentInfo::of(const Article &article)
{
    PdfDocumentInfo info;
    info.title = CleanText::line(article.title);
    info.author = CleanText::line(article.byline);
    info.subject = CleanText::line(article.subtitle).isEmpty() ? firstSentence(article) : CleanText::line(article.subtitle);
    QStringList tags;
    for (const QString &tag : article.tags) {
        if (!CleanText::line(tag).isEmpty())
            tags << CleanText::line(tag);
    }
    info.keywords = tags.join(QStringLiteral(", "));
    info.creator = QStringLiteral("Copydesk ") + QStringLiteral(COPYDESK_VERSION);
    return info;
}

bool PdfDocumentInfo::apply(QByteArray *pdf, QString *error) const
{
    return PdfRewrite::apply(pdf, error, [this](QPDF &document, QString *) {
        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        const auto set = [&info](const char *key, const QString &value) {
            if (!value.isEmpty())
                info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value.toStdString()));
        };
        set("/Title", title);
        set("/Author", author);
        set("/Subject", subject);
        set("/Keywords", keywords);
        set("/Creator", creator);
        // Chromium names itself as the producer; that stays true.
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle old = trailer.getKey("/Info");
        if (old.isDictionary() && old.hasKey("/Producer"))
            info.replaceKey("/Producer", old.getKey("/Producer"));
        trailer.replaceKey("/Info", document.makeIndirectObject(info));
        return true;
    });
}

} // namespace copydesk
