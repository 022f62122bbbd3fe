#pragma once

#include <QLoggingCategory>

// The REST client's logging category: passerelle.api (house style: one category per module).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
