#include "ui/accounts/ActionVerdicts.h"

#include "core/model/ProcessRules.h"

namespace passerelle::ui {

VerdictCalculator::VerdictCalculator(const MigrationSnapshot &snapshot, const LocalFacts &facts)
    : m_facts(facts)
{
    m_reduced.migration = snapshot.migration;
    // Accounts move one at a time: the others only matter through accountOnTheMove (tests compare
    // every verdict with rules::canAct on the full snapshot).
    if (const AccountState *moving = rules::accountOnTheMove(snapshot))
        m_reduced.accounts.append(*moving);
}

ActionVerdicts VerdictCalculator::verdictsFor(const AccountState &account) const
{
    ActionVerdicts verdicts;
    for (const AccountAction action : kAllActions) {
        const Verdict verdict = rules::canAct(action, account, m_reduced, m_facts);
        verdicts.of(action) = ActionVerdict{verdict.isAllowed(), verdict.reason()};
    }
    return verdicts;
}

} // namespace passerelle::ui
