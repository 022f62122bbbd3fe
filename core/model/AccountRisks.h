#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle {

// What is still wrong with an account once it has moved (docs/process.md, step 5): its sites
// answer broken, or the pre-check found a database the new infrastructure does not offer. The
// reinstall closes rollback for good, so these accounts are named wherever it is asked for.
namespace risks {

// An account's last site check: how many of its addresses answered broken, out of how many.
struct SitesTally
{
    qsizetype broken = 0;
    qsizetype total = 0;
};

struct AccountRisk
{
    qint64 accountId = 0;
    QString account;
    QStringList problems; // in words: "2 of 2 site addresses broken"
};

// The accounts with a problem, in the accounts' order; empty when none.
QList<AccountRisk> find(const AccountList &accounts, const QHash<qint64, SitesTally> &sites,
                        const QList<DatabaseInfo> &inventory);
// "acme-legacy: 2 of 2 site addresses broken; not offered by the new infrastructure: docs (MongoDB)"
QString line(const AccountRisk &risk);
QStringList lines(const QList<AccountRisk> &risks);
// The warning of the reinstall confirmation; empty when no account has a problem.
QString reinstallWarning(const QList<AccountRisk> &risks);
// Asked before such an account is ticked "checked": the tick is an explicit override.
QString tickQuestion(const AccountRisk &risk);
// Step 8 while a moved account still has a problem: what is left to the customer.
QString leftToDo(const QList<AccountRisk> &risks);

} // namespace risks
} // namespace passerelle
