#pragma once

#include <QDateTime>

namespace passerelle::sim {

// Support finalizes only in working hours: Monday to Friday, 09:00-18:00, Paris time
// (docs/process.md, "Money and deadlines").
namespace workinghours {

bool isWorkingTime(const QDateTime &when);
// `when` itself if it is working time, else the start of the next working period (UTC).
QDateTime nextWorkingInstant(const QDateTime &when);

} // namespace workinghours
} // namespace passerelle::sim
