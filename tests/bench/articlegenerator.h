#pragma once

#include "model/article.h"

#include <QString>
#include <QStringList>

namespace copydesk::bench {

// Deterministic, realistic Chinese news articles mixed from the sentences, sub-heads and photo
// captions of a sample article: the same index always gives the same article.
class ArticleGenerator
{
public:
    // sampleText is a plain-text article from its title on (as test::sampleArticleText()).
    explicit ArticleGenerator(const QString &sampleText);

    // False when the sample held no usable paragraphs.
    bool isValid() const;

    // A body of about 1.5–3k characters: lead, 2–4 sub-heads with paragraphs, 2–4 photo
    // placeholders with captions, and the usual metadata. Not yet stored (id 0).
    Article article(qint64 index) const;
    // One long article of at least bodyCharacters characters, for autosave timings.
    Article longArticle(int bodyCharacters, quint64 seed) const;

private:
    Article compose(quint64 seed, int bodyCharacters, int sections, int photos) const;

    QStringList m_sentences;
    QStringList m_headings;
    QStringList m_captions;
    QStringList m_titles;
    QString m_source;
    int m_meanSentence = 1;
};

} // namespace copydesk::bench
