#pragma once

#include "core/model/MigrationSnapshot.h"
#include "core/model/Step.h"

#include <QByteArray>
#include <QDateTime>

namespace passerelle {

class MigrationSession;

namespace report {

// The plan as an iCalendar file (RFC 5545): one event per planned downtime slot (core's plan: the
// accounts one after another from `now`), then the ends of the free transit period, of the
// finalization week and of the migration, each with a reminder a day before. Unknown dates are
// left out; a dry-run's events say they are a rehearsal and never share a UID with real ones.
QByteArray planCalendar(const MigrationSnapshot &snapshot, Step step, const QDateTime &now, bool dryRun);
// The session's plan at its clock's now.
QByteArray planCalendarFrom(const MigrationSession &session);

} // namespace report
} // namespace passerelle
