#include "core/model/MigrationSnapshot.h"

namespace passerelle {

const AccountRecord *MigrationSnapshot::account(qint64 accountId) const
{
    for (const AccountRecord &candidate : accounts) {
        if (candidate.id == accountId)
            return &candidate;
    }
    return nullptr;
}

const AccountRecord *MigrationSnapshot::accountNamed(const QString &name) const
{
    for (const AccountRecord &candidate : accounts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace passerelle
