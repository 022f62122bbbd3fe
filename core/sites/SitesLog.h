#pragma once

#include <QLoggingCategory>

// The site checks' logging category: passerelle.sites (house style: one category per module).
Q_DECLARE_LOGGING_CATEGORY(lcSites)
