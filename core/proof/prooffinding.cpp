#include "proof/prooffinding.h"

namespace copydesk {

QString ProofFinding::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Subtitle:
        return QStringLiteral("subtitle");
    case Field::Byline:
        return QStringLiteral("byline");
    case Field::Source:
        return QStringLiteral("source");
    case Field::Body:
        return QStringLiteral("body");
    case Field::Caption:
        return QStringLiteral("caption");
    case Field::Credit:
        return QStringLiteral("credit");
    }
    return QString();
}

QString ProofFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

int ProofFinding::codePointOffset(const QString &text, int units)
{
    int points = 0;
    for (int i = 0; i < units && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

} // namespace copydesk
