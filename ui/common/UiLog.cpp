#include "ui/common/UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "passerelle.ui")
Q_LOGGING_CATEGORY(lcStartup, "passerelle.startup", QtInfoMsg)
