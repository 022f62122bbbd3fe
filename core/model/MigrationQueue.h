#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/Downtime.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace passerelle {

// An ordered set of accounts to migrate (or move back) one after another: the next starts when
// the previous ends. A pure state machine: whoever drives it asks nextToStart() and reports back.
class MigrationQueue
{
public:
    enum class EntryState { Pending, Running, Succeeded, Failed, Cancelled };

    struct Entry
    {
        qint64 accountId = 0;
        QString accountName;
        downtime::Seconds estimate{0};
        EntryState state = EntryState::Pending;
    };

    struct PlannedEntry
    {
        qint64 accountId = 0;
        QString accountName;
        QDateTime start;
        QDateTime end;
        downtime::Seconds estimate{0};
    };

    MigrationQueue() = default;
    // The accounts in the order given; duplicates are ignored.
    explicit MigrationQueue(const AccountList &accounts);

    const QList<Entry> &entries() const { return m_entries; }
    // The entry of this account, as planned; null when the queue does not hold it.
    const Entry *entry(qint64 accountId) const
    {
        const qsizetype at = m_positions.value(accountId, -1);
        return at < 0 ? nullptr : &m_entries.at(at);
    }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // True when nothing is pending or running any more.
    bool isFinished() const;
    int pendingCount() const;

    // The account to start now, or 0 when one runs or none is left.
    qint64 nextToStart() const;
    // Refused unless the entry is pending and no other entry runs (one account at a time).
    bool markStarted(qint64 accountId);
    bool markFinished(qint64 accountId, bool succeeded);

    // Cancels what has not started; returns how many entries were cancelled.
    int cancelPending();

    // Downtime still ahead: the running entry's full estimate plus every pending one.
    downtime::Seconds remainingDowntime() const;
    // The same once the running entry is under way: what is left of it until `runningEnd` (none
    // once past; its full estimate when `runningEnd` is null) plus every pending entry.
    downtime::Seconds remainingDowntime(const QDateTime &now, const QDateTime &runningEnd) const;
    // The running entry's account (0 when none runs).
    qint64 runningAccountId() const;
    // Back-to-back schedule of what remains, from `start`.
    QList<PlannedEntry> plan(const QDateTime &start) const;
    QDateTime estimatedEnd(const QDateTime &start) const;
    QDateTime estimatedEnd(const QDateTime &now, const QDateTime &runningEnd) const;

private:
    Entry *find(qint64 accountId);
    // Moves m_nextPending past the entries that left Pending (they never come back to it).
    void skipStarted();

    QList<Entry> m_entries;
    // Kept as the entries change, so that starting the next account never walks the queue.
    QHash<qint64, qsizetype> m_positions; // by account id
    qsizetype m_nextPending = 0; // no entry before it is pending
    qsizetype m_running = -1; // the running entry's position, -1 when none runs
    // What is pending, kept as entries leave Pending: the queue's line asks on every tick.
    int m_pendingCount = 0;
    downtime::Seconds m_pendingDowntime {0};
};

} // namespace passerelle
