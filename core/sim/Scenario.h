#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::sim {

// One database of a hosting account (GET /v1/database/).
struct ScenarioDatabase
{
    qint64 id = 0;
    QString name;
    DatabaseType type = DatabaseType::MySql;
};

// One website of a hosting account (GET /v1/site/), and how the simulated web answers it.
struct ScenarioSite
{
    qint64 id = 0;
    QString name;
    QString type;
    QStringList addresses;
    // The site answers 500 while the account runs on the new infrastructure (after its migration
    // or its move back; a rollback mends it): the dry-run's rehearsal of a broken site.
    bool brokenAfterMigration = false;
};

// A scripted failure of an operation: it fails with `message`, always or the first time only.
struct ScriptedFailure
{
    QString message;
    bool firstOnly = true;
};

struct ScenarioAccount
{
    qint64 id = 0;
    QString name;
    qint64 databaseSize = 0; // bytes
    qint64 filesSize = 0; // bytes
    qint64 mailSize = 0; // bytes
    QList<ScenarioDatabase> databases;
    QList<ScenarioSite> sites;
    std::optional<ScriptedFailure> testFailure; // the database test fails
    std::optional<ScriptedFailure> migrateFailure; // the migration fails: status `failed`, still on the client
};

// Support-side delays, in simulated seconds (see resources/scenarios/README.md for the defaults).
struct SupportDelays
{
    qint64 transitAcknowledge = 30 * 60; // requested -> waiting_for_server
    qint64 transitWaitForServer = 4 * 3600; // waiting_for_server -> installing
    qint64 transitInstall = 8 * 3600; // installing (pre-copy 0..100 %) -> ready
    qint64 reinstallStart = 2 * 3600; // reinstall_requested -> reinstalling
    qint64 reinstall = 6 * 3600; // reinstalling -> reinstalled
    qint64 finalizationStart = 3600; // support's first move back, then working hours
};

// Everything a simulated provider needs to play one migration.
struct Scenario
{
    quint32 seed = 1;
    QDateTime start; // the virtual clock's first instant (UTC)
    int jitterPercent = 15; // operation durations vary by +/- this much
    QString customerEmail;
    ServerInfo server;
    MigrationSummary migration;
    Money serverDailyPrice;
    QString transitName;
    // Database types the new infrastructure no longer offers: their test always fails.
    QList<DatabaseType> removedDatabaseTypes;
    SupportDelays delays;
    QList<ScenarioAccount> accounts;
};

} // namespace passerelle::sim
