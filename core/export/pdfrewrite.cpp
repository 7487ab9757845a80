#include "export/pdfrewrite.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace copydesk {

bool PdfRewrite::apply(QByteArray *pdf, QString *error, const Edit &edit)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.setAttemptRecovery(false);
        document.processMemoryFile("PDF", pdf->constData(), size_t(pdf->size()));
        if (document.isEncrypted()) {
            *error = tr("the PDF is encrypted");
            return false;
        }
        if (!edit(document, error))
            return false;
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
