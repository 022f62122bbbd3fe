#pragma once

#include <QString>

class QTextDocument;

namespace passerelle {
class LogScrubber;
class MigrationSession;
}

namespace passerelle::ui {

enum class ReportFormat { Html, Pdf, AccountsCsv };

// Builds the session's report (core/report, redacted) and writes it to `path` in one piece.
// Returns an empty string on success, else a translated sentence for the user.
QString exportReport(const MigrationSession &session, ReportFormat format, const QString &path,
                     const LogScrubber *scrubber = nullptr);
// The report's HTML, built from the session (GUI thread: it reads the session).
QString reportHtml(const MigrationSession &session, const LogScrubber *scrubber = nullptr);
// The same HTML laid out by QTextDocument on A4 pages. Safe on any thread.
QString writePdf(const QString &html, const QString &path);
// Loads the report's HTML the way the PDF lays it out: words are wrapped whole, never cut.
void loadReportHtml(QTextDocument &document, const QString &html);

} // namespace passerelle::ui
