#pragma once

#include "model/wordlistentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk {

// An outlet's word list as a file: CSV (term,preferred,note[,kind], an optional header row) or
// text (one term a line, its fields split by tabs or |, # starts a comment).
class WordListFile
{
    Q_DECLARE_TR_FUNCTIONS(WordListFile)

public:
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // A .csv file as CSV, anything else as text; UTF-8 with or without BOM. Fails on a missing,
    // unreadable, too large or empty file, or one without a single term.
    static bool read(const QString &path, WordListEntry::Kind kind, QList<WordListEntry> *entries,
                     QString *error);
    static QList<WordListEntry> parseCsv(const QString &text, WordListEntry::Kind kind);
    static QList<WordListEntry> parseText(const QString &text, WordListEntry::Kind kind);

private:
    static bool entryFrom(const QStringList &fields, WordListEntry::Kind kind, WordListEntry *entry);
};

} // namespace copydesk
