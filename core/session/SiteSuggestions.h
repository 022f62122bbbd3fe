#pragma once

#include <QList>

namespace passerelle {

class MigrationSession;

// What step 5 offers from the site checks (docs/process.md, step 5), in the accounts' order.
// Accounts whose sites are broken while their rollback is still open: a rollback is suggested.
QList<qint64> rollbackSuggested(const MigrationSession &session);
// Accounts not ticked yet whose every address answered as before: one click ticks them.
QList<qint64> sameAndUnticked(const MigrationSession &session);

} // namespace passerelle
