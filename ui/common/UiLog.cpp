#include "ui/common/UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "passerelle.ui")
