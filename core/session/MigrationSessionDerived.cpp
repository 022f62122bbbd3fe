// MigrationSession: what is derived from the snapshot, the facts and the in-flight set (the step,
// the verdicts, the index by id, the running accounts), computed once per change of them, and the
// one walk that tells what a poll changed. With 10,000 accounts, every walk through them shows.
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/session/IntentPipeline.h"
#include "core/session/MigrationSession.h"

#include <algorithm>
#include <cstring>

namespace passerelle {

namespace {

// Two polls mostly bring the same accounts, copied: the fields a copy shares are compared by
// identity first, and by value only when that fails (QString's and QDateTime's comparisons are
// calls, and with 10,000 accounts they were most of a poll's time).
bool sameText(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

bool sameTime(const QDateTime &a, const QDateTime &b)
{
    // A copy keeps the bytes, and the same bytes are the same time; other bytes are compared as times.
    return std::memcmp(static_cast<const void *>(&a), static_cast<const void *>(&b), sizeof(QDateTime)) == 0 || a == b;
}

bool sameAccount(const AccountRecord &a, const AccountRecord &b)
{
    return a.id == b.id && a.status == b.status && a.location == b.location && a.version == b.version
        && a.rollbackAvailable == b.rollbackAvailable && a.databaseSize == b.databaseSize && a.filesSize == b.filesSize
        && a.mailSize == b.mailSize && sameTime(a.operationStartedAt, b.operationStartedAt)
        && sameTime(a.operationEstimatedEnd, b.operationEstimatedEnd)
        && sameTime(a.operationEndedAt, b.operationEndedAt) && sameText(a.name, b.name)
        && sameText(a.lastError, b.lastError);
}

} // namespace

// What a poll changed, read only where the two lists do not share their accounts: whether they
// differ, whether every account kept its place, and the places where one changed.
MigrationSession::AccountChanges MigrationSession::compareAccounts(const AccountList &before, const AccountList &after)
{
    AccountChanges changes;
    if (after.isSharedWith(before))
        return changes;
    if (after.size() != before.size()) {
        changes.changed = true;
        changes.samePlaces = false;
        return changes;
    }
    // Only the blocks a change copied are read: a shared block holds the same accounts.
    after.visitUnshared(before, [&](qsizetype at) {
        if (after[at].id != before[at].id) {
            changes.samePlaces = false;
            changes.changedAt.clear();
            return false;
        }
        if (!sameAccount(before[at], after[at]))
            changes.changedAt.append(at);
        return true;
    });
    changes.changed = !changes.samePlaces || !changes.changedAt.isEmpty();
    return changes;
}

Step MigrationSession::currentStep() const
{
    if (!m_step)
        m_step = rules::currentStep(m_snapshot, m_facts, tally());
    return *m_step;
}

const AccountRecord *MigrationSession::account(qint64 accountId) const
{
    return index().find(accountId);
}

Verdict MigrationSession::canAct(qint64 accountId, AccountAction action) const
{
    const AccountRecord *account = this->account(accountId);
    if (!account)
        return deny(text::notPartOfMigration());
    return verdicts().verdictFor(*account, action);
}

void MigrationSession::forgetDerived(bool accountsMoved)
{
    if (accountsMoved) {
        m_index.reset();
        m_runningAt.reset();
        m_tally.reset();
    }
    m_step.reset();
    m_verdicts.reset();
    m_runningOnly.reset();
}

// The running accounts' places and the tally follow each account that changed in place, so that
// a change of one account never walks the 10,000 others (the facts do not change either).
void MigrationSession::accountChangedAt(qsizetype at, const AccountRecord &was)
{
    const AccountRecord &now = m_snapshot.accounts.at(at);
    if (m_tally) {
        m_tally->add(was, -1);
        m_tally->add(now);
    }
    if (!m_runningAt)
        return;
    QList<qsizetype> &running = *m_runningAt;
    const auto place = std::lower_bound(running.begin(), running.end(), at);
    const bool listed = place != running.end() && *place == at;
    const bool runs = isRunning(now.status);
    if (runs && !listed)
        running.insert(place, at);
    else if (!runs && listed)
        running.erase(place);
}

const rules::AccountTally &MigrationSession::tally() const
{
    if (!m_tally)
        m_tally = rules::AccountTally::of(m_snapshot.accounts);
    return *m_tally;
}

const AccountIndex &MigrationSession::index() const
{
    if (!m_index)
        m_index.emplace(m_snapshot.accounts);
    return *m_index;
}

const VerdictCalculator &MigrationSession::verdicts() const
{
    if (!m_verdicts) {
        // The rules look at the other accounts only for the busy ones (VerdictCalculator): the
        // running accounts and those with an action on its way, in the snapshot's order, give every
        // account the verdict the whole snapshot gives.
        QList<qsizetype> busyAt = runningAt();
        for (const qint64 id : m_requests->inFlight()) {
            if (const qsizetype at = index().position(id); at >= 0)
                busyAt.append(at);
        }
        std::sort(busyAt.begin(), busyAt.end());
        busyAt.erase(std::unique(busyAt.begin(), busyAt.end()), busyAt.end());
        MigrationSnapshot busy;
        busy.migration = m_snapshot.migration;
        for (const qsizetype at : std::as_const(busyAt))
            busy.accounts.append(m_snapshot.accounts.at(at));
        m_verdicts.emplace(busy, m_facts, m_requests->inFlight());
    }
    return *m_verdicts;
}

const QList<qsizetype> &MigrationSession::runningAt() const
{
    if (!m_runningAt) {
        m_runningAt.emplace();
        for (qsizetype at = 0; at < m_snapshot.accounts.size(); ++at) {
            if (isRunning(m_snapshot.accounts.at(at).status))
                m_runningAt->append(at);
        }
    }
    return *m_runningAt;
}

const QSet<qint64> &MigrationSession::inFlight() const
{
    return m_requests->inFlight();
}

// The poll schedule reads the running accounts only (PollSchedule).
const MigrationSnapshot &MigrationSession::runningOnly() const
{
    if (!m_runningOnly) {
        m_runningOnly.emplace();
        m_runningOnly->migration = m_snapshot.migration;
        for (const qsizetype at : runningAt())
            m_runningOnly->accounts.append(m_snapshot.accounts.at(at));
    }
    return *m_runningOnly;
}

} // namespace passerelle
