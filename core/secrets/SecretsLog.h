#pragma once

#include <QLoggingCategory>

namespace passerelle {

// The keychain's logging category: which entry, which outcome; never the key itself.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace passerelle
