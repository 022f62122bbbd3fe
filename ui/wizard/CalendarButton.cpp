#include "ui/wizard/CalendarButton.h"

#include "core/report/PlanCalendar.h"
#include "core/report/SaveFile.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/StepPage.h"
#include "ui/wizard/WizardContext.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

CalendarButton::CalendarButton(WizardContext *context, StepPage *page)
    : QPushButton(tr("Add to ca&lendar…"), page), m_context(context), m_page(page)
{
    setToolTip(tr("Saves the planned downtimes and the deadlines as an iCalendar file (.ics)."));
    connect(this, &QPushButton::clicked, this, &CalendarButton::savePlan);
}

void CalendarButton::savePlan()
{
    const MigrationSession *session = m_context->session();
    if (!session)
        return;
    const QString path
        = m_context->chooseSavePath(m_page, tr("Add the plan to a calendar"), tr("iCalendar file (*.ics)"),
                                    QDir::home().filePath(u"passerelle-plan.ics"_s));
    if (path.isEmpty())
        return;
    const QString error = report::saveFile(path, report::planCalendarFrom(*session));
    if (error.isEmpty()) {
        m_page->errorLabel()->showMessage(
            MessageLabel::Kind::Info,
            tr("Plan saved to %1: open it with your calendar to add it.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_page->errorLabel()->showMessage(MessageLabel::Kind::Error, error);
    }
}

} // namespace passerelle::ui
