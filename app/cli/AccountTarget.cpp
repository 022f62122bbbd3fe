#include "app/cli/AccountTarget.h"

#include <QCoreApplication>

namespace passerelle::cli {

Expected<const AccountRecord *, QString> findTarget(const MigrationSnapshot &snapshot, const QString &target)
{
    const AccountRecord *named = snapshot.accountNamed(target);
    bool isNumber = false;
    const qint64 id = target.toLongLong(&isNumber);
    const AccountRecord *numbered = isNumber ? snapshot.account(id) : nullptr;
    if (named && numbered && named != numbered)
        return QCoreApplication::translate(
                   "passerelle::cli::AccountTarget",
                   "'%1' is the name of one account (id %2) and the id of another (%3): name the "
                   "account you mean by its other name or id.")
            .arg(target)
            .arg(named->id)
            .arg(numbered->name);
    if (const AccountRecord *account = named ? named : numbered)
        return Expected<const AccountRecord *, QString>(account);
    return QCoreApplication::translate("passerelle::cli::AccountTarget", "No account '%1' in this migration.")
        .arg(target);
}

} // namespace passerelle::cli
