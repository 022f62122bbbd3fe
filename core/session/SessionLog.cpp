#include "core/session/SessionLog.h"

Q_LOGGING_CATEGORY(lcSession, "passerelle.session")
