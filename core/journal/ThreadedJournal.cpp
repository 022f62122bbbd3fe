#include "core/journal/ThreadedJournal.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

QString notOpen()
{
    return QCoreApplication::translate("passerelle::SqliteJournal", "The journal is not open.");
}

} // namespace

ThreadedJournal::ThreadedJournal(const QString &path, SqliteJournal::AfterDamage afterDamage)
    : m_path(path), m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(u"passerelle-journal"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, afterDamage] {
            auto locked = std::make_unique<LockedJournal>(m_path, afterDamage);
            m_failure = locked->failure();
            m_openError = locked->errorString();
            if (locked->isOpen())
                m_locked = std::move(locked);
        },
        Qt::BlockingQueuedConnection);
    if (!isOpen()) {
        m_thread.quit();
        m_thread.wait();
    }
}

// Jobs run in order: the journal closes, and the lock goes, after every write queued before.
ThreadedJournal::~ThreadedJournal()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker.get(),
            [this] {
                m_locked.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }
    m_worker.reset();
}

// Jobs run in order: every write queued before is committed before the journal closes and the lock goes.
bool ThreadedJournal::release()
{
    if (!isOpen())
        return false;
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_locked.reset(); }, Qt::BlockingQueuedConnection);
    m_released = true;
    // Another program may write while this one waits: what was kept in memory is read again.
    m_observed.clear();
    return true;
}

bool ThreadedJournal::retake()
{
    if (!m_released)
        return isOpen();
    bool taken = false;
    QString error;
    // A journal damaged meanwhile is refused, never replaced: the program that waits asks no one.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, &taken, &error] {
            auto locked = std::make_unique<LockedJournal>(m_path, SqliteJournal::AfterDamage::Refuse);
            error = locked->errorString();
            if (locked->isOpen()) {
                m_locked = std::move(locked);
                taken = true;
            }
        },
        Qt::BlockingQueuedConnection);
    m_released = !taken;
    m_lastError = error;
    return taken;
}

void ThreadedJournal::enqueue(Job job)
{
    QMetaObject::invokeMethod(
        m_worker.get(), [this, job = std::move(job)] { job(m_locked->journal()); }, Qt::QueuedConnection);
}

bool ThreadedJournal::write(std::function<bool(SqliteJournal &journal)> write)
{
    if (!isOpen()) {
        m_lastError = notOpen();
        return false;
    }
    enqueue([this, write = std::move(write)](SqliteJournal &journal) {
        if (!write(journal)) {
            QMetaObject::invokeMethod(
                this, [this, message = journal.lastError()] { reportFailure(message); }, Qt::QueuedConnection);
        }
    });
    return true;
}

template<typename Result> Result ThreadedJournal::read(std::function<Result(SqliteJournal &journal)> read)
{
    if (!isOpen()) {
        m_lastError = notOpen();
        return Result();
    }
    Result result;
    QString error;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [&] {
            result = read(m_locked->journal());
            error = m_locked->journal().lastError();
        },
        Qt::BlockingQueuedConnection);
    m_lastError = error;
    return result;
}

void ThreadedJournal::reportFailure(const QString &message)
{
    m_lastError = message;
    Q_EMIT writeFailed(message);
}

void ThreadedJournal::whenWritten(std::function<void()> then)
{
    if (!isOpen()) {
        QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
        return;
    }
    enqueue([this, then = std::move(then)](SqliteJournal &) {
        QMetaObject::invokeMethod(this, then, Qt::QueuedConnection);
    });
}

void ThreadedJournal::commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then)
{
    // Checked on this thread only, when the answer arrives: the caller may be gone by then.
    const QPointer<QObject> caller(context);
    const auto answer = [this, caller, then](const Expected<ActionIntent, QString> &committed) {
        QMetaObject::invokeMethod(
            this,
            [this, caller, then, committed] {
                if (!committed)
                    m_lastError = committed.error();
                if (caller)
                    then(committed);
            },
            Qt::QueuedConnection);
    };
    if (!isOpen()) {
        answer(notOpen());
        return;
    }
    enqueue([intent, answer](SqliteJournal &journal) {
        ActionIntent recorded = intent;
        if (journal.recordIntent(recorded))
            answer(recorded);
        else
            answer(journal.lastError());
    });
}

LocalFacts ThreadedJournal::loadFacts(qint64 migrationId)
{
    return read<LocalFacts>([migrationId](SqliteJournal &journal) { return journal.loadFacts(migrationId); });
}

