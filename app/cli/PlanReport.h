#pragma once

#include "core/report/MigrationReport.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace passerelle::cli {

// `passerelle-cli plan`: the accounts still to move in the order they would go (migrate to the
// transit server, or move back in step 7), each one's and the total downtime, the money and the
// deadlines.
QString planText(const report::ReportInput &input);
QJsonObject planJson(const report::ReportInput &input);
// `plan --ics FILE`: the plan as an iCalendar file (core/report/PlanCalendar); "-" writes it to
// `out`. Returns the error to print, or an empty string.
QString writePlanCalendar(const report::ReportInput &input, const QString &path, QTextStream &out);

} // namespace passerelle::cli
