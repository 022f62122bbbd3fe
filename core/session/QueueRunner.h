#pragma once

#include "core/model/MigrationQueue.h"

#include <QObject>

namespace passerelle {

class MigrationSession;

// Drives a MigrationQueue through the session's public interface, as any client would: starts
// the next account when the previous one has ended (accounts move one at a time) and stops on
// cancel. It reacts to the session's signals and never reaches inside it.
class QueueRunner : public QObject
{
    Q_OBJECT

public:
    explicit QueueRunner(MigrationSession &session);

    // `expectedNames`: the accounts' names when the customer chose them (a queue set earlier); an
    // account whose name changed since is not sent.
    void start(const QList<qint64> &accountIds, AccountAction action,
               const QHash<qint64, QString> &expectedNames = {});
    // The account moving now finishes; the others do not start.
    void cancel();
    const MigrationQueue &plan() const { return m_queue; }
    bool isActive() const { return m_active; }
    AccountAction action() const { return m_action; }

Q_SIGNALS:
    void changed();
    // An account of the queue was not sent, and why (the reasons the rules do not give).
    void notStarted(qint64 accountId, const QString &reason);
    // The running account left the provider's list: its outcome is unknown, and the queue stops.
    void runningLost(qint64 accountId, const QString &reason);

private:
    void pump();
    void onActionAccepted(qint64 accountId, AccountAction action);
    void onActionFailed(qint64 accountId, AccountAction action);
    void onActionUnseen(qint64 accountId, AccountAction action);
    bool reachedTarget(const AccountRecord &account) const;
    void finishRunning(bool succeeded);
    // The running account's outcome is unknown: the queue ends there (the caller says it changed).
    void stopOnUnknownOutcome();

    MigrationSession &m_session;
    MigrationQueue m_queue;
    AccountAction m_action = AccountAction::Migrate;
    qint64 m_running = 0;
    bool m_accepted = false; // the provider took the running entry's action
    bool m_active = false;
};

} // namespace passerelle