bool ThreadedJournal::saveFacts(qint64 migrationId, const LocalFacts &facts)
{
    return write([migrationId, facts](SqliteJournal &journal) { return journal.saveFacts(migrationId, facts); });
}

bool ThreadedJournal::recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at)
{
    return write([=](SqliteJournal &journal) { return journal.recordOutcome(intentId, outcome, detail, at); });
}

QList<ActionIntent> ThreadedJournal::intentsInDoubt(qint64 migrationId)
{
    return read<QList<ActionIntent>>(
        [migrationId](SqliteJournal &journal) { return journal.intentsInDoubt(migrationId); });
}

QList<ActionIntent> ThreadedJournal::intentsAwaitingStart(qint64 migrationId)
{
    return read<QList<ActionIntent>>(
        [migrationId](SqliteJournal &journal) { return journal.intentsAwaitingStart(migrationId); });
}

QList<ActionIntent> ThreadedJournal::intentsUnseen(qint64 migrationId)
{
    return read<QList<ActionIntent>>(
        [migrationId](SqliteJournal &journal) { return journal.intentsUnseen(migrationId); });
}

bool ThreadedJournal::recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &detail,
                                      const QDateTime &at)
{
    return write([=](SqliteJournal &journal) { return journal.recordStartSeen(intentId, outcome, detail, at); });
}

bool ThreadedJournal::logActivity(qint64 migrationId, const ActivityEntry &entry)
{
    return write([migrationId, entry](SqliteJournal &journal) { return journal.logActivity(migrationId, entry); });
}

QList<ActivityEntry> ThreadedJournal::activity(qint64 migrationId, int limit)
{
    return read<QList<ActivityEntry>>(
        [migrationId, limit](SqliteJournal &journal) { return journal.activity(migrationId, limit); });
}

bool ThreadedJournal::recordObservedOperation(qint64 migrationId, const ObservedOperation &operation)
{
    const bool queued = write([migrationId, operation](SqliteJournal &journal) {
        return journal.recordObservedOperation(migrationId, operation);
    });
    if (queued && m_observed.contains(migrationId))
        m_observed[migrationId].append(operation);
    return queued;
}

QList<ObservedOperation> ThreadedJournal::observedOperations(qint64 migrationId)
{
    if (const auto kept = m_observed.constFind(migrationId); kept != m_observed.cend())
        return *kept;
    const QList<ObservedOperation> operations = read<QList<ObservedOperation>>(
        [migrationId](SqliteJournal &journal) { return journal.observedOperations(migrationId); });
    if (m_lastError.isEmpty())
        m_observed.insert(migrationId, operations);
    return operations;
}

bool ThreadedJournal::saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline)
{
    return write(
        [migrationId, baseline](SqliteJournal &journal) { return journal.saveSiteBaseline(migrationId, baseline); });
}

QList<SiteBaselineRecord> ThreadedJournal::siteBaselines(qint64 migrationId)
{
    return read<QList<SiteBaselineRecord>>(
        [migrationId](SqliteJournal &journal) { return journal.siteBaselines(migrationId); });
}

bool ThreadedJournal::saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check)
{
    return write([migrationId, check](SqliteJournal &journal) { return journal.saveSiteCheck(migrationId, check); });
}

QList<SiteCheckRecord> ThreadedJournal::siteChecks(qint64 migrationId)
{
    return read<QList<SiteCheckRecord>>(
        [migrationId](SqliteJournal &journal) { return journal.siteChecks(migrationId); });
}

bool ThreadedJournal::saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue)
{
    return write(
        [migrationId, queue](SqliteJournal &journal) { return journal.saveScheduledQueue(migrationId, queue); });
}

bool ThreadedJournal::clearScheduledQueue(qint64 migrationId)
{
    return write([migrationId](SqliteJournal &journal) { return journal.clearScheduledQueue(migrationId); });
}

std::optional<ScheduledQueue> ThreadedJournal::scheduledQueue(qint64 migrationId)
{
    return read<std::optional<ScheduledQueue>>(
        [migrationId](SqliteJournal &journal) { return journal.scheduledQueue(migrationId); });
}

bool ThreadedJournal::recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at)
{
    return write([migrationId, reminder, at](SqliteJournal &journal) {
        return journal.recordReminderGiven(migrationId, reminder, at);
    });
}

QStringList ThreadedJournal::remindersGiven(qint64 migrationId)
{
    return read<QStringList>([migrationId](SqliteJournal &journal) { return journal.remindersGiven(migrationId); });
}

} // namespace passerelle
