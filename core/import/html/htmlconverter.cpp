#include "import/html/htmlconverter.h"

#include "import/html/htmlassembler.h"
#include "import/html/htmlimages.h"
#include "import/html/htmlnesting.h"
#include "import/html/htmlrecognizer.h"
#include "import/html/htmlwalker.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <gumbo.h>

namespace copydesk {

bool HtmlConverter::convert(const QString &html, const Options &options, ImportedArticle *out, QString *error)
{
    const QByteArray bytes = html.toUtf8();
    const int depth = HtmlNesting::depth(bytes);
    if (depth > MaxNesting) {
        if (error)
            *error = HtmlConverter::tr("the HTML nests elements %1 levels deep (at most %2 are read)").arg(depth).arg(MaxNesting);
        return false;
    }
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 0; // recording parse errors costs memory quadratic in the nesting
    GumboOutput *parsed = gumbo_parse_with_options(&gumboOptions, bytes.constData(), size_t(bytes.size()));

    HtmlWalker walker(options);
    walker.run(parsed->document);
    const QString pageTitle = HtmlRecognizer::documentTitle(parsed->document);
    gumbo_destroy_output(&gumboOptions, parsed);

    int grey = 0;
    int chars = 0;
    for (const HtmlPiece &piece : std::as_const(walker.pieces)) {
        grey += piece.greyChars;
        chars += piece.chars;
    }
    HtmlAssembler assembler(options, walker.sizes);
    assembler.setGreyShare(grey, chars);
    QList<Block> blocks = assembler.assemble(walker.pieces);

    ImportedArticle result;
    result.article = Article::create();
    result.warnings = walker.warnings;
    QHash<int, int> rawLevels = assembler.rawLevels();
    if (options.recognizeTitle || options.recognizeMetadata)
        HtmlRecognizer::recognize(&result.article, &blocks, assembler.subtitleStyled(), pageTitle, options, &rawLevels);
    if (!options.paragraphsOnly)
        HtmlRecognizer::applyTextRules(&blocks, options.recognizeTitle, &rawLevels);
    HtmlRecognizer::assignHeadingLevels(&blocks, rawLevels);
    HtmlImages::resolve(&blocks, walker.pending, options, &result);
    result.article.blocks = blocks;
    *out = result;
    return true;
}

QString HtmlConverter::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return utf16.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    const bool validUtf8 = !utf8.hasError();

    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    QString label = match.hasMatch() ? match.captured(1).toLower() : QString();
    if (label.startsWith(QLatin1String("utf-16")) || label == QLatin1String("utf8") || label == QLatin1String("unicode"))
        label = QStringLiteral("utf-8");
    static const QStringList gbLabels = {QStringLiteral("gb2312"), QStringLiteral("gbk"), QStringLiteral("gb_2312-80"),
                                         QStringLiteral("x-gbk"), QStringLiteral("cp936"), QStringLiteral("gb18030"),
                                         QStringLiteral("chinese"), QStringLiteral("csgb2312"), QStringLiteral("iso-ir-58")};
    static const QStringList latinLabels = {QStringLiteral("iso-8859-1"), QStringLiteral("latin1"),
                                            QStringLiteral("us-ascii"), QStringLiteral("ascii"),
                                            QStringLiteral("l1"), QStringLiteral("iso8859-1")};
    if (gbLabels.contains(label))
        label = QStringLiteral("GB18030");
    else if (latinLabels.contains(label))
        label = QStringLiteral("windows-1252");

    const bool multiByteUtf8 = validUtf8 && asUtf8.size() < bytes.size();
    if (label == QLatin1String("utf-8") || (validUtf8 && (label.isEmpty() || multiByteUtf8)))
        return asUtf8;
    if (!label.isEmpty()) {
        QStringDecoder declared(label.toLatin1().constData());
        if (declared.isValid())
            return declared.decode(bytes);
    }
    QStringDecoder gb18030("GB18030");
    return gb18030.isValid() ? gb18030.decode(bytes) : asUtf8;
}

} // namespace copydesk
