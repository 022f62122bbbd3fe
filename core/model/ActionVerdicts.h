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
class VerdictCalculator
{
public:
    VerdictCalculator(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QSet<qint64> &inFlight);
    ActionVerdicts verdictsFor(const AccountRecord &account) const;

private:
    MigrationSnapshot m_reduced; // the migration and, at most, the first two busy accounts
    const LocalFacts &m_facts;
    const QSet<qint64> &m_inFlight;
};

} // namespace passerelle
