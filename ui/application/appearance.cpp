#include "application/appearance.h"

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace copydesk {

namespace {

const QString SchemeKey = QStringLiteral("appearance/scheme");
const QString FontSizeKey = QStringLiteral("appearance/fontSize");

const QString SchemeNames[] = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

const QColor Accent(0xb9, 0x1c, 0x1c);

// What the platform gave the application, kept to return to on "System".
struct SystemLook
{
    QString style;
    QFont font;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::font()};
    return look;
}

} // namespace

Appearance Appearance::load()
{
    const QSettings settings;
    Appearance appearance;
    const QString scheme = settings.value(SchemeKey).toString();
    for (int i = 0; i < 3; ++i) {
        if (scheme == SchemeNames[i])
            appearance.scheme = Scheme(i);
    }
    const int size = settings.value(FontSizeKey).toInt();
    if (size >= MinFontSize && size <= MaxFontSize)
        appearance.fontSize = size;
    return appearance;
}

void Appearance::save() const
{
    QSettings settings;
    settings.setValue(SchemeKey, SchemeNames[int(scheme)]);
    settings.setValue(FontSizeKey, fontSize);
}

void Appearance::apply() const
{
    const SystemLook &system = systemLook();
    const QString style = scheme == Scheme::System ? system.style : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    switch (scheme) {
    case Scheme::System:
        QApplication::setPalette(QPalette()); // no role set: every one follows the platform, live
        break;
    case Scheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = system.font;
    if (fontSize > 0)
        font.setPointSize(fontSize);
    QApplication::setFont(font);
}

QIcon Appearance::icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Highlight, Accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x8b));
    return p;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x26, 0x28, 0x2b), base(0x1e, 0x1f, 0x22), button(0x30, 0x32, 0x36);
    const QColor text(0xe6, 0xe6, 0xe6), disabled(0x7a, 0x7d, 0x82);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2e, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0xc5, 0x3a, 0x3a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::HighlightedText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

} // namespace copydesk
