#include "core/report/ReportHtml.h"

#include "core/journal/ActivityCategory.h"
#include "core/model/RuleText.h"
#include "core/report/MigrationReport.h"

#include <QCoreApplication>

namespace passerelle::report {

namespace {

// lupdate finds the strings through T::tr (context "ReportHtml").
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    return at.isValid() ? esc(text::shortDateTime(at)) : esc(T::tr("not yet"));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return esc(T::tr("not observed"));
    if (seconds < 60)
        return esc(T::tr("%1 s").arg(seconds));
    if (seconds % 60 == 0)
        return esc(T::tr("%1 min").arg(seconds / 60));
    return esc(T::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
}

QString row(const QStringList &cells, const QString &tag = QStringLiteral("td"))
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += u'<' + tag + u'>' + cell + QStringLiteral("</") + tag + u'>';
    return html + QStringLiteral("</tr>\n");
}

QString datesSection(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>") + esc(T::tr("Dates and cost")) + QStringLiteral("</h2>\n<table>\n");
    html += row({esc(T::tr("Deadline")), when(report.deadline)});
    html += row({esc(T::tr("Transit server free until")), when(report.transitFreeUntil)});
    html += row({esc(T::tr("Finalization week starts")), when(report.finalizationStartedAt)});
    html += row({esc(T::tr("Finalization free until")), when(report.finalizationFreeUntil)});
    html += row({esc(T::tr("Transit cost so far")),
                 esc(formatDecimalCents(report.transitCostSoFar.cents) + u' ' + report.transitCostSoFar.currency)});
    return html + QStringLiteral("</table>\n");
}

QString accountsSection(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>") + esc(T::tr("Accounts")) + QStringLiteral("</h2>\n<table>\n");
    html += row({esc(T::tr("Account")), esc(T::tr("Status")), esc(T::tr("Location")), esc(T::tr("Version")),
                 esc(T::tr("Downtime estimated")), esc(T::tr("Downtime observed"))},
                QStringLiteral("th"));
    for (const AccountLine &line : report.accounts)
        html += row({esc(line.name), esc(line.status), esc(line.location), esc(line.version),
                     duration(line.estimatedSeconds), duration(line.observedSeconds)});
    return html + QStringLiteral("</table>\n");
}

QString timelineSection(const MigrationReport &report)
{
    QString html = QStringLiteral("<h2>") + esc(T::tr("Timeline")) + QStringLiteral("</h2>\n<table>\n");
    html += row({esc(T::tr("Time")), esc(T::tr("Category")), esc(T::tr("What happened"))}, QStringLiteral("th"));
    for (const ActivityEntry &entry : report.timeline)
        html += row({when(entry.at), esc(ActivityCategory::displayName(entry.category)), esc(entry.text)});
    if (report.timeline.isEmpty())
        html += row({QString(), QString(), esc(T::tr("No activity recorded yet."))});
    return html + QStringLiteral("</table>\n");
}

} // namespace

QString toHtml(const MigrationReport &report)
{
    const QString title = T::tr("Migration report");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + esc(title)
        + QStringLiteral("</title>\n<style>body{font-family:sans-serif;font-size:10pt}"
                         "table{border-collapse:collapse;margin-bottom:12px}"
                         "th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}"
                         "th{background:#e8e8e8}</style></head>\n<body>\n<h1>")
        + esc(title) + QStringLiteral("</h1>\n<p>");
    html += esc(T::tr("Migration %1: %2").arg(report.migrationId).arg(report.description));
    if (!report.serverName.isEmpty())
        html += QStringLiteral("<br>") + esc(T::tr("Server: %1").arg(report.serverName));
    html += QStringLiteral("<br>") + esc(T::tr("Generated: %1").arg(text::shortDateTime(report.generatedAt)));
    if (report.dryRun)
        html += QStringLiteral("<br><b>") + esc(T::tr("Dry-run: nothing was sent to the provider.")) + QStringLiteral("</b>");
    html += QStringLiteral("</p>\n") + datesSection(report) + accountsSection(report) + timelineSection(report);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace passerelle::report
