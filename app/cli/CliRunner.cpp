// CliRunner: the session's start, the reports, and one action decided, confirmed and sent.
#include "app/cli/CliRunner.h"

#include "app/cli/AccountTarget.h"
#include "app/cli/PlanReport.h"
#include "app/cli/QueueCommand.h"
#include "app/cli/StatusReport.h"
#include "app/cli/TextColumns.h"
#include "core/api/ApiContract.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "core/report/MigrationReport.h"
#include "core/session/MigrationSession.h"

#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {

CliRunner::CliRunner(MigrationSession &session, CliOptions options, Confirmation confirmation, QTextStream &out,
                     QTextStream &err, QObject *parent)
    : QObject(parent), m_session(session), m_options(std::move(options)), m_confirmation(std::move(confirmation)),
      m_out(out), m_err(err)
{ }

void CliRunner::start()
{
    connect(&m_overrunTimer, &QTimer::timeout, this, &CliRunner::onOverrun);
    connect(&m_session, &MigrationSession::stateChanged, this, [this](MigrationSession::State state) {
        if (state == MigrationSession::State::Ready && !m_ready) {
            m_ready = true;
            onSessionReady();
        } else if (state == MigrationSession::State::Failed) {
            const auto error = m_session.lastError();
            m_err << (error ? error->message : tr("The migration could not be read.")) << Qt::endl;
            // The action was never weighed against a state it could trust.
            if (m_options.command == CliOptions::Command::Action)
                m_err << tr("Nothing was sent.") << Qt::endl;
            finish(error ? exitCodeFor(*error) : ExitCode::Failed);
        }
    });
    connect(&m_session, &MigrationSession::refreshFailed, this, &CliRunner::onRefreshFailed);
    connect(&m_session, &MigrationSession::journalError, this,
            [this](const QString &message) { m_err << message << Qt::endl; });
    connect(&m_session, &MigrationSession::snapshotChanged, this, &CliRunner::onSnapshot);
    connect(&m_session, &MigrationSession::actionAccepted, this, &CliRunner::onActionAccepted);
    connect(&m_session, &MigrationSession::actionResumed, this,
            [this](qint64 accountId, AccountAction action) { m_resumed.insert(accountId, action); });
    connect(&m_session, &MigrationSession::actionUnseen, this,
            [this](qint64 accountId, AccountAction, const QString &message) { onActionUnseen(accountId, message); });
    // A report reads and sends nothing: an interrupted action is settled by the command that decides it.
    m_session.setReadOnly(m_options.command != CliOptions::Command::Action);
    connect(&m_session, &MigrationSession::actionFailed, this,
            [this](qint64 accountId, AccountAction, const QString &message) { onActionFailed(accountId, message); });
    connect(&m_session, &MigrationSession::actionError, this,
            [this](qint64 accountId, AccountAction, const ApiError &error) { onActionError(accountId, error); });
    connect(&m_session, &MigrationSession::inFlightChanged, this, &CliRunner::onResendSettled);
    m_session.start(m_options.migrationId);
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

// A report waits for the re-send of an action interrupted earlier: exiting at once would cut it
// off and leave it in doubt again (docs/process.md, "Nothing lost").
void CliRunner::onResendSettled()
{
    // A read just showed the accepted action started: the snapshot may be the same as the 202's.
    if (m_accepted) {
        onSnapshot();
        return;
    }
    if (!m_waitingForResend || m_session.inFlight().contains(m_accountId))
        return;
    m_waitingForResend = false;
    runAction();
}

// What a report leaves alone is said, with the command that settles it (docs/process.md, "Nothing lost").
void CliRunner::reportUnsettled()
{
    for (const UnsettledIntent &unsettled : m_session.unsettledIntents()) {
        const ActionIntent &intent = unsettled.intent;
        const QString title = text::operationTitle(intent.action, intent.accountName);
        const QString command = u"passerelle-cli %1 %2"_s.arg(contract::toString(intent.action).replace(u'_', u'-'),
                                                               intent.accountName);
        if (unsettled.accepted)
            m_err << tr("%1 (decided %2) was accepted by the provider, but no read has shown it yet. Run '%3' to "
                        "follow it: it waits for the provider to show it and sends nothing new.")
                         .arg(title, format::dateTime(intent.createdAt), command)
                  << Qt::endl;
        else
            m_err << tr("%1 (decided %2) was interrupted before the provider answered; it may not have reached "
                        "it. Nothing was sent now. Run '%3' to settle it: it is sent again with its original "
                        "request key only if it did not start.")
                         .arg(title, format::dateTime(intent.createdAt), command)
                  << Qt::endl;
    }
}

void CliRunner::onSessionReady()
{
    if (m_options.command != CliOptions::Command::Action)
        reportUnsettled();
    switch (m_options.command) {
    case CliOptions::Command::Status:
        if (m_options.json)
            printJson(statusJson(report::currentState(m_session)));
        else
            m_out << statusText(report::currentState(m_session)) << Qt::flush;
        finish(ExitCode::Done);
        return;
    case CliOptions::Command::Plan:
        if (!m_options.icsPath.isEmpty()) {
            if (const QString error = writePlanCalendar(report::currentState(m_session), m_options.icsPath, m_out);
                !error.isEmpty()) {
                m_err << error << Qt::endl;
                finish(ExitCode::Failed);
                return;
            }
        }
        if (m_options.icsPath != u"-") { // with "--ics -" the calendar is the whole output
            if (m_options.json)
                printJson(planJson(report::currentState(m_session)));
            else
                m_out << planText(report::currentState(m_session)) << Qt::flush;
        }
        finish(ExitCode::Done);
        return;
    case CliOptions::Command::Action:
        runAction();
        return;
    case CliOptions::Command::CheckSites: // SiteCheckCommand runs it, never this runner
        finish(ExitCode::Usage);
        return;
    }
}

void CliRunner::runAction()
{
    if (m_options.targets.size() > 1 || m_options.startAt.isValid()) {
        m_queue = new QueueCommand(m_session, m_options, m_confirmation, m_out, m_err, this);
        connect(m_queue, &QueueCommand::finished, this, &CliRunner::finish);
        m_queue->run();
        return;
    }
    const MigrationSnapshot &snapshot = m_session.snapshot();
    const Expected<const AccountRecord *, QString> found = findTarget(snapshot, m_options.target);
    if (!found) {
        m_err << found.error() << Qt::endl;
        finish(ExitCode::Usage);
        return;
    }
    const AccountRecord *account = found.value();
    m_accountId = account->id;
    m_before = *account;
    // The same action decided in an earlier run and found on its way: followed, never sent with a new key.
    if (const auto resumed = m_resumed.constFind(account->id);
        resumed != m_resumed.cend() && *resumed == m_options.action) {
        m_followsEarlier = true;
        follow(tr("%1 was decided earlier and reached the provider; following it instead of sending it again...")
                   .arg(text::operationTitle(m_options.action, account->name)));
        return;
    }
    if (m_session.inFlight().contains(account->id)) {
        m_waitingForResend = true;
        m_err << tr("An action interrupted earlier for %1 is being sent again with its original request key; "
                    "waiting for the provider's answer...")
                     .arg(account->name)
              << Qt::endl;
        return;
    }
    const Verdict verdict = m_session.canAct(account->id, m_options.action);
    if (!verdict) {
        m_err << tr("Not allowed now: %1").arg(verdict.error()) << Qt::endl;
        finish(ExitCode::NotAllowed);
        return;
    }
    if (!m_options.yes) {
        if (!m_confirmation.interactive || !m_confirmation.ask) {
            m_err << tr("Confirmation needed: run this on a terminal, or pass --yes.") << Qt::endl;
            finish(ExitCode::Usage);
            return;
        }
        const QString question = tr("%1 for %2 (estimated downtime %3)?")
                                     .arg(text::actionName(m_options.action), account->name,
                                          format::duration(downtime::forAccount(*account)));
        if (!m_confirmation.ask(question)) {
            m_err << tr("Nothing was sent.") << Qt::endl;
            finish(ExitCode::Failed);
            return;
        }
    }
    m_session.startAction(account->id, m_options.action);
}

void CliRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_session.stop();
    Q_EMIT finished(toInt(code));
}

} // namespace passerelle::cli
