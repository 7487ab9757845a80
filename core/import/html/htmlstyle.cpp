#include "import/html/htmlstyle.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace copydesk {

QHash<QString, QString> HtmlStyle::parse(const QString &style)
{
    QHash<QString, QString> out;
    QString current;
    QChar quote;
    int parens = 0;
    auto take = [&]() {
        const qsizetype colon = current.indexOf(u':');
        if (colon > 0) {
            QString value = current.mid(colon + 1).trimmed();
            const qsizetype bang = value.lastIndexOf(u'!');
            if (bang >= 0 && value.mid(bang + 1).trimmed().compare(QLatin1String("important"), Qt::CaseInsensitive) == 0)
                value = value.left(bang).trimmed();
            out.insert(current.left(colon).trimmed().toLower(), value);
        }
        current.clear();
    };
    for (const QChar c : style) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            parens = std::max(0, parens - 1);
        } else if (c == u';' && parens == 0) {
            take();
            continue;
        }
        current.append(c);
    }
    take();
    return out;
}

HtmlStyle::Tri HtmlStyle::fontWeight(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("bold") || v == QLatin1String("bolder"))
        return Tri::On;
    if (v == QLatin1String("normal") || v == QLatin1String("lighter"))
        return Tri::Off;
    bool ok = false;
    const int weight = v.toInt(&ok);
    return !ok ? Tri::Unset : weight >= 600 ? Tri::On : Tri::Off;
}

HtmlStyle::Tri HtmlStyle::greyColour(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QStringList greys = {QStringLiteral("gray"),      QStringLiteral("grey"),
                                      QStringLiteral("darkgray"),  QStringLiteral("darkgrey"),
                                      QStringLiteral("silver"),    QStringLiteral("lightgray"),
                                      QStringLiteral("lightgrey"), QStringLiteral("dimgray"),
                                      QStringLiteral("dimgrey"),   QStringLiteral("slategray"),
                                      QStringLiteral("slategrey"), QStringLiteral("lightslategray")};
    if (greys.contains(v))
        return Tri::On;
    int rgb[3] = {-1, -1, -1};
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3}|[0-9a-f]{6})$"));
    static const QRegularExpression func(QStringLiteral("^rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})"));
    QRegularExpressionMatch match = hex.match(v);
    if (match.hasMatch()) {
        QString digits = match.captured(1);
        if (digits.size() == 3)
            digits = QString(digits.at(0)) + digits.at(0) + digits.at(1) + digits.at(1) + digits.at(2) + digits.at(2);
        for (int k = 0; k < 3; ++k)
            rgb[k] = digits.mid(k * 2, 2).toInt(nullptr, 16);
    } else if ((match = func.match(v)).hasMatch()) {
        for (int k = 0; k < 3; ++k)
            rgb[k] = std::min(255, match.captured(k + 1).toInt());
    } else {
        return v.isEmpty() ? Tri::Unset : Tri::Off;
    }
    const int high = std::max({rgb[0], rgb[1], rgb[2]});
    const int low = std::min({rgb[0], rgb[1], rgb[2]});
    const int mean = (rgb[0] + rgb[1] + rgb[2]) / 3;
    return high - low <= 30 && mean >= 0x70 && mean <= 0xE0 ? Tri::On : Tri::Off;
}

double HtmlStyle::fontSizePx(const QString &value, double parentPx)
{
    const double parent = parentPx > 0 ? parentPx : 16.0;
    const QString v = value.trimmed().toLower();
    static const QHash<QString, double> keywords = {
        {QStringLiteral("xx-small"), 9},  {QStringLiteral("x-small"), 10}, {QStringLiteral("small"), 13},
        {QStringLiteral("medium"), 16},   {QStringLiteral("large"), 18},   {QStringLiteral("x-large"), 24},
        {QStringLiteral("xx-large"), 32}, {QStringLiteral("xxx-large"), 48}};
    if (keywords.contains(v))
        return keywords.value(v);
    if (v == QLatin1String("smaller"))
        return parent / 1.2;
    if (v == QLatin1String("larger"))
        return parent * 1.2;
    static const QRegularExpression re(QStringLiteral("^([0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%|pc|mm|cm|in)$"));
    const QRegularExpressionMatch match = re.match(v);
    if (!match.hasMatch())
        return 0;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("px"))
        return number;
    if (unit == QLatin1String("pt"))
        return number * 4 / 3;
    if (unit == QLatin1String("em"))
        return number * parent;
    if (unit == QLatin1String("rem"))
        return number * 16;
    if (unit == QLatin1String("%"))
        return number * parent / 100;
    if (unit == QLatin1String("pc"))
        return number * 16;
    if (unit == QLatin1String("mm"))
        return number * 96 / 25.4;
    if (unit == QLatin1String("cm"))
        return number * 96 / 2.54;
    return number * 96;
}

} // namespace copydesk
