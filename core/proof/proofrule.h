#pragma once

#include "proof/proofcontext.h"
#include "proof/prooffinding.h"

#include <QList>
#include <QString>

#include <optional>

namespace copydesk {

class ProofText;

// One proofing rule: an id (what --fix and the dock name it by) and a check of one text.
class ProofRule
{
public:
    explicit ProofRule(const QString &id) : m_id(id) {}
    virtual ~ProofRule();
    ProofRule(const ProofRule &) = delete;
    ProofRule &operator=(const ProofRule &) = delete;

    QString id() const { return m_id; }
    // Appends what it finds in text (one field or block) to findings.
    virtual void check(const ProofText &text, const ProofContext &context,
                       QList<ProofFinding> *findings) const = 0;

protected:
    ProofFinding finding(int start, int end, ProofFinding::Severity severity, const QString &message,
                         const std::optional<QString> &suggestion) const;

private:
    QString m_id;
};

} // namespace copydesk
