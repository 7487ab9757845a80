#include "render/theme.h"

#include "environment/appenvironment.h"
#include "text/labelpunctuation.h"

#include <mustache.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <exception>

namespace copydesk {

namespace {

constexpr qint64 MaxTemplateBytes = 1024 * 1024;
constexpr qint64 MaxStylesheetBytes = 1024 * 1024;
constexpr qint64 MaxManifestBytes = 64 * 1024;

bool readUtf8File(const QString &path, qint64 maxBytes, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Theme::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        *error = Theme::tr("%1 is too large (more than %2 KiB).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(maxBytes / 1024);
        return false;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = Theme::tr("%1 is too large (more than %2 KiB).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(maxBytes / 1024);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = Theme::tr("%1 is not valid UTF-8 text.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    *text = decoded;
    return true;
}

bool checkTemplate(const QString &text, const QString &path, QString *error)
{
    // Partials would look data values up as templates, and changed delimiters would hide them.
    static const QRegularExpression forbidden(QStringLiteral("\\{\\{\\s*[>=]"));
    if (forbidden.match(text).hasMatch()) {
        *error = Theme::tr("%1 uses partials or changes delimiters, which themes may not do.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    try {
        const kainjow::mustache::mustache parsed(text.toStdString());
        if (!parsed.is_valid()) {
            *error = Theme::tr("%1 is not a valid template: %2")
                         .arg(QDir::toNativeSeparators(path),
                              QString::fromStdString(parsed.error_message()));
            return false;
        }
    } catch (const std::exception &e) {
        *error = Theme::tr("%1 is not a valid template: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
        return false;
    } catch (...) {
        *error = Theme::tr("%1 is not a valid template.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString labelOr(const QJsonObject &labels, const char *key, const QString &fallback)
{
    const QJsonValue value = labels.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

} // namespace

Theme Theme::builtin()
{
    static const Theme theme = [] {
        Theme loaded;
        QString error;
        if (!load(QStringLiteral(":/themes/default"), &loaded, &error))
            qWarning("The built-in theme is broken: %s", qUtf8Printable(error));
        return loaded;
    }();
    return theme;
}

bool Theme::load(const QString &dir, Theme *theme, QString *error)
{
    const QDir folder(dir);
    const QString manifestPath = folder.filePath(QStringLiteral("theme.json"));
    QString manifestText;
    if (!readUtf8File(manifestPath, MaxManifestBytes, &manifestText, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestText.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !manifest.isObject()) {
        *error = Theme::tr("%1 is not a JSON object: %2")
                     .arg(QDir::toNativeSeparators(manifestPath),
                          parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : Theme::tr("the top level is not an object"));
        return false;
    }
    const QJsonObject object = manifest.object();

    Theme result;
    result.m_id = object.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!idPattern.match(result.m_id).hasMatch()) {
        *error = Theme::tr("%1 needs an \"id\" of 1 to 64 letters, digits, '.', '_' or '-'.")
                     .arg(QDir::toNativeSeparators(manifestPath));
        return false;
    }
    result.m_name = object.value(QLatin1String("name")).toString().trimmed();
    if (result.m_name.isEmpty()) {
        *error = Theme::tr("%1 needs a \"name\".").arg(QDir::toNativeSeparators(manifestPath));
        return false;
    }
    result.m_description = object.value(QLatin1String("description")).toString();
    result.m_version = object.value(QLatin1String("version")).toString();
    result.m_directory = dir;

    const QString templatePath = folder.filePath(QStringLiteral("article.mustache"));
    if (!readUtf8File(templatePath, MaxTemplateBytes, &result.m_template, error))
        return false;
    if (result.m_template.trimmed().isEmpty()) {
        *error = Theme::tr("%1 is empty.").arg(QDir::toNativeSeparators(templatePath));
        return false;
    }
    if (!checkTemplate(result.m_template, templatePath, error))
        return false;
    if (!readUtf8File(folder.filePath(QStringLiteral("style.css")), MaxStylesheetBytes,
                      &result.m_css, error))
        return false;

    const QString printPath = folder.filePath(QStringLiteral("print.css"));
    if (QFileInfo::exists(printPath)) {
        if (!readUtf8File(printPath, MaxStylesheetBytes, &result.m_printCss, error))
            return false;
    } else if (dir != QLatin1String(":/themes/default")) {
        result.m_printCss = builtin().printCss();
    }

    result.m_language = object.value(QLatin1String("language")).toString().trimmed();
    static const QRegularExpression languagePattern(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!languagePattern.match(result.m_language).hasMatch())
        result.m_language = QStringLiteral("zh-CN");
    const bool chinese = LabelPunctuation::isChinese(result.m_language);

    const bool isBuiltin = dir == QLatin1String(":/themes/default");
    // Page words of a theme in another language, when its theme.json leaves them out.
    const Labels english{QStringLiteral("Source: "), QStringLiteral("Editor: "), QStringLiteral("Photo to come"),
                         QStringLiteral("Untitled")};
    const Labels fallback = isBuiltin ? Labels() : chinese ? builtin().labels() : english;
    const QJsonObject labels = object.value(QLatin1String("labels")).toObject();
    result.m_labels.source = labelOr(labels, "source", fallback.source);
    result.m_labels.editor = labelOr(labels, "editor", fallback.editor);
    result.m_labels.placeholder = labelOr(labels, "placeholder", fallback.placeholder);
    result.m_labels.untitled = labelOr(labels, "untitled", fallback.untitled);
    result.m_labels.source = LabelPunctuation::label(result.m_labels.source, result.m_language);
    result.m_labels.editor = LabelPunctuation::label(result.m_labels.editor, result.m_language);

    *theme = result;
    return true;
}

QString Theme::userThemesDir()
{
    return AppEnvironment::dataDir()
           + QStringLiteral("/themes");
}

QList<Theme> Theme::available()
{
    QList<Theme> themes;
    const Theme standard = builtin();
    if (standard.isValid())
        themes.append(standard);
    const QDir dir(userThemesDir());
    const QStringList names =
        dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QString &name : names) {
        Theme theme;
        QString error;
        if (!load(dir.filePath(name), &theme, &error)) {
            qInfo("Skipping theme %s: %s", qUtf8Printable(name), qUtf8Printable(error));
            continue;
        }
        const bool taken = std::any_of(themes.cbegin(), themes.cend(),
                                       [&](const Theme &t) { return t.id() == theme.id(); });
        if (!taken)
            themes.append(theme);
    }
    return themes;
}

} // namespace copydesk
