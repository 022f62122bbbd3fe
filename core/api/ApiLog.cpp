#include "core/api/ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "passerelle.api", QtInfoMsg)
