// MigrationSession: what the provider's answers show happened, logged and journaled.
#include "core/journal/ActivityCategory.h"
#include "core/model/AccountIndex.h"
#include "core/model/Downtime.h"
#include "core/model/OperationEnd.h"
#include "core/model/RuleText.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/DatabaseInventory.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"

#include <optional>

namespace passerelle {

// Support's steps (3, 6, 8) move only in the servers' statuses: each change goes in the timeline.
void MigrationSession::observeServers(const MigrationDetail &before, const MigrationDetail &after)
{
    if (before.transit.status != after.transit.status)
        m_activity->log(ActivityCategory::state(),
                        tr("Transit server: %1 → %2.")
                            .arg(text::transitStatusName(before.transit.status),
                                 text::transitStatusName(after.transit.status)));
    if (before.clientServer.status != after.clientServer.status)
        m_activity->log(ActivityCategory::state(),
                        tr("Client server: %1 → %2.")
                            .arg(text::clientServerStatusName(before.clientServer.status),
                                 text::clientServerStatusName(after.clientServer.status)));
}

void MigrationSession::observeOperations(const AccountList &before, const AccountList &after)
{
    if (after.isSharedWith(before))
        return; // the same list: nothing moved (an in-process provider answers with its own)
    // The provider lists the accounts in the same order from one poll to the next: the account at
    // the same place is the one to compare with, and an index is built only if that fails.
    std::optional<AccountIndex> index;
    for (qsizetype at = 0; at < after.size(); ++at) {
        const AccountRecord &now = after[at];
        const AccountRecord *then = at < before.size() && before[at].id == now.id ? &before[at] : nullptr;
        if (!then) {
            if (!index)
                index.emplace(before);
            then = index->find(now.id);
        }
        if (then)
            observeRead(*then, now);
    }
}

void MigrationSession::observeRead(const AccountRecord &was, const AccountRecord &now)
{
    if (inFlight().contains(now.id)) {
        if (!m_beforeLag.contains(now.id))
            m_beforeLag.insert(now.id, was);
        return;
    }
    if (const auto lagged = m_beforeLag.constFind(now.id); lagged != m_beforeLag.cend()) {
        const AccountRecord before = *lagged;
        m_beforeLag.erase(lagged);
        observeOperation(before, now);
        return;
    }
    observeOperation(was, now);
}

void MigrationSession::observeOperation(const AccountRecord &was, const AccountRecord &now)
{
    if (was.status == now.status)
        return;
    m_activity->log(ActivityCategory::state(),
                    tr("%1: %2 → %3.").arg(now.name, text::statusName(was.status), text::statusName(now.status)),
                    now.id);
    // The reason of a failed test belongs in the log, not only in a tooltip (docs/process.md,
    // "Database compatibility"); a finished test may have changed the databases too.
    if (now.status == AccountStatus::TestFailed)
        m_activity->log(ActivityCategory::state(),
                        tr("%1: the database test failed: %2")
                            .arg(now.name, now.lastError.isEmpty() ? tr("no reason given") : now.lastError),
                        now.id);
    if (was.status == AccountStatus::Testing)
        m_databases->refresh();
    // A rolled-back account must be checked again after its next migration (docs/process.md, step 5);
    // a move back also lands on the client server, but on the new version, and keeps its tick.
    if (was.location == Location::Transit && now.location == Location::Client && now.version == Version::Old
        && m_facts.verified.contains(now.id)) {
        updateFacts([&now](LocalFacts &facts) { facts.verified.remove(now.id); }, FactSource::Provider);
        m_activity->log(
            ActivityCategory::state(),
            tr("%1 is back on the old infrastructure: check it again after its next migration.").arg(now.name),
            now.id);
    }
    // An accepted action no read has shown yet: the provider's list may lag, nothing ended.
    if (inFlight().contains(now.id))
        return;
    const std::optional<AccountAction> ended = isRunning(now.status) ? std::nullopt : actionRunningIn(was.status);
    // Back at rest without its effect: the operation is lost at the provider, never a success.
    if (ended && operationEnd(*ended, now) == OperationEnd::Vanished) {
        m_activity->log(ActivityCategory::error(), text::vanishedOperation(*ended, now.name, now.status), now.id);
        return;
    }
    if (ended && isMoving(was.status)) {
        ObservedOperation operation;
        operation.accountId = now.id;
        operation.action = *ended;
        // The provider's own times only, never when Passerelle happened to poll: without them
        // the move is journaled as "not observed" (docs/process.md, "Downtime").
        operation.startedAt = was.operationStartedAt;
        // ...and only when they agree with the polls that saw it running, then ended.
        operation.endedAt = downtime::plausibleEnd(was.operationStartedAt, now.operationEndedAt, m_previousRefreshAt,
                                                   m_lastRefreshAt);
        operation.estimatedSeconds = downtime::forAccount(now).count();
        if (!m_journal->recordObservedOperation(m_migrationId, operation))
            Q_EMIT journalError(m_journal->lastError());
        // The sites are compared with their reference after a migration and after a move back.
        if (operation.action != AccountAction::Rollback)
            m_sites->check({now}, SiteWatch::Mode::Compare);
    }
}

} // namespace passerelle
