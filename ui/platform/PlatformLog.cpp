#include "ui/platform/PlatformLog.h"

Q_LOGGING_CATEGORY(lcPlatform, "passerelle.platform")
