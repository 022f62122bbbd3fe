#pragma once

#include <QString>

namespace passerelle::test {

// Writes a real journal at `path` with the customer's ticks for migration 7 (accounts 301 and 302
// ready), then overwrites the page holding those ticks with garbage, as a failing disk would.
// Returns what went wrong preparing it, empty on success.
QString makeDamagedJournal(const QString &path);

} // namespace passerelle::test
