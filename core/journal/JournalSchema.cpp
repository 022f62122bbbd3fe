#include "core/journal/JournalSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::journalschema {

namespace {

// Times are milliseconds since the epoch (UTC); NULL means "not known yet".
QStringList commonTables()
{
    return {
        QStringLiteral("CREATE TABLE facts ("
                       " migration_id INTEGER PRIMARY KEY,"
                       " transit_request_sent INTEGER NOT NULL DEFAULT 0,"
                       " transit_request_text TEXT NOT NULL DEFAULT '',"
                       " reinstall_request_sent INTEGER NOT NULL DEFAULT 0,"
                       " finalizer TEXT NOT NULL DEFAULT 'nobody',"
                       " finalization_request_sent INTEGER NOT NULL DEFAULT 0,"
                       " uses_provider_dns INTEGER,"
                       " transit_released_seen_at INTEGER)"),
        QStringLiteral("CREATE TABLE fact_accounts ("
                       " migration_id INTEGER NOT NULL,"
                       " account_id INTEGER NOT NULL,"
                       " fact TEXT NOT NULL CHECK (fact IN ('ready', 'verified')),"
                       " PRIMARY KEY (migration_id, account_id, fact))"),
        // An outcome is recorded whole or not at all: the three columns are NULL together.
        QStringLiteral("CREATE TABLE intents ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " migration_id INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " topic TEXT NOT NULL,"
                       " account_id INTEGER NOT NULL,"
                       " account_name TEXT NOT NULL,"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " created_at INTEGER NOT NULL,"
                       " dry_run INTEGER NOT NULL,"
                       " outcome TEXT,"
                       " outcome_detail TEXT,"
                       " outcome_at INTEGER,"
                       " CHECK ((outcome IS NULL) = (outcome_at IS NULL)"
                       "    AND (outcome IS NULL) = (outcome_detail IS NULL)))"),
        u"CREATE INDEX intents_in_doubt ON intents (migration_id) WHERE outcome IS NULL"_s,
        QStringLiteral("CREATE TABLE activity ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " migration_id INTEGER NOT NULL,"
                       " at INTEGER,"
                       " category TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " account_id INTEGER NOT NULL)"),
    };
}

// Added in version 2: the operations observed from start to end (step 8 summary).
QStringList observedOperationsTable()
{
    return {
        QStringLiteral("CREATE TABLE observed_operations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " migration_id INTEGER NOT NULL,"
                       " account_id INTEGER NOT NULL,"
                       " action TEXT NOT NULL,"
                       " started_at INTEGER,"
                       " ended_at INTEGER,"
                       " estimated_seconds INTEGER NOT NULL)"),
        u"CREATE INDEX activity_by_migration ON activity (migration_id, id)"_s,
    };
}

// Added in version 3: the reference answer of each site address (site checks).
QStringList siteBaselinesTable()
{
    return {
        QStringLiteral("CREATE TABLE site_baselines ("
                       " migration_id INTEGER NOT NULL,"
                       " account_id INTEGER NOT NULL,"
                       " address TEXT NOT NULL,"
                       " recorded_at INTEGER,"
                       " observation TEXT NOT NULL,"
                       " PRIMARY KEY (migration_id, account_id, address))"),
    };
}

// Added in version 4: a queue set to start later, and the reminders already given (so that a
// restart neither loses the one nor repeats the others).
QStringList awayTables()
{
    return {
        QStringLiteral("CREATE TABLE scheduled_queue ("
                       " migration_id INTEGER PRIMARY KEY,"
                       " action TEXT NOT NULL,"
                       " account_ids TEXT NOT NULL,"
                       " start_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE reminders_given ("
                       " migration_id INTEGER NOT NULL,"
                       " reminder TEXT NOT NULL,"
                       " given_at INTEGER,"
                       " PRIMARY KEY (migration_id, reminder))"),
    };
}

// Added in version 5: the last check of each site address, so that a restart still shows it.
QStringList siteChecksTable()
{
    return {
        QStringLiteral("CREATE TABLE site_checks ("
                       " migration_id INTEGER NOT NULL,"
                       " account_id INTEGER NOT NULL,"
                       " address TEXT NOT NULL,"
                       " checked_at INTEGER,"
                       " verdict TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " observation TEXT NOT NULL,"
                       " PRIMARY KEY (migration_id, account_id, address))"),
    };
}

} // namespace

QStringList createVersion1()
{
    return commonTables();
}

QStringList createCurrent()
{
    return commonTables() + observedOperationsTable() + siteBaselinesTable() + awayTables() + siteChecksTable();
}

QStringList createAt(int version)
{
    QStringList statements = createVersion1();
    for (int from = 1; from < version; ++from)
        statements += upgradeStep(from);
    return statements;
}

QStringList upgradeStep(int fromVersion)
{
    switch (fromVersion) {
    case 1:
        return observedOperationsTable();
    case 2:
        return siteBaselinesTable();
    case 3:
        return awayTables();
    case 4:
        return siteChecksTable();
    default:
        return {};
    }
}

} // namespace passerelle::journalschema
