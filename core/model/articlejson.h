#pragma once

#include "model/article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace copydesk {

// The versioned article interchange format (JSON); toJson → fromJson round-trips exactly.
class ArticleJson
{
    Q_DECLARE_TR_FUNCTIONS(ArticleJson)

public:
    static constexpr int FormatVersion = 1;

    static QJsonObject toJsonObject(const Article &article);
    static QByteArray toJson(const Article &article, bool indented = true);
    // toJson(article, false) in two parts, compactBlocks(article) + compactFields(article): a
    // save that changes only the article's own fields (its time) serialises the blocks once.
    static QByteArray compactBlocks(const Article &article);
    static QByteArray compactFields(const Article &article);

    // Fails with a readable error on malformed JSON, unknown block types or a newer version.
    static bool fromJsonObject(const QJsonObject &object, Article *article, QString *error);
    static bool fromJson(const QByteArray &json, Article *article, QString *error);
};

} // namespace copydesk
