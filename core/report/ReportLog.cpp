#include "core/report/ReportLog.h"

Q_LOGGING_CATEGORY(lcReport, "passerelle.report")
