#pragma once

#include "core/model/AccountIndex.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QList>
#include <QString>

namespace passerelle {

// One line for the activity log about something the customer ticked or chose.
struct FactNote
{
    QString text;
    qint64 accountId = 0; // 0: about the whole migration

    friend bool operator==(const FactNote &, const FactNote &) = default;
};

// What changed between two versions of the customer's facts, in words for the activity log:
// accounts ready or checked (one line per account, or one line for several at once), the choice
// of who moves the accounts back, the DNS answer. Support requests are left out: they are logged
// with their own answer.
// The accounts are named through `accounts` (the session's index of its snapshot).
QList<FactNote> describeFactChanges(const LocalFacts &before, const LocalFacts &after, const AccountIndex &accounts);
QList<FactNote> describeFactChanges(const LocalFacts &before, const LocalFacts &after,
                                    const MigrationSnapshot &snapshot);

} // namespace passerelle
