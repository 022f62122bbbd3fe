#include "core/model/MigrationQueue.h"

#include <algorithm>

namespace passerelle {

MigrationQueue::MigrationQueue(const AccountList &accounts)
{
    m_entries.reserve(accounts.size());
    for (const AccountRecord &account : accounts) {
        if (m_positions.contains(account.id))
            continue;
        m_positions.insert(account.id, m_entries.size());
        m_entries.append({account.id, account.name, downtime::forAccount(account), EntryState::Pending});
        ++m_pendingCount;
        m_pendingDowntime += m_entries.constLast().estimate;
    }
}

bool MigrationQueue::isFinished() const
{
    return m_running < 0 && m_nextPending >= m_entries.size();
}

int MigrationQueue::pendingCount() const
{
    return m_pendingCount;
}

qint64 MigrationQueue::nextToStart() const
{
    if (m_running >= 0 || m_nextPending >= m_entries.size())
        return 0; // one account at a time, or none left
    return m_entries.at(m_nextPending).accountId;
}

bool MigrationQueue::markStarted(qint64 accountId)
{
    Entry *entry = find(accountId);
    if (!entry || entry->state != EntryState::Pending)
        return false;
    // One account at a time: a second start while one runs is refused.
    if (m_running >= 0)
        return false;
    entry->state = EntryState::Running;
    --m_pendingCount;
    m_pendingDowntime -= entry->estimate;
    m_running = entry - m_entries.data();
    skipStarted();
    return true;
}

bool MigrationQueue::markFinished(qint64 accountId, bool succeeded)
{
    Entry *entry = find(accountId);
    if (!entry || entry->state != EntryState::Running)
        return false;
    entry->state = succeeded ? EntryState::Succeeded : EntryState::Failed;
    m_running = -1;
    return true;
}

int MigrationQueue::cancelPending()
{
    int cancelled = 0;
    for (Entry &entry : m_entries) {
        if (entry.state == EntryState::Pending) {
            entry.state = EntryState::Cancelled;
            ++cancelled;
        }
    }
    m_pendingCount = 0;
    m_pendingDowntime = downtime::Seconds {0};
    skipStarted();
    return cancelled;
}

downtime::Seconds MigrationQueue::remainingDowntime() const
{
    return m_pendingDowntime + (m_running >= 0 ? m_entries.at(m_running).estimate : downtime::Seconds {0});
}

downtime::Seconds MigrationQueue::remainingDowntime(const QDateTime &now, const QDateTime &runningEnd) const
{
    if (m_running < 0)
        return m_pendingDowntime;
    const downtime::Seconds running = runningEnd.isValid()
        ? std::max(downtime::Seconds {0}, downtime::Seconds {now.secsTo(runningEnd)})
        : m_entries.at(m_running).estimate;
    return m_pendingDowntime + running;
}

qint64 MigrationQueue::runningAccountId() const
{
    return m_running >= 0 ? m_entries.at(m_running).accountId : 0;
}

QList<MigrationQueue::PlannedEntry> MigrationQueue::plan(const QDateTime &start) const
{
    QList<PlannedEntry> planned;
    QDateTime cursor = start;
    // The running entry goes first, then the pending ones in order.
    for (const EntryState wanted : {EntryState::Running, EntryState::Pending}) {
        for (const Entry &entry : m_entries) {
            if (entry.state != wanted)
                continue;
            const QDateTime end = cursor.addSecs(entry.estimate.count());
            planned.append({entry.accountId, entry.accountName, cursor, end, entry.estimate});
            cursor = end;
        }
    }
    return planned;
}

QDateTime MigrationQueue::estimatedEnd(const QDateTime &start) const
{
    return start.addSecs(remainingDowntime().count());
}

QDateTime MigrationQueue::estimatedEnd(const QDateTime &now, const QDateTime &runningEnd) const
{
    return now.addSecs(remainingDowntime(now, runningEnd).count());
}

MigrationQueue::Entry *MigrationQueue::find(qint64 accountId)
{
    const auto found = m_positions.constFind(accountId);
    return found == m_positions.cend() ? nullptr : &m_entries[*found];
}

void MigrationQueue::skipStarted()
{
    while (m_nextPending < m_entries.size() && m_entries.at(m_nextPending).state != EntryState::Pending)
        ++m_nextPending;
}

} // namespace passerelle
