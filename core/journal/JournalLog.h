#pragma once

#include <QLoggingCategory>

namespace passerelle {

// The journal's logging category: SQL errors and schema upgrades, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)

} // namespace passerelle
