#include "proof/proofrule.h"

namespace copydesk {

ProofRule::~ProofRule() = default;

ProofFinding ProofRule::finding(int start, int end, ProofFinding::Severity severity,
                                const QString &message, const std::optional<QString> &suggestion) const
{
    ProofFinding result;
    result.start = start;
    result.end = end;
    result.rule = m_id;
    result.severity = severity;
    result.message = message;
    result.suggestion = suggestion;
    return result;
}

} // namespace copydesk
