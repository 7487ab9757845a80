#include "proof/confusablerule.h"

#include "proof/prooftext.h"

#include <QFile>

namespace copydesk {

ConfusableRule::ConfusableRule() : ProofRule(QStringLiteral("confusable")) {}

const QList<QPair<QString, QString>> &ConfusableRule::entries()
{
    static const QList<QPair<QString, QString>> list = [] {
        QList<QPair<QString, QString>> read;
        QFile file(QStringLiteral(":/proof/confusables.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return read;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() >= 2 && !fields.at(0).trimmed().isEmpty())
                read.append({fields.at(0).trimmed(), fields.at(1).trimmed()});
        }
        return read;
    }();
    return list;
}

const AhoCorasick &ConfusableRule::automaton()
{
    static const AhoCorasick built = [] {
        AhoCorasick automaton;
        const auto &list = entries();
        for (qsizetype i = 0; i < list.size(); ++i)
            automaton.add(list.at(i).first, int(i));
        automaton.build();
        return automaton;
    }();
    return built;
}

void ConfusableRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    const auto &list = entries();
    const QList<AhoCorasick::Match> matches = AhoCorasick::leftmostLongest(automaton().findAll(text.text()));
    for (const AhoCorasick::Match &match : matches) {
        const QString &right = list.at(match.value).second;
        findings->append(finding(match.start, match.end, ProofFinding::Severity::Error,
                                 tr("“%1” is usually a slip for “%2”.").arg(list.at(match.value).first, right),
                                 right));
    }
}

} // namespace copydesk
