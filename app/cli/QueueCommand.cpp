#include "app/cli/QueueCommand.h"

#include "app/cli/AccountTarget.h"
#include "core/api/ApiContract.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "core/session/StartTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {

namespace {

QString entryStateText(MigrationQueue::EntryState state)
{
    switch (state) {
    case MigrationQueue::EntryState::Pending:
        return QueueCommand::tr("waiting");
    case MigrationQueue::EntryState::Running:
        return QueueCommand::tr("started");
    case MigrationQueue::EntryState::Succeeded:
        return QueueCommand::tr("done");
    case MigrationQueue::EntryState::Failed:
        return QueueCommand::tr("failed");
    case MigrationQueue::EntryState::Cancelled:
        return QueueCommand::tr("not started");
    }
    return {};
}

QString entryStateKey(MigrationQueue::EntryState state)
{
    switch (state) {
    case MigrationQueue::EntryState::Pending:
        return u"pending"_s;
    case MigrationQueue::EntryState::Running:
        return u"running"_s;
    case MigrationQueue::EntryState::Succeeded:
        return u"succeeded"_s;
    case MigrationQueue::EntryState::Failed:
        return u"failed"_s;
    case MigrationQueue::EntryState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace

QueueCommand::QueueCommand(MigrationSession &session, const CliOptions &options, const Confirmation &confirmation,
                           QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_session(session), m_options(options), m_confirmation(confirmation), m_out(out), m_err(err)
{ }

void QueueCommand::run()
{
    // "02:00" is the next 02:00 of the session's clock: the simulator's own time in a dry-run.
    m_startAt = m_options.startAt;
    if (!m_options.startAtText.isEmpty())
        m_startAt = starttime::parse(m_options.startAtText, m_session.clock().now()).value_or(m_options.startAt);
    const MigrationSnapshot &snapshot = m_session.snapshot();
    QList<qint64> ids;
    AccountList accounts;
    for (const QString &target : m_options.targets) {
        const Expected<const AccountRecord *, QString> found = findTarget(snapshot, target);
        if (!found) {
            m_err << found.error() << Qt::endl;
            Q_EMIT finished(ExitCode::Usage);
            return;
        }
        ids << found.value()->id;
        accounts << *found.value();
        m_asked.append({found.value()->id, found.value()->name});
    }
    const QDateTime now = m_session.clock().now();
    if (!m_options.startAtText.isEmpty() && !startTimeAcceptable(now))
        return;
    const bool later = m_startAt.isValid() && m_startAt > now;
    // Started now, the first account must be allowed now; a later start is checked at its time.
    if (!later) {
        if (const Verdict verdict = m_session.canAct(ids.constFirst(), m_options.action); !verdict) {
            m_err << tr("Not allowed now: %1").arg(verdict.error()) << Qt::endl;
            Q_EMIT finished(ExitCode::NotAllowed);
            return;
        }
    }
    const QDateTime start = later ? m_startAt : now;
    const MigrationQueue plan(accounts);
    m_err << tr("Plan: %1, one after another.").arg(text::actionName(m_options.action)) << Qt::endl;
    for (const MigrationQueue::PlannedEntry &entry : plan.plan(start)) {
        m_err << tr("  %1: about %2, from about %3")
                     .arg(entry.accountName, format::duration(entry.estimate), format::dateTime(entry.start))
              << Qt::endl;
    }
    m_err << tr("Downtime window: %1 to about %2 (%3 in all, estimates).")
                 .arg(format::dateTime(start), format::dateTime(plan.estimatedEnd(start)),
                      format::duration(plan.remainingDowntime()))
          << Qt::endl;
    if (!m_options.yes) {
        if (!m_confirmation.interactive || !m_confirmation.ask) {
            m_err << tr("Confirmation needed: run this on a terminal, or pass --yes.") << Qt::endl;
            Q_EMIT finished(ExitCode::Usage);
            return;
        }
        if (!m_confirmation.ask(tr("Go ahead with this plan?"))) {
            m_err << tr("Nothing was sent.") << Qt::endl;
            Q_EMIT finished(ExitCode::Failed);
            return;
        }
    }
    begin(ids);
}

// --at follows the one start-time rule of the wizard's "Start at…" (starttime::check).
bool QueueCommand::startTimeAcceptable(const QDateTime &now)
{
    const starttime::StartTimeVerdict verdict = starttime::check(m_startAt, now, m_session.snapshot().migration);
    if (!verdict.allowed()) {
        m_err << tr("--at: %1 Nothing was sent.").arg(verdict.message) << Qt::endl;
        Q_EMIT finished(ExitCode::Usage);
        return false;
    }
    if (!verdict.message.isEmpty())
        m_err << tr("Note: %1").arg(verdict.message) << Qt::endl;
    return true;
}

void QueueCommand::begin(const QList<qint64> &ids)
{
    connect(&m_session.queue(), &QueueRunner::changed, this, &QueueCommand::onQueueChanged);
    connect(&m_session, &MigrationSession::actionFailed, this,
            [this](qint64, AccountAction, const QString &message) { m_err << message << Qt::endl; });
    const QDateTime now = m_session.clock().now();
    if (m_startAt.isValid() && m_startAt > now) {
        m_err << tr("Waiting until %1 (%2 from now). Nothing is sent before then; Ctrl-C stops without sending "
                    "anything.")
                     .arg(format::dateTime(m_startAt),
                          format::timeLeft(std::chrono::seconds(now.secsTo(m_startAt))))
              << Qt::endl;
        connect(&m_session.schedule(), &QueueSchedule::started, this, [this] {
            m_err << tr("Starting now.") << Qt::endl;
            finishIfNothingRuns();
        });
        connect(&m_session.schedule(), &QueueSchedule::missed, this, [this](const ScheduledQueue &queue) {
            m_err << tr("The start time %1 passed long ago while waiting (the computer slept or its clock "
                        "jumped; it is now %2): nothing was sent. Run the command again to start now or at a "
                        "new time.")
                         .arg(format::dateTime(queue.startAt), format::dateTime(m_session.clock().now()))
                  << Qt::endl;
            Q_EMIT finished(ExitCode::StartMissed);
        });
        connect(&m_session.schedule(), &QueueSchedule::journalNotRetaken, this,
                [this](const ScheduledQueue &queue, const QString &reason) {
                    m_err << tr("At %1 the journal could not be taken again: %2 Nothing was sent. Run the command "
                                "again once the other Passerelle has finished.")
                                 .arg(format::dateTime(queue.startAt), reason)
                          << Qt::endl;
                    Q_EMIT finished(ExitCode::Failed);
                });
        if (!m_session.schedule().set(ids, m_options.action, m_startAt,
                                      QueueSchedule::Keeping::ThisRunOnly)) {
            Q_EMIT finished(ExitCode::Failed);
            return;
        }
        // Hours of waiting must not lock out `status` and the others: the journal is let go and
        // taken again (and read again) at the start time.
        if (m_session.releaseJournal())
            m_err << tr("Meanwhile the journal is free: other Passerelle commands (status, plan...) may use it.")
                  << Qt::endl;
        else
            m_err << tr("The journal stays held while this command waits (a request is still on its way): "
                        "other Passerelle commands are refused until the queue starts.")
                  << Qt::endl;
        return;
    }
    m_session.queue().start(ids, m_options.action);
    finishIfNothingRuns();
}

void QueueCommand::finishIfNothingRuns()
{
    if (m_done || m_session.queue().isActive())
        return;
    m_done = true;
    report(m_session.queue().plan());
}

void QueueCommand::onQueueChanged()
{
    if (m_done)
        return;
    const QueueRunner &runner = m_session.queue();
    const MigrationQueue &queue = runner.plan();
    for (const MigrationQueue::Entry &entry : queue.entries()) {
        if (entry.state == MigrationQueue::EntryState::Pending || m_told.value(entry.accountId) == entry.state)
            continue;
        m_told.insert(entry.accountId, entry.state);
        if (!m_options.json)
            m_out << tr("%1: %2").arg(entry.accountName, entryStateText(entry.state)) << Qt::endl;
    }
    if (runner.isActive()) {
        m_running = true;
        return;
    }
    if (!m_running)
        return;
    m_done = true;
    report(queue);
}

void QueueCommand::report(const MigrationQueue &queue)
{
    bool allSucceeded = true;
    QJsonArray accounts;
    QSet<qint64> planned;
    for (const MigrationQueue::Entry &entry : queue.entries()) {
        planned.insert(entry.accountId);
        allSucceeded = allSucceeded && entry.state == MigrationQueue::EntryState::Succeeded;
        accounts.append(QJsonObject {{u"account"_s, entry.accountName},
                                     {u"id"_s, entry.accountId},
                                     {u"state"_s, entryStateKey(entry.state)}});
    }
    // Gone from the provider's list by the time the queue started: never sent, and said.
    for (const auto &[id, name] : std::as_const(m_asked)) {
        if (planned.contains(id))
            continue;
        allSucceeded = false;
        if (!m_options.json)
            m_out << tr("%1: not started (no longer in this migration's list)").arg(name) << Qt::endl;
        accounts.append(QJsonObject {{u"account"_s, name}, {u"id"_s, id}, {u"state"_s, u"missing"_s}});
    }
    if (m_options.json) {
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject {{u"action"_s, contract::toString(m_options.action)},
                                                              {u"accounts"_s, accounts},
                                                              {u"succeeded"_s, allSucceeded}})
                                       .toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    Q_EMIT finished(allSucceeded ? ExitCode::Done : ExitCode::Failed);
}

} // namespace passerelle::cli
