#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;
class QProgressBar;

namespace passerelle::ui {

class CountdownPanel;

// Steps 3 and 6, where support works: what it is doing now (waiting for a free server,
// installing with the pre-copy's progress, reinstalling), while Passerelle keeps polling.
class SupportProgressPage : public StepPage
{
    Q_OBJECT

public:
    SupportProgressPage(Step step, WizardContext *context, QWidget *parent = nullptr);

    QString statusText() const;
    // Step 6: what the reinstall means for the sites, and its progress against the usual hours.
    QString expectationText() const;
    QProgressBar *reinstallProgress() const { return m_reinstall; }

protected:
    void refresh() override;

private:
    QLabel *m_status;
    QProgressBar *m_precopy;
    QLabel *m_expect;
    QProgressBar *m_reinstall;
    CountdownPanel *m_countdowns;
};

} // namespace passerelle::ui
