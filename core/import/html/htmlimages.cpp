#include "import/html/htmlimages.h"

#include "media/imagedecoder.h"
#include "media/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace copydesk {

const QString &HtmlImages::pendingPrefix()
{
    static const QString prefix = QStringLiteral("pending:");
    return prefix;
}

bool HtmlImages::decodeDataUri(const QString &uri, QByteArray *bytes)
{
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return false;
    const QString header = uri.mid(5, comma - 5).toLower();
    if (!header.startsWith(QLatin1String("image/")))
        return false;
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (header.endsWith(QLatin1String(";base64"))) {
        QByteArray compact = payload;
        compact.replace('\n', "").replace('\r', "").replace(' ', "").replace('\t', "");
        const auto result = QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(compact));
        if (!result)
            return false;
        *bytes = result.decoded;
    } else {
        *bytes = QByteArray::fromPercentEncoding(payload);
    }
    return !bytes->isEmpty();
}

QString HtmlImages::webUrl(const QString &src)
{
    QString text = src.trimmed();
    if (text.startsWith(QLatin1String("//")))
        text.prepend(QStringLiteral("https:"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

int HtmlImages::pixelAttribute(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*(px)?\\s*$"));
    const QRegularExpressionMatch match = re.match(value);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString HtmlImages::usefulAlt(const QString &alt)
{
    const QString text = alt.simplified();
    static const QRegularExpression fileLike(
        QStringLiteral("(?:^|[\\\\/:\\s])[^\\\\/:\\s]+\\.(?:jpe?g|png|gif|bmp|webp|tiff?|emf|wmf)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (fileLike.match(text).hasMatch() || text.contains(QLatin1String(":\\")))
        return {};
    return text;
}

bool HtmlImages::isActive(const QString &url)
{
    const QString scheme = url.section(u':', 0, 0).trimmed().toLower();
    return url.contains(u':')
        && (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript")
            || scheme == QLatin1String("livescript") || scheme == QLatin1String("data")
            || scheme == QLatin1String("about") || scheme == QLatin1String("mhtml"));
}

HtmlImages::Pending HtmlImages::readLocal(const QString &path)
{
    Pending image;
    image.fileName = QFileInfo(path).fileName();
    image.sourceUrl = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    const QFileInfo info(path);
    if (!info.isFile()) {
        image.failure = HtmlConverter::tr("the file %1 does not exist").arg(QDir::toNativeSeparators(path));
        return image;
    }
    if (info.size() > ImageDecoder::MaxFileBytes) {
        image.failure = HtmlConverter::tr("the file %1 is too large").arg(QDir::toNativeSeparators(path));
        return image;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        image.failure = HtmlConverter::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return image;
    }
    image.bytes = file.read(ImageDecoder::MaxFileBytes + 1);
    return image;
}

bool HtmlImages::decodePhoto(const QByteArray &bytes, const QString &fileName, DecodedImage *out, QString *error)
{
    QByteArray format;
    QString reason;
    auto fail = [&](const QString &why) {
        *error = fileName.isEmpty() ? why : HtmlConverter::tr("%1: %2").arg(fileName, why);
        return false;
    };
    if (bytes.size() > ImageDecoder::MaxFileBytes)
        return fail(HtmlConverter::tr("the picture is larger than %1 MB").arg(ImageDecoder::MaxFileBytes / (1024 * 1024)));
    if (!ImageDecoder::readHeader(bytes, &out->size, &format, &reason))
        return fail(reason);
    out->bytes = bytes;
    out->sha256 = Sha256::hex(bytes);
    out->format = format;
    out->mime = ImageDecoder::mimeType(format);
    out->fileName = fileName;
    return true;
}

HtmlImages::Decoded HtmlImages::decodePending(const Pending &pending, const HtmlConverter::Options &options)
{
    Decoded result;
    if (!pending.failure.isEmpty()) {
        result.error = pending.failure;
        return result;
    }
    QByteArray bytes = pending.bytes;
    if (!pending.part.isEmpty() && !options.readEmbedded(pending.part, &bytes, &result.error))
        return result;
    result.ok = decodePhoto(bytes, pending.fileName, &result.image, &result.error);
    if (result.ok)
        PhotoMetadata::read(bytes, &result.metadata, nullptr);
    return result;
}

void HtmlImages::resolve(QList<Block> *blocks, const QList<Pending> &pending, const HtmlConverter::Options &options,
                         ImportedArticle *out)
{
    // Only the photos that blocks still show (none for a plain-text paste).
    QList<int> used;
    for (const Block &block : std::as_const(*blocks)) {
        if (block.type == Block::Type::Image && block.media.startsWith(pendingPrefix()))
            used.append(block.media.mid(pendingPrefix().size()).toInt());
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    const std::function<Decoded(const int &)> decode = [&](const int &index) {
        return decodePending(pending.at(index), options);
    };
    const QList<Decoded> decoded = QtConcurrent::blockingMapped<QList<Decoded>>(used, decode);
    QHash<int, Decoded> results;
    for (qsizetype i = 0; i < used.size(); ++i)
        results.insert(used.at(i), decoded.at(i));
    QSet<QString> stored;
    QSet<int> warned;
    QList<Block> resolved;
    for (Block block : std::as_const(*blocks)) {
        if (block.type != Block::Type::Image || !block.media.startsWith(pendingPrefix())) {
            resolved.append(block);
            continue;
        }
        const int index = block.media.mid(pendingPrefix().size()).toInt();
        const Decoded &result = results[index];
        if (!result.ok) {
            block.media.clear();
            block.sourceUrl = pending.at(index).sourceUrl;
            if (!warned.contains(index)) {
                warned.insert(index);
                out->warnings.append(HtmlConverter::tr("A picture was left as a placeholder: %1").arg(result.error));
            }
            resolved.append(block);
            continue;
        }
        const QSize size = result.image.size;
        if (size.width() <= TinyImage && size.height() <= TinyImage && block.caption.isEmpty())
            continue;
        block.media = result.image.sha256;
        block.width = size.width();
        block.height = size.height();
        const PhotoMetadata::Fields filled = result.metadata.fillBlock(&block);
        if (filled)
            out->fromMetadata[block.media] |= filled;
        if (!stored.contains(block.media)) {
            stored.insert(block.media);
            out->media.append(result.image);
        }
        resolved.append(block);
    }
    *blocks = resolved;
}

} // namespace copydesk
