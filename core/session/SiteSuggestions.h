#pragma once

#include "core/model/AccountRisks.h"

#include <QList>
#include <QString>

namespace passerelle {

class MigrationSession;

// What step 5 offers from the site checks (docs/process.md, step 5), in the accounts' order.
// Accounts whose sites are broken while their rollback is still open: a rollback is suggested.
QList<qint64> rollbackSuggested(const MigrationSession &session);
// Accounts not ticked yet whose every address answered as before, without another problem
// (core/model/AccountRisks): one click ticks them.
QList<qint64> sameAndUnticked(const MigrationSession &session);
// Each account's last site check, counted: the broken addresses out of all.
QHash<qint64, risks::SitesTally> siteTallies(const MigrationSession &session);
// Accounts whose sites are broken or whose databases cannot follow (core/model/AccountRisks).
QList<risks::AccountRisk> accountRisks(const MigrationSession &session);
// Step 8: what is still wrong once every account is back; empty when nothing is.
QString leftToDoAfterMigration(const MigrationSession &session);

} // namespace passerelle
