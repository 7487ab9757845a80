#pragma once

#include <QIcon>
#include <QPalette>

namespace copydesk {

// The window's look (colour scheme and UI font size): read from and written to QSettings,
// applied to the whole application at once.
class Appearance
{
public:
    enum class Scheme { System, Light, Dark };

    Scheme scheme = Scheme::System;
    int fontSize = 0; // points; 0: the system's size

    static Appearance load();
    void save() const;
    // Light and Dark use Fusion with Copydesk's palette; System returns to the platform's palette
    // and to the style and font the application had before the first apply().
    void apply() const;

    // Whether a palette is dark (its window darker than its text): how "System" is told apart,
    // and how the preview chooses its colours.
    static bool isDark(const QPalette &palette);
    // One of the program's own icons (resources/icons/NAME.svg).
    static QIcon icon(const char *name);
    static QPalette darkPalette();
    static QPalette lightPalette();

    static constexpr int MinFontSize = 8;
    static constexpr int MaxFontSize = 24;

    friend bool operator==(const Appearance &a, const Appearance &b)
    {
        return a.scheme == b.scheme && a.fontSize == b.fontSize;
    }
    friend bool operator!=(const Appearance &a, const Appearance &b) { return !(a == b); }
};

} // namespace copydesk
