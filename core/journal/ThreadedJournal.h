#pragma once

#include "core/journal/JournalStore.h"
#include "core/journal/LockedJournal.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace passerelle {

// The journal on disk, written from a thread of its own: each commit waits for the disk (fsync),
// and the GUI thread must never wait with it. The lock and the SQLite connection are created,
// used and closed on that thread only (Qt allows a connection on its own thread only).
//
// Writes are queued and committed in the order they were made; a failure is reported by
// writeFailed. An intent calls back once committed: its POST leaves only then (docs/process.md,
// "Nothing lost"). Reads wait for the writes queued before them, so they see every one; the
// session reads at start and on a person's request. The observed operations, which the last step
// reads at every poll, are kept in memory once read. Destroying the journal commits every queued
// write first.
class ThreadedJournal final : public QObject, public JournalStore
{
    Q_OBJECT

public:
    // Takes the lock and opens the journal on the journal's thread, and waits for both: the
    // program cannot start without them.
    explicit ThreadedJournal(const QString &path = SqliteJournal::defaultPath(),
                             SqliteJournal::AfterDamage afterDamage = SqliteJournal::AfterDamage::Refuse);
    ~ThreadedJournal() override;

    bool isOpen() const { return m_failure == LockedJournal::Failure::None && !m_released; }
    LockedJournal::Failure failure() const { return m_failure; }
    // Translated, for the user, when isOpen() is false.
    QString errorString() const { return m_openError; }

    LocalFacts loadFacts(qint64 migrationId) override;
    bool saveFacts(qint64 migrationId, const LocalFacts &facts) override;
    void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) override;
    bool recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    QList<ActionIntent> intentsInDoubt(qint64 migrationId) override;
    QList<ActionIntent> intentsAwaitingStart(qint64 migrationId) override;
    QList<ActionIntent> intentsUnseen(qint64 migrationId) override;
    bool recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    bool logActivity(qint64 migrationId, const ActivityEntry &entry) override;
    QList<ActivityEntry> activity(qint64 migrationId, int limit) override;
    bool recordObservedOperation(qint64 migrationId, const ObservedOperation &operation) override;
    QList<ObservedOperation> observedOperations(qint64 migrationId) override;
    bool saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline) override;
    QList<SiteBaselineRecord> siteBaselines(qint64 migrationId) override;
    bool saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check) override;
    QList<SiteCheckRecord> siteChecks(qint64 migrationId) override;
    bool saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue) override;
    bool clearScheduledQueue(qint64 migrationId) override;
    std::optional<ScheduledQueue> scheduledQueue(qint64 migrationId) override;
    bool recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at) override;
    QStringList remindersGiven(qint64 migrationId) override;
    // The last failure reported on this thread (a queued write's arrives with writeFailed).
    QString lastError() const override { return m_lastError; }
    bool release() override;
    bool retake() override;
    bool isReleased() const { return m_released; }

    // Calls `then` on this object's thread once every write made before is committed (or failed).
    void whenWritten(std::function<void()> then);

Q_SIGNALS:
    // A queued write the journal refused (disk full, file gone): what and why, for the user.
    void writeFailed(const QString &message);

private:
    using Job = std::function<void(SqliteJournal &journal)>;
    // Runs `job` on the journal's thread after every job queued before it.
    void enqueue(Job job);
    // Queues a write; a refusal comes back as writeFailed.
    bool write(std::function<bool(SqliteJournal &journal)> write);
    // Runs `read` on the journal's thread and waits for it (a read is a SELECT: no fsync).
    template<typename Result> Result read(std::function<Result(SqliteJournal &journal)> read);
    // On this object's thread, from the journal's.
    void reportFailure(const QString &message);

    QString m_path; // taken again after release()
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread: the jobs' receiver
    std::unique_ptr<LockedJournal> m_locked; // touched on m_thread only
    LockedJournal::Failure m_failure = LockedJournal::Failure::None;
    bool m_released = false; // between release() and a successful retake()
    QString m_openError;
    QString m_lastError;
    // Per migration, once read: the disk's rows plus the ones queued since.
    QHash<qint64, QList<ObservedOperation>> m_observed;
};

} // namespace passerelle
