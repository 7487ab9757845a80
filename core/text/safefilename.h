#pragma once

#include <QString>

namespace copydesk {

// File and folder names made from article titles that are safe on Windows, macOS and Linux,
// and checks that keep writes inside a chosen folder.
class SafeFileName
{
public:
    // No <>:"/\|?*, control or bidi-override characters; no reserved device names (CON, PRN,
    // AUX, NUL, COM0-9, LPT0-9, also with an extension; these get a leading '_'); no leading or
    // trailing dots or spaces; runs of whitespace become one space; at most maxBytes (at least
    // 8) bytes of UTF-8, cut between user-perceived characters; never empty, "." or ".."
    // (falls back to "article").
    static QString fromTitle(const QString &title, int maxBytes = 100);
    // True when path, with existing symlinks followed and "." / ".." resolved as the system
    // would, is dir or lies below it. False when dir does not exist or path runs through a
    // dangling symlink.
    static bool isInside(const QString &dir, const QString &path);
    // name, or "name (2)", "name (3)"... whichever does not exist in dir yet.
    static QString uniqueChild(const QString &dir, const QString &name);
};

} // namespace copydesk
