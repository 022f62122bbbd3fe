#pragma once

#include <QString>

namespace passerelle::report {

struct MigrationReport;

// The report as one self-contained HTML document (inline style, no external resource), every
// text escaped. The PDF export renders this same document.
QString toHtml(const MigrationReport &report);

} // namespace passerelle::report
