#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk {

// A page theme: a folder with theme.json (id, name, description, version, language, labels),
// article.mustache, style.css and optionally print.css (the PDF's page: breaks, photo sizes,
// print fonts); the built-in one lives at ":/themes/default".
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    // Words the page itself shows; site content in the page's language, not UI text.
    struct Labels
    {
        QString source;      // before the 来源 name, e.g. "来源:"
        QString editor;      // before the 责任编辑 name, e.g. "责任编辑:"
        QString placeholder; // inside the box of a photo still to come, e.g. "图片待补"
        QString untitled;    // page title of an article without a title
    };

    static Theme builtin();
    // Fails when theme.json is missing or malformed, lacks an id or name, or the template or
    // stylesheet is missing, too large, not UTF-8 or (template) not valid mustache. Templates
    // may not use partials ({{>...}}) or change delimiters ({{=...=}}). Labels missing from
    // theme.json fall back to the built-in theme's (an English theme's to English words). A
    // label ending in a colon gets the colon of the theme's language (LabelPunctuation).
    static bool load(const QString &dir, Theme *theme, QString *error);
    static QString userThemesDir();
    // The built-in theme first, then the valid user themes by folder name; invalid ones and
    // ones reusing an id already listed are skipped.
    static QList<Theme> available();

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString version() const { return m_version; }
    // The page's BCP 47 language ("zh-CN" unless theme.json says otherwise).
    QString language() const { return m_language; }
    QString directory() const { return m_directory; }
    QString templateText() const { return m_template; }
    QString css() const { return m_css; }
    // The theme's print.css; a theme without one prints with the built-in theme's.
    QString printCss() const { return m_printCss; }
    Labels labels() const { return m_labels; }
    bool isValid() const { return !m_id.isEmpty() && !m_template.isEmpty(); }

private:
    QString m_id;
    QString m_name;
    QString m_description;
    QString m_version;
    QString m_language;
    QString m_directory;
    QString m_template;
    QString m_css;
    QString m_printCss;
    Labels m_labels;
};

} // namespace copydesk
