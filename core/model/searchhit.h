#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace copydesk {

// One full-text search result: the article, an excerpt around the matches, and its relevance.
struct SearchHit
{
    qint64 id = 0;
    QString title;
    // Plain text from the field that matched best (body first), "…" where it was cut.
    QString snippet;
    // The matches inside snippet: (start, length) in UTF-16 code units, ascending, disjoint.
    QList<QPair<int, int>> highlights;
    // BM25 relevance (title weighs most); higher is more relevant.
    double rank = 0;

    // The snippet with each match wrapped in open/close.
    QString markedSnippet(const QString &open, const QString &close) const
    {
        QString result;
        int at = 0;
        for (const auto &highlight : highlights) {
            result += snippet.mid(at, highlight.first - at) + open
                + snippet.mid(highlight.first, highlight.second) + close;
            at = highlight.first + highlight.second;
        }
        return result + snippet.mid(at);
    }
};

} // namespace copydesk
