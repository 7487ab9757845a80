#include "proof/ahocorasick.h"

#include <algorithm>
#include <deque>

namespace copydesk {

namespace {

quint64 key(int node, char16_t unit)
{
    return (quint64(node) << 16) | unit;
}

} // namespace

int AhoCorasick::child(int node, char16_t unit) const
{
    const auto found = m_edges.find(key(node, unit));
    return found == m_edges.end() ? -1 : found->second;
}

void AhoCorasick::add(QStringView pattern, int value)
{
    if (pattern.isEmpty())
        return;
    int node = 0;
    for (const QChar c : pattern) {
        int next = child(node, c.unicode());
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            m_edges.emplace(key(node, c.unicode()), next);
        }
        node = next;
    }
    if (m_nodes[node].output < 0)
        ++m_patternCount;
    m_nodes[node].output = value;
    m_nodes[node].outputLength = int(pattern.size());
}

// Fail links breadth first: a node's fail is the longest proper suffix of its path that is
// also a path from the root.
void AhoCorasick::build()
{
    std::vector<std::vector<std::pair<char16_t, int>>> children(m_nodes.size());
    for (const auto &[edge, target] : m_edges)
        children[edge >> 16].emplace_back(char16_t(edge & 0xFFFF), target);
    std::deque<int> queue;
    for (const auto &[unit, target] : children[0]) {
        m_nodes[target].fail = 0;
        queue.push_back(target);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (const auto &[unit, target] : children[node]) {
            int fail = m_nodes[node].fail;
            int next = child(fail, unit);
            while (next < 0 && fail != 0) {
                fail = m_nodes[fail].fail;
                next = child(fail, unit);
            }
            m_nodes[target].fail = (next >= 0 && next != target) ? next : 0;
            const Node &failNode = m_nodes[m_nodes[target].fail];
            m_nodes[target].dictionary = failNode.output >= 0 ? m_nodes[target].fail : failNode.dictionary;
            queue.push_back(target);
        }
    }
}

QList<AhoCorasick::Match> AhoCorasick::findAll(QStringView text) const
{
    QList<Match> matches;
    if (m_patternCount == 0)
        return matches;
    int node = 0;
    for (int i = 0; i < int(text.size()); ++i) {
        const char16_t unit = text.at(i).unicode();
        int next = child(node, unit);
        while (next < 0 && node != 0) {
            node = m_nodes[node].fail;
            next = child(node, unit);
        }
        node = next < 0 ? 0 : next;
        for (int out = m_nodes[node].output >= 0 ? node : m_nodes[node].dictionary; out >= 0;
             out = m_nodes[out].dictionary) {
            const Node &hit = m_nodes[out];
            matches.append({i + 1 - hit.outputLength, i + 1, hit.output});
        }
    }
    return matches;
}

QList<AhoCorasick::Match> AhoCorasick::leftmostLongest(QList<Match> matches)
{
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Match> kept;
    int reached = 0;
    for (const Match &match : std::as_const(matches)) {
        if (match.start < reached)
            continue;
        kept.append(match);
        reached = match.end;
    }
    return kept;
}

} // namespace copydesk
