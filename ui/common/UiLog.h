#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
// Phases of the start-up with their times (QT_LOGGING_RULES="passerelle.startup.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
