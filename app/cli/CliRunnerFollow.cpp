// CliRunner, once the provider accepted the action: following it until a read shows its outcome,
// or saying why the outcome cannot be known now (exit codes 1, 4, 6).
#include "app/cli/CliRunner.h"

#include "core/api/ApiContract.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/OperationEnd.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"

#include <QJsonObject>

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {

namespace {

QString outcomeName(OperationEnd end)
{
    switch (end) {
    case OperationEnd::Succeeded:
        return u"succeeded"_s;
    case OperationEnd::Failed:
        return u"failed"_s;
    case OperationEnd::Vanished:
        return u"vanished"_s;
    }
    return QString();
}

} // namespace

void CliRunner::onActionAccepted(qint64 accountId, AccountAction action)
{
    if (accountId != m_accountId || m_accepted || action != m_options.action)
        return;
    // The interrupted action this command waited for is the one it decides: it follows it.
    m_followsEarlier = m_waitingForResend;
    m_waitingForResend = false;
    follow(tr("Accepted by the provider; waiting for the operation to end..."));
}

void CliRunner::follow(const QString &line)
{
    m_accepted = true;
    m_acceptedAt = m_session.clock().now();
    if (const AccountRecord *account = m_session.snapshot().account(m_accountId))
        m_lastSeen = *account;
    m_err << line << Qt::endl;
    onSnapshot();
}

// After a 202 the reads never showed the action: neither a success nor a failure.
void CliRunner::onActionUnseen(qint64 accountId, const QString &message)
{
    if (accountId != m_accountId || !m_accepted || m_finished)
        return;
    m_err << message << Qt::endl;
    finish(ExitCode::AcceptedOutcomeUnread);
}

void CliRunner::onActionFailed(qint64 accountId, const QString &message)
{
    // After the provider's typed answer (onActionError) the same error is not printed twice.
    if (accountId != m_accountId || m_accepted || m_finished)
        return;
    m_err << message << Qt::endl;
    finish(ExitCode::Failed);
}

// The provider's own refusal keeps its meaning in the exit code: a 409 is "not allowed now" (3).
void CliRunner::onActionError(qint64 accountId, const ApiError &error)
{
    if (accountId != m_accountId || m_accepted)
        return;
    m_err << (error.kind == ApiError::Kind::Conflict ? tr("Not allowed now: %1").arg(error.message) : error.message)
          << Qt::endl;
    finish(exitCodeFor(error));
}

void CliRunner::onSnapshot()
{
    if (!m_accepted || m_finished)
        return;
    const AccountRecord *account = m_session.snapshot().account(m_accountId);
    if (!account)
        return;
    m_lastSeen = *account;
    m_overdue.readSucceeded();
    // Accepted, but no read has shown it yet: a stale list is no outcome (the pipeline's grace decides).
    if (m_session.inFlight().contains(m_accountId))
        return;
    if (isRunning(account->status)) {
        watchOverrun(*account);
        if (!m_sawRunning) {
            m_err << tr("%1: %2, estimated end %3")
                         .arg(account->name, text::statusName(account->status),
                              format::dateTime(downtime::estimatedEnd(*account, m_acceptedAt)))
                  << Qt::endl;
        }
        m_sawRunning = true;
        return;
    }
    // A snapshot older than the action still shows the account as it was: not an outcome yet.
    const bool changed = m_sawRunning || m_followsEarlier || account->status != m_before.status
        || account->operationStartedAt != m_before.operationStartedAt;
    if (!changed)
        return;
    const OperationEnd end = operationEnd(m_options.action, *account);
    if (m_options.json) {
        printJson(QJsonObject {{u"account"_s, account->name},
                               {u"id"_s, account->id},
                               {u"action"_s, contract::toString(m_options.action)},
                               {u"status"_s, contract::toString(account->status)},
                               {u"succeeded"_s, end == OperationEnd::Succeeded},
                               {u"outcome"_s, outcomeName(end)},
                               {u"last_error"_s, account->lastError}});
    } else {
        m_out << tr("%1: %2").arg(account->name, text::statusName(account->status));
        if (!account->lastError.isEmpty())
            m_out << u' ' << tr("(%1)").arg(account->lastError);
        m_out << Qt::endl;
    }
    if (end == OperationEnd::Vanished)
        m_err << text::vanishedOperation(m_options.action, account->name, account->status) << Qt::endl;
    finish(end == OperationEnd::Succeeded ? ExitCode::Done : ExitCode::Failed);
}

void CliRunner::watchOverrun(const AccountRecord &account)
{
    const QDateTime stopAt = OverdueWatch::stopWaitingAt(m_acceptedAt, downtime::estimatedEnd(account, m_acceptedAt));
    // Checked again at least hourly: a timer cannot hold an arbitrarily long wait.
    const qint64 ms = std::clamp<qint64>(m_session.clock().now().msecsTo(stopAt), 0, 60 * 60 * 1000);
    m_overrunTimer.setSingleShot(true);
    m_overrunTimer.start(std::chrono::milliseconds(ms));
}

// Still running long past the estimate: the action goes on at the provider whatever happens here,
// so waiting on gives nothing; the journal keeps the intent and `status` reads the outcome later.
void CliRunner::onOverrun()
{
    const AccountRecord *account = m_session.snapshot().account(m_accountId);
    if (m_finished || !account || !isRunning(account->status))
        return;
    const QDateTime estimatedEnd = downtime::estimatedEnd(*account, m_acceptedAt);
    if (!OverdueWatch::runsTooLong(m_acceptedAt, estimatedEnd, m_session.clock().now())) {
        watchOverrun(*account);
        return;
    }
    m_err << tr("%1 is still running at the provider, long past its estimated end (%2). Passerelle stops "
                "waiting here; the operation goes on. Run 'passerelle-cli status' later: it will show the "
                "outcome.")
                 .arg(text::operationTitle(m_options.action, m_before.name), format::dateTime(estimatedEnd))
          << Qt::endl;
    finish(ExitCode::AcceptedOutcomeUnread);
}

void CliRunner::onRefreshFailed(const ApiError &error)
{
    if (!m_ready)
        return; // discovery failures end in stateChanged(Failed)
    if (error.kind == ApiError::Kind::KeyRefused) {
        m_err << error.message << Qt::endl;
        finish(ExitCode::KeyRefused);
        return;
    }
    if (m_accepted) {
        onOutcomeUnread(error.message);
        return;
    }
    m_err << tr("Could not read the state this time (%1); still waiting.").arg(error.message) << Qt::endl;
}

// After a 202 the action runs at the provider whatever happens here: when its state stays
// unreadable past the estimated end, waiting on gives nothing, and the journal keeps the intent.
void CliRunner::onOutcomeUnread(const QString &reason)
{
    if (m_finished)
        return;
    if (!m_overdue.readFailed(downtime::estimatedEnd(m_lastSeen, m_acceptedAt), m_session.clock().now())) {
        m_err << tr("Could not read the state this time (%1); still waiting.").arg(reason) << Qt::endl;
        return;
    }
    m_err << tr("%1 was accepted by the provider and is on its way there, but its state cannot be read now (%2). "
                "Run 'passerelle-cli status' later: it will show the outcome.")
                 .arg(text::operationTitle(m_options.action, m_before.name), reason)
          << Qt::endl;
    finish(ExitCode::AcceptedOutcomeUnread);
}

} // namespace passerelle::cli
