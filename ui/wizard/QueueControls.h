#pragma once

#include "core/api/ProviderTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

class AccountsPanel;
class StepPage;
class WizardContext;

// The queue of a page's selected accounts, moved one after another (step 4 migrates, step 7 moves
// back): start now or later, the calendar, stop, and the queue's state ("N still to go"). Only
// the accounts core lets do the action now go in; the others are named with the reason.
class QueueControls : public QWidget
{
    Q_OBJECT

public:
    QueueControls(AccountAction action, WizardContext *context, AccountsPanel *accounts, StepPage *page);

    void setSession(MigrationSession *session);
    // Called when the page refreshes; a running or scheduled queue also follows the clock.
    void update();

    QPushButton *queueButton() const { return m_queue; }
    QPushButton *startLaterButton() const { return m_startLater; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *calendarButton() const { return m_calendar; }
    QLabel *stateLabel() const { return m_state; }

private:
    // The running or scheduled queue's line: "N still to go, about … left", from the clock.
    void updateTimeLeft();
    // The selected accounts that may do the action now (core's verdicts); the others with their reason.
    QList<qint64> allowedSelection(QStringList *skipped) const;

    AccountAction m_action;
    WizardContext *m_context;
    AccountsPanel *m_accounts;
    // Guarded: a new connection destroys the session before a page hears of the next one.
    QPointer<MigrationSession> m_session;
    QPushButton *m_queue;
    QPushButton *m_startLater;
    QPushButton *m_cancel;
    QPushButton *m_calendar;
    QLabel *m_state;
    QTimer *m_tick; // a scheduled start's countdown, a running queue's time left
};

} // namespace passerelle::ui
