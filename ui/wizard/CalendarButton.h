#pragma once

#include <QPushButton>

namespace passerelle::ui {

class StepPage;
class WizardContext;

// "Add to calendar…" next to a page's queue: asks where to save, writes the session's plan as an
// iCalendar file (core/report/PlanCalendar) and says on the page how it went.
class CalendarButton : public QPushButton
{
    Q_OBJECT

public:
    CalendarButton(WizardContext *context, StepPage *page);

private:
    void savePlan();

    WizardContext *m_context;
    StepPage *m_page;
};

} // namespace passerelle::ui
