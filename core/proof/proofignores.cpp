#include "proof/proofignores.h"

#include <QStringList>

#include <algorithm>

namespace copydesk {

namespace {

constexpr char16_t UnitSeparator = u'\x1F';

} // namespace

QString ProofIgnores::settingKey(const QString &articleUuid)
{
    return QStringLiteral("proof/ignored/") + articleUuid;
}

ProofIgnores ProofIgnores::fromSetting(const QString &value)
{
    ProofIgnores ignores;
    for (const QString &line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(QChar(UnitSeparator)))
            ignores.m_keys.insert(line);
    }
    return ignores;
}

QString ProofIgnores::toSetting() const
{
    QStringList lines(m_keys.cbegin(), m_keys.cend());
    std::sort(lines.begin(), lines.end());
    return lines.join(QLatin1Char('\n'));
}

QString ProofIgnores::key(const QString &rule, const QString &found)
{
    // A line a key; a flagged text never holds a line break (each field is checked line by line).
    QString text = found;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return rule + QChar(UnitSeparator) + text;
}

void ProofIgnores::add(const QString &rule, const QString &found)
{
    m_keys.insert(key(rule, found));
}

bool ProofIgnores::contains(const QString &rule, const QString &found) const
{
    return m_keys.contains(key(rule, found));
}

QString ProofIgnores::fieldText(const Article &article, const ProofFinding &finding)
{
    const Block *block = finding.block >= 0 && finding.block < article.blocks.size()
        ? &article.blocks.at(finding.block) : nullptr;
    switch (finding.field) {
    case ProofFinding::Field::Title:
        return article.title;
    case ProofFinding::Field::Subtitle:
        return article.subtitle;
    case ProofFinding::Field::Byline:
        return article.byline;
    case ProofFinding::Field::Source:
        return article.source;
    case ProofFinding::Field::Body:
        return block ? block->plainText() : QString();
    case ProofFinding::Field::Caption:
        return block ? block->caption : QString();
    case ProofFinding::Field::Credit:
        return block ? block->credit : QString();
    }
    return QString();
}

QString ProofIgnores::foundText(const Article &article, const ProofFinding &finding)
{
    return fieldText(article, finding).mid(finding.start, finding.end - finding.start);
}

QList<ProofFinding> ProofIgnores::filter(const Article &article, const QList<ProofFinding> &findings) const
{
    if (m_keys.isEmpty())
        return findings;
    QList<ProofFinding> kept;
    for (const ProofFinding &finding : findings) {
        if (!contains(finding.rule, foundText(article, finding)))
            kept.append(finding);
    }
    return kept;
}

} // namespace copydesk
