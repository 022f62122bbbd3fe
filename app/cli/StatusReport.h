#pragma once

#include "core/report/MigrationReport.h"

#include <QJsonObject>
#include <QString>

namespace passerelle::cli {

// `passerelle-cli status`: the step, both servers, and every account with its status, sizes,
// estimated downtime and the actions allowed now (with the reason for each one refused).
QString statusText(const report::ReportInput &input);
QJsonObject statusJson(const report::ReportInput &input);

} // namespace passerelle::cli
