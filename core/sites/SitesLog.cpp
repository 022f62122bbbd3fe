#include "core/sites/SitesLog.h"

Q_LOGGING_CATEGORY(lcSites, "passerelle.sites", QtInfoMsg)
