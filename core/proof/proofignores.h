#pragma once

#include "model/article.h"
#include "proof/prooffinding.h"

#include <QList>
#include <QSet>
#include <QString>

namespace copydesk {

// The findings an editor chose to ignore in one article: a rule and the text it flagged, so an
// ignore holds wherever that text stands in the article and survives edits around it. Kept in
// the store's settings under settingKey(uuid), one "rule<US>text" a line, read by the editor, the
// CLI and the export preflight alike.
class ProofIgnores
{
public:
    static QString settingKey(const QString &articleUuid);
    static ProofIgnores fromSetting(const QString &value);
    QString toSetting() const;

    void add(const QString &rule, const QString &found);
    void clear() { m_keys.clear(); }
    bool contains(const QString &rule, const QString &found) const;
    bool isEmpty() const { return m_keys.isEmpty(); }
    int size() const { return int(m_keys.size()); }

    // The plain text a finding's offsets count in (the field, or its block's text or caption or
    // credit), and the part of it the finding covers.
    static QString fieldText(const Article &article, const ProofFinding &finding);
    static QString foundText(const Article &article, const ProofFinding &finding);
    // The findings of article that are not ignored.
    QList<ProofFinding> filter(const Article &article, const QList<ProofFinding> &findings) const;

private:
    static QString key(const QString &rule, const QString &found);

    QSet<QString> m_keys;
};

} // namespace copydesk
