#pragma once

#include "model/article.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace copydesk::bench {

class ArticleGenerator;

// Builds what the GUI benchmark opens: a store with one long article full of camera-size
// photos, a store with many articles, and the long article as Markdown for other editors.
class FixtureBuilder
{
public:
    struct EditingArticle
    {
        Article article; // as stored (id set)
        int characters = 0; // what a reader sees: text, list items and captions
        QStringList photoFiles; // the JPEG files of its photos, in the article's order
    };

    // photoFolder keeps the generated JPEGs between runs.
    FixtureBuilder(const ArticleGenerator &generator, const QString &photoFolder);

    // A new store at path with `others` generated articles and, newest of all, one article of at
    // least `characters` characters with `photos` stored photos spread evenly through its body.
    bool buildEditingStore(const QString &path, int characters, int photos, const QSize &photoSize, int others,
                           EditingArticle *out, QString *error) const;
    // A new store at path with `articles` generated articles.
    bool buildListStore(const QString &path, int articles, QString *error) const;
    // The article as a Markdown file whose images are the photo files (absolute paths).
    static bool writeMarkdown(const EditingArticle &article, const QString &path, QString *error);

private:
    const ArticleGenerator &m_generator;
    QString m_photoFolder;
};

} // namespace copydesk::bench
