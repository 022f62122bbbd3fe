#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;
class QPushButton;
class QTimer;

namespace passerelle::ui {

class AccountsPanel;
class CountdownPanel;
class OperationProgress;

// Step 4: migrate the accounts, one at a time or as a queue, watching downtime and the transit
// server's free period.
class MigrateAccountsPage : public StepPage
{
    Q_OBJECT

public:
    explicit MigrateAccountsPage(WizardContext *context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    QPushButton *queueButton() const { return m_queue; }
    QLabel *queueState() const { return m_queueState; }
    QPushButton *calendarButton() const { return m_calendar; }
    QPushButton *startLaterButton() const { return m_startLater; }
    QPushButton *cancelQueueButton() const { return m_cancelQueue; }
    QLabel *queueStateLabel() const { return m_queueState; }

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    void updateQueue();
    // The selected accounts that may migrate now (core's verdicts); the others with their reason.
    QList<qint64> migratableSelection(QStringList *skipped) const;

    AccountsPanel *m_accounts;
    OperationProgress *m_progress;
    QPushButton *m_queue;
    QPushButton *m_startLater;
    QPushButton *m_cancelQueue;
    QPushButton *m_calendar;
    QLabel *m_queueState;
    CountdownPanel *m_countdowns;
    QTimer *m_countdownTick; // the scheduled start's countdown
};

} // namespace passerelle::ui
