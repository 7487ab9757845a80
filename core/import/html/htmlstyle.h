#pragma once

#include <QHash>
#include <QString>

namespace copydesk {

// CSS hints: the declarations of a style attribute and the few values the converter reads.
class HtmlStyle
{
public:
    enum class Tri { Unset, On, Off };

    // The declarations of a style attribute, property names lowercased; the last one of a name wins.
    static QHash<QString, QString> parse(const QString &style);
    static Tri fontWeight(const QString &value);

    // Grey text: a colour with little saturation between dark grey and near white. Unparsed values
    // give Unset.
    static Tri greyColour(const QString &value);

    // A CSS font-size in px; relative sizes scale parentPx (16 when unknown); 0 when unparsed.
    static double fontSizePx(const QString &value, double parentPx);
};

} // namespace copydesk
