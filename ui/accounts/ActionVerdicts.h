#pragma once

#include "core/model/AccountState.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationState.h"

#include <QMetaType>
#include <QString>

#include <array>

namespace passerelle::ui {

// core's answer for one action, in a copyable form a model role can carry.
struct ActionVerdict
{
    bool allowed = false;
    QString reason; // empty when allowed

    friend bool operator==(const ActionVerdict &, const ActionVerdict &) = default;
};

// The four per-account actions, in the order the actions column shows them.
inline constexpr std::array<AccountAction, 4> kAllActions = {AccountAction::Test, AccountAction::Migrate,
                                                            AccountAction::Rollback, AccountAction::MoveBack};

struct ActionVerdicts
{
    std::array<ActionVerdict, 4> byAction; // indexed like kAllActions

    const ActionVerdict &of(AccountAction action) const { return byAction[static_cast<size_t>(action)]; }
    ActionVerdict &of(AccountAction action) { return byAction[static_cast<size_t>(action)]; }

    friend bool operator==(const ActionVerdicts &, const ActionVerdicts &) = default;
};

// Computes rules::canAct for every action of every account without rescanning all accounts for
// each one (the rules only look at the other accounts to find the one on the move).
class VerdictCalculator
{
public:
    VerdictCalculator(const MigrationSnapshot &snapshot, const LocalFacts &facts);
    ActionVerdicts verdictsFor(const AccountState &account) const;

private:
    MigrationSnapshot m_reduced; // the migration plus, at most, the account on the move
    const LocalFacts &m_facts;
};

} // namespace passerelle::ui

Q_DECLARE_METATYPE(passerelle::ui::ActionVerdicts)
