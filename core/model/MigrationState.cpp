#include "core/model/MigrationState.h"

namespace passerelle {

const AccountState *MigrationSnapshot::account(qint64 accountId) const
{
    for (const AccountState &candidate : accounts) {
        if (candidate.id == accountId)
            return &candidate;
    }
    return nullptr;
}

const AccountState *MigrationSnapshot::accountNamed(const QString &name) const
{
    for (const AccountState &candidate : accounts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace passerelle
