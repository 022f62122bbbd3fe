#pragma once

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

} // namespace passerelle::starttime
