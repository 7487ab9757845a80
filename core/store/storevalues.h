#pragma once

#include "model/article.h"

#include <QString>

namespace copydesk {

class Statement;

// SQL for the next change_seq: every write to a row of articles takes one.
#define COPYDESK_NEXT_CHANGE_SEQ "(SELECT coalesce(max(change_seq), 0) + 1 FROM articles)"

// Small rules shared by the store's parts: how a status, a media id and a path are written and
// read, what "no such article" says, reading a row's article JSON.
class StoreValues
{
public:
    // The stored status names first: statusFromName() also tries translated names, which is
    // slow for a 100k-row list.
    static Article::Status parseStatus(const QString &name);
    static QString normalizedSha(const QString &sha256);
    static QString shown(const QString &path);
    static QString noArticle(qint64 id);
    // Steps a one-row SELECT and reads the article JSON in column into *article. On failure
    // *error gets missing (no row), or stepFailed / unreadable with the reason filled in.
    static bool readJsonRow(Statement *select, int column, Article *article, const QString &missing,
                            const QString &stepFailed, const QString &unreadable, QString *error);
};

} // namespace copydesk
