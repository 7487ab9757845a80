#pragma once

#include "model/article.h"
#include "import/copyrules.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk {

// Collects what the lines around an article's body say (来源, 作者/记者, 责任编辑, the canonical
// URL of a repost notice) in document order: the first source and URL win; editors and byline
// pieces are joined with a space.
class FrameMetadata
{
public:
    // Consumes a line that belongs above or below the body: metadata, disclaimers, furniture,
    // an original-title line or a rule.
    bool takeFrameLine(const QString &line);
    static bool isFrameLine(const QString &line);

    void apply(const QList<CopyRules::MetaField> &fields);
    void setUrl(const QString &url);

    // Sets source, canonicalUrl, editor and byline; without a byline line, the byline is looked
    // for in lead (the first paragraph).
    void applyTo(Article *article, const QString &lead) const;

private:
    QString m_source;
    QString m_canonicalUrl;
    QStringList m_editors;
    QStringList m_bylines;
};

} // namespace copydesk
