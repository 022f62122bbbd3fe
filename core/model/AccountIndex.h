#pragma once

#include "core/model/AccountRecord.h"

#include <QHash>

namespace passerelle {

// The accounts of one list by id, built once in linear time, so that looking accounts up inside a
// loop over accounts keeps the loop linear (MigrationSnapshot::account is a search). Holds a
// reference: the list must outlive the index and stay unchanged.
class AccountIndex
{
public:
    explicit AccountIndex(const AccountList &accounts);

    // The first account with this id, as MigrationSnapshot::account answers; null if none.
    const AccountRecord *find(qint64 accountId) const;
    // Where that account is in the list; -1 if none.
    qsizetype position(qint64 accountId) const { return m_positions.value(accountId, -1); }
    // The accounts of `ids` the list holds, in the order of `ids`.
    AccountList pick(const QList<qint64> &ids) const;

private:
    const AccountList &m_accounts;
    QHash<qint64, qsizetype> m_positions;
};

} // namespace passerelle
