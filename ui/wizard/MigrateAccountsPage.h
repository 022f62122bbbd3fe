#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;
class QPushButton;

namespace passerelle::ui {

class AccountsPanel;
class CountdownPanel;
class OperationProgress;
class QueueControls;

// Step 4: migrate the accounts, one at a time or as a queue, watching downtime and the transit
// server's free period.
class MigrateAccountsPage : public StepPage
{
    Q_OBJECT

public:
    explicit MigrateAccountsPage(WizardContext *context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    QueueControls *queueControls() const { return m_queue; }
    QPushButton *queueButton() const;
    QLabel *queueState() const;
    QPushButton *calendarButton() const;
    QPushButton *startLaterButton() const;
    QPushButton *cancelQueueButton() const;

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    AccountsPanel *m_accounts;
    OperationProgress *m_progress;
    QueueControls *m_queue;
    CountdownPanel *m_countdowns;
};

} // namespace passerelle::ui
