#include "core/report/ReportHtml.h"

#include "core/journal/ActivityCategory.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"
#include "core/report/MigrationReport.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::report {

namespace {

PASSERELLE_TR_CONTEXT(ReportHtml);

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    return at.isValid() ? esc(format::dateTime(at)) : esc(ReportHtml::tr("not yet"));
}

// A provider's time that may be missing (the move is then "not observed").
QString reported(const QDateTime &at)
{
    return at.isValid() ? esc(format::dateTime(at)) : esc(ReportHtml::tr("not reported"));
}

QString duration(qint64 seconds)
{
    return esc(seconds < 0 ? ReportHtml::tr("not observed") : format::duration(std::chrono::seconds(seconds)));
}

// `whole`: the columns that never wrap (names and dates read as one piece; the table widens).
QString row(const QStringList &cells, const QString &tag = u"td"_s, const QList<int> &whole = {})
{
    QString html = u"<tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString open = whole.contains(int(i)) ? tag + u" style=\"white-space:nowrap\""_s : tag;
        html += u'<' + open + u'>' + cells.at(i) + u"</"_s + tag + u'>';
    }
    return html + u"</tr>\n"_s;
}

const QString kCell = u"td"_s;

QString datesSection(const MigrationReport &report)
{
    QString html = u"<h2>"_s + esc(ReportHtml::tr("Dates and cost")) + u"</h2>\n<table>\n"_s;
    html += row({esc(ReportHtml::tr("Deadline")), when(report.deadline)}, kCell, {1});
    html += row({esc(ReportHtml::tr("Transit server free until")), when(report.transitFreeUntil)}, kCell, {1});
    html += row({esc(ReportHtml::tr("Finalization week starts")), when(report.finalizationStartedAt)}, kCell, {1});
    html += row({esc(ReportHtml::tr("Finalization free until")), when(report.finalizationFreeUntil)}, kCell, {1});
    html += row({esc(ReportHtml::tr("Transit cost so far")), esc(format::money(report.transitCostSoFar))});
    return html + u"</table>\n"_s;
}

QString accountsSection(const MigrationReport &report)
{
    QString html = u"<h2>"_s + esc(ReportHtml::tr("Accounts")) + u"</h2>\n<table>\n"_s;
    html += row({esc(ReportHtml::tr("Account")), esc(ReportHtml::tr("Status")), esc(ReportHtml::tr("Location")),
                 esc(ReportHtml::tr("Version")), esc(ReportHtml::tr("Downtime per move, estimated")),
                 esc(ReportHtml::tr("Last move, observed"))},
                u"th"_s);
    for (const AccountLine &line : report.accounts)
        html += row({esc(line.name), esc(line.status), esc(line.location), esc(line.version),
                     duration(line.estimatedSeconds), duration(line.observedSeconds)},
                    kCell, {0});
    return html + u"</table>\n"_s;
}

QString sitesSection(const MigrationReport &report)
{
    QString html = u"<h2>"_s + esc(ReportHtml::tr("Site checks")) + u"</h2>\n<table>\n"_s;
    html += row({esc(ReportHtml::tr("Account")), esc(ReportHtml::tr("Address")), esc(ReportHtml::tr("Result")),
                 esc(ReportHtml::tr("Details")), esc(ReportHtml::tr("Checked"))},
                u"th"_s);
    for (const SiteLine &line : report.sites)
        html += row({esc(line.account), esc(line.address), esc(line.verdict), esc(line.details), when(line.checkedAt)},
                    kCell, {0, 4});
    if (report.sites.isEmpty())
        html += row({QString(), QString(), QString(), esc(ReportHtml::tr("No site checked yet.")), QString()});
    return html + u"</table>\n"_s;
}

// Each move with its own estimate and the provider's own times: the same scope on both sides.
QString movesSection(const MigrationReport &report)
{
    QString html = u"<h2>"_s + esc(ReportHtml::tr("Moves")) + u"</h2>\n<table>\n"_s;
    html += row({esc(ReportHtml::tr("Account")), esc(ReportHtml::tr("Move")), esc(ReportHtml::tr("Started")),
                 esc(ReportHtml::tr("Ended")), esc(ReportHtml::tr("Downtime estimated")),
                 esc(ReportHtml::tr("Downtime observed"))},
                u"th"_s);
    for (const MoveLine &move : report.moves)
        html += row({esc(move.account), esc(move.move), reported(move.startedAt), reported(move.endedAt),
                     duration(move.estimatedSeconds), duration(move.observedSeconds)},
                    kCell, {0, 2, 3});
    if (report.moves.isEmpty())
        html += row({esc(ReportHtml::tr("No move observed yet.")), QString(), QString(), QString(), QString(), QString()});
    return html + u"</table>\n"_s;
}

QString timelineSection(const MigrationReport &report)
{
    QString html = u"<h2>"_s + esc(ReportHtml::tr("Timeline")) + u"</h2>\n<table>\n"_s;
    html += row({esc(ReportHtml::tr("Time")), esc(ReportHtml::tr("Category")), esc(ReportHtml::tr("What happened"))},
                u"th"_s);
    for (const ActivityEntry &entry : report.timeline)
        html += row({when(entry.at), esc(ActivityCategory::displayName(entry.category)), esc(entry.text)}, kCell, {0});
    if (report.timeline.isEmpty())
        html += row({QString(), QString(), esc(ReportHtml::tr("No activity recorded yet."))});
    return html + u"</table>\n"_s;
}

} // namespace

QString toHtml(const MigrationReport &report)
{
    const QString title = ReportHtml::tr("Migration report");
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + esc(title)
        + u"</title>\n<style>body{font-family:sans-serif;font-size:10pt}"
          "table{border-collapse:collapse;margin-bottom:12px}"
          "th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}"
          "th{background:#e8e8e8}</style></head>\n<body>\n<h1>"_s
        + esc(title) + u"</h1>\n<p>"_s;
    html += esc(ReportHtml::tr("Migration %1: %2").arg(report.migrationId).arg(report.description));
    if (!report.serverName.isEmpty())
        html += u"<br>"_s + esc(ReportHtml::tr("Server: %1").arg(report.serverName));
    html += u"<br>"_s + esc(ReportHtml::tr("Generated: %1").arg(format::dateTime(report.generatedAt)));
    if (report.dryRun)
        html += u"<br><b>"_s + esc(ReportHtml::tr("Dry-run: nothing was sent to the provider.")) + u"</b>"_s;
    html += u"</p>\n"_s + datesSection(report) + accountsSection(report) + movesSection(report) + sitesSection(report)
        + timelineSection(report);
    return html + u"</body></html>\n"_s;
}

} // namespace passerelle::report
