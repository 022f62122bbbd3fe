#include "ui/activity/ReportExport.h"

#include "core/model/TrContext.h"
#include "core/report/AccountsCsv.h"
#include "core/report/MigrationReport.h"
#include "core/report/ReportHtml.h"
#include "core/report/SaveFile.h"
#include "ui/common/UiLog.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace passerelle::ui {
namespace {

PASSERELLE_TR_CONTEXT(ReportExport);

} // namespace

void loadReportHtml(QTextDocument &document, const QString &html)
{
    // The default wraps anywhere when a column is narrow ("Emplacemen t"): the table widens instead.
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(option);
    document.setHtml(html);
}

QString writePdf(const QString &html, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return report::cannotWrite(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(ReportExport::tr("Migration report"));
        QTextDocument document;
        loadReportHtml(document, html);
        document.print(&writer);
    }
    if (!file.commit())
        return report::cannotWrite(path, file.errorString());
    return {};
}

QString reportHtml(const MigrationSession &session, const LogScrubber *scrubber)
{
    return report::toHtml(report::buildReport(report::reportInputFrom(session), scrubber));
}

QString exportReport(const MigrationSession &session, ReportFormat format, const QString &path,
                     const LogScrubber *scrubber)
{
    const report::MigrationReport built = report::buildReport(report::reportInputFrom(session), scrubber);
    QString error;
    switch (format) {
    case ReportFormat::Html: error = report::saveFile(path, report::toHtml(built).toUtf8()); break;
    case ReportFormat::Pdf: error = writePdf(report::toHtml(built), path); break;
    case ReportFormat::AccountsCsv: error = report::saveFile(path, report::accountsCsv(built).toUtf8()); break;
    }
    if (!error.isEmpty())
        qCWarning(lcUi) << "report export failed";
    return error;
}

} // namespace passerelle::ui
