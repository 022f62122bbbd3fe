#include "core/model/ActionVerdicts.h"

#include "core/model/ProcessRules.h"

namespace passerelle {

const Verdict &ActionVerdicts::of(AccountAction action) const
{
    switch (action) {
    case AccountAction::Test:
        return test;
    case AccountAction::Migrate:
        return migrate;
    case AccountAction::Rollback:
        return rollback;
    case AccountAction::MoveBack:
        return moveBack;
    }
    return test;
}

VerdictCalculator::VerdictCalculator(const MigrationSnapshot &snapshot, const LocalFacts &facts,
                                     const QSet<qint64> &inFlight)
    : m_facts(facts), m_inFlight(inFlight)
{
    m_reduced.migration = snapshot.migration;
    // An account's verdict names the first busy account other than itself: the first two busy
    // accounts, in the snapshot's order, give every account the answer the full snapshot gives.
    if (const AccountRecord *first = rules::busyAccount(snapshot, inFlight)) {
        m_reduced.accounts.append(*first);
        if (const AccountRecord *second = rules::busyAccount(snapshot, inFlight, first->id))
            m_reduced.accounts.append(*second);
    }
}

ActionVerdicts VerdictCalculator::verdictsFor(const AccountRecord &account) const
{
    return {verdictFor(account, AccountAction::Test), verdictFor(account, AccountAction::Migrate),
            verdictFor(account, AccountAction::Rollback), verdictFor(account, AccountAction::MoveBack)};
}

Verdict VerdictCalculator::verdictFor(const AccountRecord &account, AccountAction action) const
{
    return rules::canAct(action, account, m_reduced, m_facts, m_inFlight);
}

} // namespace passerelle
