#pragma once

#include "core/model/MigrationSnapshot.h"
#include "ui/wizard/StepPage.h"

class QPushButton;
class QRadioButton;

namespace passerelle::ui {

class AccountsPanel;
class CountdownPanel;
class OperationProgress;
class QueueControls;
class SupportRequestBox;

// Step 7: who moves the accounts back (support in working hours, or you within a week); for you,
// move back per account or as a queue.
class FinalizationPage : public StepPage
{
    Q_OBJECT

public:
    explicit FinalizationPage(WizardContext *context, QWidget *parent = nullptr);

    QRadioButton *bySupport() const { return m_bySupport; }
    QRadioButton *byMe() const { return m_byMe; }
    SupportRequestBox *request() const { return m_request; }
    AccountsPanel *accounts() const { return m_accounts; }
    QueueControls *queueControls() const { return m_queue; }
    QPushButton *queueButton() const;
    QPushButton *calendarButton() const;

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    Finalizer chosen() const;

    QRadioButton *m_bySupport;
    QRadioButton *m_byMe;
    SupportRequestBox *m_request;
    AccountsPanel *m_accounts;
    OperationProgress *m_progress;
    QueueControls *m_queue;
    CountdownPanel *m_countdowns;
};

} // namespace passerelle::ui
