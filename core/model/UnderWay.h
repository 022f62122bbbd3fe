#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QSet>
#include <QStringList>

namespace passerelle {

// What goes on at the provider's side right now, one sentence each: operations the provider runs,
// actions on their way, a queue of accounts, support's work on a request. The wizard says it before
// letting the customer quit, so that nobody closes the window believing everything stopped.
// Empty when nothing is under way.
QStringList underWay(const MigrationSnapshot &snapshot, const QSet<qint64> &inFlight, int queuedNotStarted);

} // namespace passerelle
