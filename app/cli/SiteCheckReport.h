#pragma once

#include "core/sites/SiteChecker.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace passerelle::cli {

// check-sites' output, pure functions of the results. The JSON shape is a contract for scripts:
// {"sites": [{"account", "address", "url", "http_status", "verdict", "details", ...}], ...}.
QJsonObject siteCheckJson(const QList<sites::SiteCheckResult> &results, bool dryRun);
QString siteCheckText(const QList<sites::SiteCheckResult> &results);
bool anyBroken(const QList<sites::SiteCheckResult> &results);

} // namespace passerelle::cli
