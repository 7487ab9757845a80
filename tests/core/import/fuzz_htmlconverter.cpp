// The one HTML converter: clipboard paste (first byte's bit 4 clear) or an .html file decoded from
// its bytes, read in a folder with one picture inside it and one beside it. Bits 0-3 set the
// options.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/html/htmlconverter.h"

#include <QDir>

#include <cstdint>

using namespace copydesk;

namespace {

// <temp>/doc/inside.png may be read, <temp>/outside.png must not.
QString documentDir()
{
    static const QString dir = []() -> QString {
        QDir(FuzzEnvironment::tempDir()).mkdir(QStringLiteral("doc"));
        FuzzEnvironment::writeFile(QStringLiteral("doc/inside.png"), FuzzEnvironment::tinyPng());
        FuzzEnvironment::writeFile(QStringLiteral("outside.png"), FuzzEnvironment::tinyPng());
        return FuzzEnvironment::tempDir() + QStringLiteral("/doc");
    }();
    return dir;
}

// Whether every '<' of the input opens a tag and no text can spell one: no character
// references, attribute values, comments, CDATA or raw-text elements.
bool cannotSpellMarkup(const QString &html)
{
    if (html.contains(QLatin1Char('&')) || html.contains(QLatin1Char('=')) || html.contains(QLatin1String("<!")))
        return false;
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0; i = html.indexOf(QLatin1Char('<'), i + 1)) {
        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        if (!(next.isLetter() && next.unicode() < 0x80) && next != QLatin1Char('/'))
            return false;
    }
    static const char *const rawText[] = {"title", "textarea", "xmp", "plaintext", "script", "style",
                                          "noscript", "noembed", "noframes", "iframe", "template"};
    for (const char *name : rawText) {
        if (html.contains(QLatin1String(name), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    HtmlConverter::Options options;
    options.recognizeTitle = (mode & 1) != 0;
    options.recognizeMetadata = (mode & 2) != 0;
    options.paragraphsOnly = (mode & 4) != 0;
    options.imageTitleAsCaption = (mode & 8) != 0;
    QString html;
    if (mode & 16) {
        html = HtmlConverter::decode(bytes);
        options.baseDir = documentDir();
    } else {
        html = QString::fromUtf8(bytes);
        options.readLocalFiles = false; // a paste reads file: URLs anywhere; the fuzzer must not
    }
    ImportedArticle out;
    QString error;
    if (!HtmlConverter::convert(html, options, &out, &error))
        return 0;
    FuzzInvariants::checkAll(out);
    for (const DecodedImage &image : out.media) {
        if (image.fileName == QLatin1String("outside.png"))
            FuzzInvariants::fail("a picture read from outside the document's folder");
    }
    if (cannotSpellMarkup(html))
        FuzzInvariants::checkNoMarkup(out.article);
    return 0;
}
