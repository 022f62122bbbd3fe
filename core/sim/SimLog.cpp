#include "core/sim/SimLog.h"

Q_LOGGING_CATEGORY(lcSim, "passerelle.sim")
