#include "proof/wordlistfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace copydesk {

bool WordListFile::entryFrom(const QStringList &fields, WordListEntry::Kind kind, WordListEntry *entry)
{
    if (fields.isEmpty() || fields.at(0).trimmed().isEmpty())
        return false;
    entry->term = fields.at(0).trimmed();
    entry->preferred = fields.value(1).trimmed();
    entry->note = fields.value(2).trimmed();
    entry->kind = kind;
    if (fields.size() > 3)
        WordListEntry::kindFromName(fields.at(3), &entry->kind);
    return true;
}

QList<WordListEntry> WordListFile::parseCsv(const QString &text, WordListEntry::Kind kind)
{
    QList<WordListEntry> entries;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool first = true;
    const auto endRow = [&] {
        fields.append(field);
        field.clear();
        const QString head = fields.at(0).trimmed().toLower();
        const bool header = first && (head == QLatin1String("term") || head == u"词语" || head == u"术语");
        WordListEntry entry;
        if (!header && entryFrom(fields, kind, &entry))
            entries.append(entry);
        fields.clear();
        first = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRow();
    return entries;
}

QList<WordListEntry> WordListFile::parseText(const QString &text, WordListEntry::Kind kind)
{
    static const QRegularExpression separator(QStringLiteral("[\\t|]"));
    QList<WordListEntry> entries;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        WordListEntry entry;
        if (entryFrom(line.split(separator), kind, &entry))
            entries.append(entry);
    }
    return entries;
}

bool WordListFile::read(const QString &path, WordListEntry::Kind kind, QList<WordListEntry> *entries,
                        QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail(tr("the file %1 does not exist").arg(path));
    if (file.size() > MaxFileSize)
        return fail(tr("the file %1 is larger than %2 MB").arg(path).arg(MaxFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QList<WordListEntry> read = csv ? parseCsv(text, kind) : parseText(text, kind);
    if (read.isEmpty())
        return fail(tr("%1 holds no terms").arg(path));
    *entries = read;
    return true;
}

} // namespace copydesk
