#pragma once

#include "model/block.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk {

// An article as a value: metadata plus an ordered list of typed blocks.
struct Article
{
    enum class Status { Draft, Review, Approved, Published, Archived };

    qint64 id = 0; // store row id; 0 while not stored
    QString uuid;
    QString title;
    QString subtitle;
    QString byline;
    QString source;  // 来源
    QString section; // 栏目
    QStringList tags;
    Status status = Status::Draft;
    QString editor; // 责任编辑
    QString canonicalUrl;
    QString dateline; // 电头, e.g. 本报讯 or 大祥融媒讯
    QString slug;     // short URL-safe name for the published page
    QDateTime embargo; // UTC; not to be published before; invalid when none
    QDateTime created; // UTC, millisecond precision
    QDateTime updated; // UTC, millisecond precision
    QList<Block> blocks;
    // The store's count of writes to this article when it was read: a save names the state it
    // was based on (Store::saveArticle). Not part of the content: equality and JSON leave it out.
    qint64 version = 0;

    // A fresh draft with a new uuid and created/updated set to now.
    static Article create(const QString &title = {});

    int imageCount() const;
    int imagesMissingCaption() const;
    // Words as Word counts them: each CJK character plus each Latin word, no punctuation.
    int wordCount() const;

    // Tags typed as one line: split at half- or full-width commas, 、 and semicolons; trimmed,
    // empty and repeated tags dropped.
    static QStringList splitTags(const QString &text);

    static QString statusName(Status status);           // "draft", "review", ...
    static QString statusDisplayName(Status status);    // translated: 草稿, 待审, ...
    // Accepts the English names and the Chinese display names.
    static bool statusFromName(const QString &name, Status *status);

    friend bool operator==(const Article &a, const Article &b);
    friend bool operator!=(const Article &a, const Article &b) { return !(a == b); }
};

} // namespace copydesk
