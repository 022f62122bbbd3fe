#include "core/away/AwayLog.h"

Q_LOGGING_CATEGORY(lcAway, "passerelle.away")
