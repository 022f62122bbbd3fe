#include "core/sites/SitesLogging.h"

Q_LOGGING_CATEGORY(lcSites, "passerelle.sites", QtInfoMsg)
