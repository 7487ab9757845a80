#include "text/safefilename.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTextBoundaryFinder>
#include <QUuid>

namespace copydesk {

namespace {

constexpr int MinimumBytes = 8;

bool isForbidden(char32_t c)
{
    switch (c) {
    case '<': case '>': case ':': case '"': case '/': case '\\': case '|': case '?': case '*':
        return true;
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidi overrides and isolates can disguise a name's real ending.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
           || c == 0x200f || c == 0xfeff || (c & 0xfffe) == 0xfffe;
}

QString replaceForbidden(const QString &title)
{
    QString result;
    result.reserve(title.size());
    const qsizetype n = title.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = title.at(i);
        if (c.isHighSurrogate() && i + 1 < n && title.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, title.at(i + 1));
            if (isForbidden(ucs4)) {
                result += QLatin1Char('_');
            } else {
                result += c;
                result += title.at(i + 1);
            }
            ++i;
        } else if (c.isSurrogate()) {
            continue; // a lone surrogate cannot be written to any file system
        } else if (c.isSpace()) {
            result += QLatin1Char(' ');
        } else if (isForbidden(c.unicode())) {
            result += QLatin1Char('_');
        } else {
            result += c;
        }
    }
    return result.simplified();
}

QString trimDotsAndSpaces(const QString &name)
{
    qsizetype start = 0;
    qsizetype end = name.size();
    auto strip = [](QChar c) { return c == QLatin1Char('.') || c.isSpace(); };
    while (start < end && strip(name.at(start)))
        ++start;
    while (end > start && strip(name.at(end - 1)))
        --end;
    return name.mid(start, end - start);
}

// The longest prefix of whole grapheme clusters that fits in maxBytes of UTF-8.
QString truncateUtf8(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, name);
    qsizetype fitting = 0;
    int bytes = 0;
    qsizetype previous = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        bytes += int(name.mid(previous, next - previous).toUtf8().size());
        if (bytes > maxBytes)
            break;
        fitting = next;
        previous = next;
    }
    return name.left(fitting);
}

bool isReserved(const QString &name)
{
    static const QStringList devices{QStringLiteral("CON"), QStringLiteral("PRN"),
                                     QStringLiteral("AUX"), QStringLiteral("NUL"),
                                     QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    if (devices.contains(stem))
        return true;
    if (stem.size() == 4
        && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar digit = stem.at(3);
        // Windows also reserves the superscript digits ¹ ² ³.
        return (digit >= QLatin1Char('0') && digit <= QLatin1Char('9')) || digit == QChar(0xb9)
               || digit == QChar(0xb2) || digit == QChar(0xb3);
    }
    return false;
}

// An absolute path split into its root ("/", "C:/" or "//server/share/") and components.
struct SplitPath
{
    QString root;
    QStringList parts;

    explicit SplitPath(const QString &absolute)
    {
        qsizetype rootEnd = 0;
        if (absolute.startsWith(QLatin1String("//"))) {
            const qsizetype serverEnd = absolute.indexOf(QLatin1Char('/'), 2);
            rootEnd = serverEnd < 0 ? -1 : absolute.indexOf(QLatin1Char('/'), serverEnd + 1);
            if (rootEnd < 0)
                rootEnd = absolute.size();
        } else {
            rootEnd = absolute.indexOf(QLatin1Char('/'));
        }
        root = absolute.left(rootEnd) + QLatin1Char('/');
        parts = absolute.mid(rootEnd + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    }
    QString joined() const { return root + parts.join(QLatin1Char('/')); }
};

// An absolute path with existing components replaced by their canonical form and "." / ".."
// applied in order, as the system would; empty when it runs through a dangling symlink.
QString resolve(const QString &path)
{
    const SplitPath input(QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()));
    SplitPath current(input.root);
    for (const QString &part : input.parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!current.parts.isEmpty())
                current.parts.removeLast();
            continue;
        }
        current.parts.append(part);
        const QFileInfo info(current.joined());
        if (info.exists())
            current = SplitPath(info.canonicalFilePath());
        else if (info.isSymLink())
            return {};
    }
    return current.joined();
}

} // namespace

QString SafeFileName::fromTitle(const QString &title, int maxBytes)
{
    maxBytes = qMax(maxBytes, MinimumBytes);
    QString name = trimDotsAndSpaces(truncateUtf8(trimDotsAndSpaces(replaceForbidden(title)), maxBytes));
    if (isReserved(name))
        name = trimDotsAndSpaces(truncateUtf8(QLatin1Char('_') + name, maxBytes));
    if (name.isEmpty())
        name = QStringLiteral("article");
    return name;
}

bool SafeFileName::isInside(const QString &dir, const QString &path)
{
    if (!QFileInfo(dir).isDir())
        return false;
    const QString base = resolve(dir);
    const QString target = resolve(path);
    if (base.isEmpty() || target.isEmpty())
        return false;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    if (target.compare(base, cs) == 0)
        return true;
    const QString prefix = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
    return target.startsWith(prefix, cs);
}

QString SafeFileName::uniqueChild(const QString &dir, const QString &name)
{
    const QDir folder(dir);
    auto taken = [&folder](const QString &candidate) {
        const QFileInfo info(folder.filePath(candidate));
        return info.exists() || info.isSymLink();
    };
    if (!taken(name))
        return name;
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = name + QStringLiteral(" (%1)").arg(n);
        if (!taken(candidate))
            return candidate;
    }
    return name + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace copydesk
