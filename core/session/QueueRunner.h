#pragma once

#include "core/model/MigrationQueue.h"

#include <QObject>

namespace passerelle {

class MigrationSession;

// Drives a MigrationQueue with the session: starts the next account when the previous one has
// ended (accounts move one at a time), and stops on pause or cancel.
class QueueRunner : public QObject
{
    Q_OBJECT

public:
    explicit QueueRunner(MigrationSession &session);

    void start(const QList<qint64> &accountIds, AccountAction action);
    void pause();
    void resume();
    void cancel();
    const MigrationQueue &queue() const { return m_queue; }
    bool isActive() const { return m_active; }
    AccountAction action() const { return m_action; }

    // Called by the session after every snapshot and action answer.
    void pump();
    void onActionAccepted(qint64 accountId, AccountAction action);
    void onActionFailed(qint64 accountId, AccountAction action, const QString &message);

private:
    bool reachedTarget(const AccountState &account) const;
    void finishRunning(bool succeeded);
    void changed();

    MigrationSession &m_session;
    MigrationQueue m_queue;
    AccountAction m_action = AccountAction::Migrate;
    qint64 m_running = 0;
    bool m_accepted = false; // the provider took the running entry's action
    bool m_active = false;
};

} // namespace passerelle
