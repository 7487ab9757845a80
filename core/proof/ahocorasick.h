#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <unordered_map>
#include <vector>

namespace copydesk {

// Many patterns found in one pass over a text (Aho-Corasick over UTF-16 code units): the
// confusable phrases and the outlet's word lists.
class AhoCorasick
{
public:
    // Adds a pattern with the value reported for it; empty patterns are ignored. Call build()
    // after the last add().
    void add(QStringView pattern, int value);
    void build();
    bool isEmpty() const { return m_patternCount == 0; }

    struct Match
    {
        int start = 0;
        int end = 0;
        int value = 0;
    };
    // Every occurrence of every pattern, overlapping ones included, by end then length (longest
    // first).
    QList<Match> findAll(QStringView text) const;
    // The leftmost, then longest, occurrences that do not overlap.
    static QList<Match> leftmostLongest(QList<Match> matches);

private:
    struct Node
    {
        int fail = 0;
        int output = -1;     // the value of the pattern ending here, -1 for none
        int outputLength = 0;
        int dictionary = -1; // the nearest node down the fail chain with an output
    };
    int child(int node, char16_t unit) const;

    std::vector<Node> m_nodes{Node()};
    std::unordered_map<quint64, int> m_edges; // (node << 16 | unit) -> child
    int m_patternCount = 0;
};

} // namespace copydesk
