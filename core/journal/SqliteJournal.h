#pragma once

#include "core/journal/JournalStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace passerelle {

// The journal on disk: one SQLite file (WAL, synchronous=FULL) in the platform's app-data
// folder. Each instance has its own named connection, never Qt's default one. It never receives
// the API key, so it cannot store it.
class SqliteJournal final : public JournalStore
{
    Q_DECLARE_TR_FUNCTIONS(passerelle::SqliteJournal)

public:
    enum class OpenStatus {
        NotOpened, // open() not called yet, or it failed before reading the file
        Opened, // ready, at journalschema::kCurrentVersion
        CannotOpen, // the file cannot be created, read, or is not a Passerelle journal
        NewerSchema, // written by a newer Passerelle: refused and left untouched
        UpgradeFailed, // the upgrade was rolled back: the file is as it was
        Damaged, // failed its check: set aside unread (or one was set aside before); nothing sent
    };
    // What open() does after a damaged journal: refuse (the customer decides), or start a new,
    // empty one whose state comes from the provider.
    enum class AfterDamage { Refuse, StartNew };

    // <AppDataLocation>/journal.sqlite
    static QString defaultPath();

    explicit SqliteJournal(const QString &path = defaultPath());
    ~SqliteJournal() override;
    SqliteJournal(const SqliteJournal &) = delete;
    SqliteJournal &operator=(const SqliteJournal &) = delete;

    // Opens (creating the file and its folder if needed) and upgrades the schema in one
    // transaction, after checking an existing file (PRAGMA quick_check and the schema). A damaged
    // file is set aside, never deleted. False: see openStatus() and lastError().
    bool open(AfterDamage afterDamage = AfterDamage::Refuse);
    bool isOpen() const { return m_status == OpenStatus::Opened; }
    OpenStatus openStatus() const { return m_status; }
    QString path() const { return m_path; }
    // The schema version found in the file before any upgrade (0 for a new file).
    int versionFound() const { return m_versionFound; }
    // True when this connection runs in WAL mode with synchronous=FULL (both are per connection).
    bool isDurable() const;

    LocalFacts loadFacts(qint64 migrationId) override;
    bool saveFacts(qint64 migrationId, const LocalFacts &facts) override;
    // Committed durably before returning (sets intent.id); fills in a missing idempotency key;
    // refuses an intent without a time.
    bool recordIntent(ActionIntent &intent);
    // recordIntent, then `then` before returning: the commit runs on the calling thread.
    void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) override;
    // An intent gets one outcome: a second one is refused.
    bool recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    QList<ActionIntent> intentsInDoubt(qint64 migrationId) override;
    QList<ActionIntent> intentsAwaitingStart(qint64 migrationId) override;
    QList<ActionIntent> intentsUnseen(qint64 migrationId) override;
    bool recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    bool logActivity(qint64 migrationId, const ActivityEntry &entry) override;
    // The last `limit` entries (all when limit <= 0), oldest first, in the order they were logged.
    QList<ActivityEntry> activity(qint64 migrationId, int limit) override;
    bool recordObservedOperation(qint64 migrationId, const ObservedOperation &operation) override;
    QList<ObservedOperation> observedOperations(qint64 migrationId) override;
    bool saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline) override;
    QList<SiteBaselineRecord> siteBaselines(qint64 migrationId) override;
    bool saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue) override;
    bool clearScheduledQueue(qint64 migrationId) override;
    std::optional<ScheduledQueue> scheduledQueue(qint64 migrationId) override;
    bool recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at) override;
    QStringList remindersGiven(qint64 migrationId) override;
    bool saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check) override;
    QList<SiteCheckRecord> siteChecks(qint64 migrationId) override;
    QString lastError() const override { return m_lastError; }

private:
    bool openConnection();
    bool probeReadOnly();
    bool setAsideDamaged();
    bool readVersion(QSqlDatabase &db, int *version);
    bool configure();
    bool bringSchemaUpToDate(int version);
    bool runInTransaction(const QStringList &statements, int newVersion);
    bool refuseOpen(OpenStatus status, const QString &message);

    bool ensureOpen();
    // Prepares and runs `sql` with `values` bound in order; on error sets lastError from `what`.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);
    // The intents (table alias i) that `condition` picks, in the order they were written.
    QList<ActionIntent> selectIntents(const QString &condition, const QVariantList &values, const QString &what);
    // The last intent of each account, when it was settled as `outcome`.
    QList<ActionIntent> lastIntentsSettledAs(qint64 migrationId, IntentOutcome outcome, const QString &error);
    bool fail(const QString &what, const QString &sqlError);
    bool writeFactAccounts(qint64 migrationId, const LocalFacts &facts);
    bool readFactAccounts(qint64 migrationId, LocalFacts &facts);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    OpenStatus m_status = OpenStatus::NotOpened;
    int m_versionFound = 0;
    QString m_damage; // what the check found wrong, empty when sound
    QString m_lastError;
};

} // namespace passerelle
