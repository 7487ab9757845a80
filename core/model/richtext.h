#pragma once

#include "model/textmark.h"

#include <QList>
#include <QString>

namespace copydesk {

// Plain text plus inline marks: the content of paragraphs, headings, quotes and list items.
struct RichText
{
    QString text;
    QList<TextMark> marks;

    RichText() = default;
    RichText(const QString &t) : text(t) {} // NOLINT(google-explicit-constructor)

    bool isEmpty() const { return text.isEmpty(); }
    // Drops empty marks, clamps the rest to the text, merges overlapping or touching marks of the
    // same kind and target, and sorts them by start, then kind.
    void normalize();

    friend bool operator==(const RichText &a, const RichText &b)
    {
        return a.text == b.text && a.marks == b.marks;
    }
    friend bool operator!=(const RichText &a, const RichText &b) { return !(a == b); }
};

} // namespace copydesk
