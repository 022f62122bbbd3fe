#pragma once

#include "core/away/Notification.h"
#include "core/model/MigrationSnapshot.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace passerelle {

class MigrationSession;

// Decides WHEN the desktop is told something, from the session's signals and snapshots: an
// account operation ends, a queue ends, a support step finishes, a free period ends within 24
// hours (once each, remembered in the journal), something needs the customer. GUI-free: it emits
// notify() and a Notifier outside core delivers it. In a dry-run every title says "Rehearsal".
class NotificationPlanner : public QObject
{
    Q_OBJECT

public:
    // How long before a free period ends the customer is reminded.
    static constexpr std::chrono::hours kReminderLead {24};

    explicit NotificationPlanner(MigrationSession &session, QObject *parent = nullptr);

    // The longest wait between two looks at the clock for reminders (a dry-run's hours pass in seconds).
    void setLongestWait(std::chrono::milliseconds wait) { m_longestWait = wait; }
    // The customer is at the window (active, not minimised): nothing is notified then, the window
    // says it; and what needed them at the step on screen is withdrawn.
    void setCustomerPresent(bool present);
    void setStepOnScreen(Step step);
    // The session is let go of (a new connection): what it waited for is no longer asked.
    void withdrawAll();

Q_SIGNALS:
    void notify(const passerelle::Notification &notification);
    // The notification with this tag is no longer true or was seen: off the screen.
    void withdraw(const QString &tag);

private:
    void onSnapshot();
    void catchUp();
    void onStep(Step step);
    void onQueueChanged();
    void checkReminders();
    void remindOnce(const QString &key, const QDateTime &freeUntil, const Notification &notification);
    void emitNotification(Notification notification);
    void withdrawTag(const QString &tag);
    void withdrawSeen();
    bool inQueue(qint64 accountId) const;
    // The last record of this account becomes the session's current one: nothing to compare.
    void forgetBefore(qint64 accountId);

    MigrationSession &m_session;
    QTimer m_reminderTimer;
    std::chrono::milliseconds m_longestWait = std::chrono::minutes(10);
    MigrationSnapshot m_previous;
    bool m_hasPrevious = false;
    bool m_queueWasActive = false;
    bool m_stepKnown = false;
    bool m_present = false;
    std::optional<Step> m_stepOnScreen;
    QHash<QString, Step> m_waiting; // shown, waiting for the customer: tag -> the step that answers it
};

} // namespace passerelle
