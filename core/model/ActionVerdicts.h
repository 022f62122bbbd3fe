#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Verdict.h"

#include <QSet>

namespace passerelle {

// The rules' answer for each of the four actions of one account.
struct ActionVerdicts
{
    Verdict test;
    Verdict migrate;
    Verdict rollback;
    Verdict moveBack;

    const Verdict &of(AccountAction action) const;

    friend bool operator==(const ActionVerdicts &, const ActionVerdicts &) = default;
};

// rules::canAct for every action of every account of one snapshot, in time linear in the number
// of accounts: the rules look at the other accounts only to find the ones that keep everybody
// waiting, so those are found once (the wizard's table and the CLI's status ask here).
// Two calculators that compare equal give every account the same verdicts: an account that did
// not change between two snapshots keeps its verdicts then (the facts and the in-flight set are
// implicitly shared copies, so keeping them costs nothing).
class VerdictCalculator
{
public:
    VerdictCalculator(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QSet<qint64> &inFlight);
    ActionVerdicts verdictsFor(const AccountRecord &account) const;
    // One action's verdict, as verdictsFor(account).of(action) gives it.
    Verdict verdictFor(const AccountRecord &account, AccountAction action) const;

    friend bool operator==(const VerdictCalculator &, const VerdictCalculator &) = default;

private:
    MigrationSnapshot m_reduced; // the migration and, at most, the first two busy accounts
    LocalFacts m_facts;
    QSet<qint64> m_inFlight;
};

} // namespace passerelle
