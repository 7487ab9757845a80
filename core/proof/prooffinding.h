#pragma once

#include <QString>

#include <optional>

namespace copydesk {

// One proofing finding: where (field, block, range), which rule, how serious, what to say and
// what to put instead (none when the rule cannot tell).
struct ProofFinding
{
    enum class Severity { Info, Warning, Error };
    enum class Field { Title, Subtitle, Byline, Source, Body, Caption, Credit };

    Field field = Field::Body;
    int block = -1; // index in Article::blocks; -1 for the article's own fields
    // UTF-16 code units into the field's plain text (Block::plainText() for the body).
    int start = 0;
    int end = 0;
    QString rule;
    Severity severity = Severity::Warning;
    QString message; // translated
    std::optional<QString> suggestion;

    static QString fieldName(Field field);       // "title", "body", "caption", ...
    static QString severityName(Severity severity); // "info", "warning", "error"
    // The code-point offset of the UTF-16 offset units into text.
    static int codePointOffset(const QString &text, int units);
};

} // namespace copydesk
