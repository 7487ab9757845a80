#pragma once

#include <QString>

namespace copydesk {

// One term of an outlet's word list: 禁用词 (forbidden), 慎用词 (use with care) or a 规范表述
// (standard wording), with the form to use instead and a note for the editor.
struct WordListEntry
{
    enum class Kind { Forbidden, Caution, Standard };

    QString term;
    QString preferred;
    QString note;
    Kind kind = Kind::Caution;

    static QString kindName(Kind kind); // "forbidden", "caution", "standard"
    // Accepts the English names and 禁用, 慎用, 规范 (with or without 词/表述).
    static bool kindFromName(const QString &name, Kind *kind);

    friend bool operator==(const WordListEntry &a, const WordListEntry &b)
    {
        return a.term == b.term && a.preferred == b.preferred && a.note == b.note && a.kind == b.kind;
    }
};

} // namespace copydesk
