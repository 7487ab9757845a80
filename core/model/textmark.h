#pragma once

#include <QString>

namespace copydesk {

// An inline mark over a range of a RichText's characters (UTF-16 code units).
struct TextMark
{
    enum class Kind { Bold, Italic, Link };

    Kind kind = Kind::Bold;
    int start = 0;
    int length = 0;
    QString href; // only for Link

    friend bool operator==(const TextMark &a, const TextMark &b)
    {
        return a.kind == b.kind && a.start == b.start && a.length == b.length && a.href == b.href;
    }
    friend bool operator!=(const TextMark &a, const TextMark &b) { return !(a == b); }
};

} // namespace copydesk
