#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>

// When a scheduled queue starts, as people write it: local time, the way the CLI's --at and the
// wizard's "Start at…" take it.
namespace passerelle::starttime {

// The first moment at `time` (local) strictly after `now`: today's if still ahead, else tomorrow's.
QDateTime nextLocal(const QTime &time, const QDateTime &now);

// "2026-12-02T02:00:00" (ISO 8601, local time unless it names an offset or Z), or "HH:MM" /
// "HH:MM:SS" (the next such local time after `now`). nullopt when it is neither.
std::optional<QDateTime> parse(const QString &text, const QDateTime &now);

// May a queue be set to start at `startAt`, and what to say (docs/process.md, "While you are
// away"): a time already past is a typo, never "start now"; at or after the migration's deadline
// is too late to be a plan; after the free transit period it is allowed, but billed, so it is said.
// The one rule the CLI's --at and the wizard's "Start at…" both follow.
struct StartTimeVerdict
{
    enum class Kind { Allowed, AllowedButBilled, Past, AfterDeadline };

    Kind kind = Kind::Allowed;
    QString message; // translated: the refusal, or the billing note; empty when Allowed

    bool allowed() const { return kind == Kind::Allowed || kind == Kind::AllowedButBilled; }
};

StartTimeVerdict check(const QDateTime &startAt, const QDateTime &now, const MigrationDetail &migration);

} // namespace passerelle::starttime
