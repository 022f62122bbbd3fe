#pragma once

#include "app/cli/CliOptions.h"
#include "app/cli/Confirmation.h"
#include "app/cli/ExitCode.h"
#include "core/api/ApiError.h"
#include "core/model/AccountRecord.h"
#include "core/model/OverdueWatch.h"

#include <QHash>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace passerelle {
class MigrationSession;
}

namespace passerelle::cli {

class QueueCommand;

// Runs one command on a MigrationSession: waits for the first snapshot, prints a report, or checks
// the rules, confirms, sends one action and waits until the provider says it ended. Finishes once
// with the exit code.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner(MigrationSession &session, CliOptions options, Confirmation confirmation, QTextStream &out,
              QTextStream &err, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onSessionReady();
    void onResendSettled();
    void runAction();
    void onActionAccepted(qint64 accountId, AccountAction action);
    void onActionUnseen(qint64 accountId, const QString &message);
    void follow(const QString &line);
    void reportUnsettled();
    void onActionFailed(qint64 accountId, const QString &message);
    void onActionError(qint64 accountId, const ApiError &error);
    void onSnapshot();
    void onRefreshFailed(const ApiError &error);
    void onOutcomeUnread(const QString &reason);
    void watchOverrun(const AccountRecord &account);
    void onOverrun();
    void finish(ExitCode code);
    void printJson(const QJsonObject &object);

    MigrationSession &m_session;
    CliOptions m_options;
    Confirmation m_confirmation;
    QTextStream &m_out;
    QTextStream &m_err;
    qint64 m_accountId = 0;
    AccountRecord m_before; // the account just before the action, to recognize its outcome
    AccountRecord m_lastSeen; // the account as last read after the action was accepted
    QDateTime m_acceptedAt;
    OverdueWatch m_overdue;
    QTimer m_overrunTimer; // fires when the running operation is past OverdueWatch::stopWaitingAt
    bool m_ready = false;
    bool m_accepted = false;
    bool m_sawRunning = false;
    bool m_finished = false;
    bool m_waitingForResend = false;
    bool m_followsEarlier = false; // the action was decided in an earlier run: this one follows it
    QHash<qint64, AccountAction> m_resumed; // actions found on their way or started at start
    QueueCommand *m_queue = nullptr; // several accounts, or a later start
};

} // namespace passerelle::cli
