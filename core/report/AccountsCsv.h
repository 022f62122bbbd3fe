#pragma once

#include <QString>

namespace passerelle::report {

struct MigrationReport;

// One CSV field, RFC 4180: quoted when it holds a comma, a quote or a line break (quotes doubled);
// a cell starting with = + - @ (or tab/CR) gets a leading ' so a spreadsheet never runs it as a formula.
QString csvField(const QString &value);
// The accounts of the report, one line each, CRLF line ends, with a header line.
QString accountsCsv(const MigrationReport &report);

} // namespace passerelle::report
