#include "export/pdfdocumentinfo.h"

#include "model/article.h"
#include "text/cleantext.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

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
    // qpdf reports every failure by an exception; none may leave this function.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.setAttemptRecovery(false);
        document.processMemoryFile("PDF", pdf->constData(), size_t(pdf->size()));
        if (document.isEncrypted()) {
            *error = tr("the PDF is encrypted");
            return false;
        }
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

        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.write();
        const std::shared_ptr<Buffer> output = writer.getBufferSharedPointer();
        *pdf = QByteArray(reinterpret_cast<const char *>(output->getBuffer()), qsizetype(output->getSize()));
        return true;
    } catch (const QPDFExc &e) {
        *error = tr("the PDF cannot be read: %1").arg(QString::fromStdString(e.getMessageDetail()));
    } catch (const std::exception &e) {
        *error = tr("the PDF cannot be read: %1").arg(QString::fromStdString(e.what()));
    } catch (...) {
        *error = tr("the PDF cannot be read");
    }
    return false;
}

} // namespace copydesk
