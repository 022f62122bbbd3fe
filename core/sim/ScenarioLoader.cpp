#include "core/sim/ScenarioLoader.h"

#include "core/model/TrContext.h"
#include "core/sim/FieldReader.h"
#include "core/sim/ScenarioSites.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace passerelle::sim::scenario {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(ScenarioText);

// The scenario spells database types as the provider's API does (docs/contract.md, "Reads").
bool databaseTypeFromString(const QString &text, DatabaseType &out)
{
    static const QList<std::pair<QString, DatabaseType>> names = {
        {u"MYSQL"_s, DatabaseType::MySql},       {u"POSTGRESQL"_s, DatabaseType::PostgreSql},
        {u"COUCHDB"_s, DatabaseType::CouchDb},   {u"MONGODB"_s, DatabaseType::MongoDb},
        {u"RABBITMQ"_s, DatabaseType::RabbitMq},
    };
    for (const auto &[name, type] : names) {
        if (name == text) {
            out = type;
            return true;
        }
    }
    return false;
}

DatabaseType readDatabaseType(FieldReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    DatabaseType type = DatabaseType::MySql;
    if (!reader.failed() && !databaseTypeFromString(text, type))
        reader.fail(reader.fieldPath(key),
                    ScenarioText::tr("unknown database type \"%1\" (expected MYSQL, POSTGRESQL, "
                                     "COUCHDB, MONGODB or RABBITMQ)")
                        .arg(text));
    return type;
}

void readServer(FieldReader &root, Scenario &out)
{
    FieldReader server = root.object(u"server"_s);
    server.allowOnly({u"id"_s, u"name"_s, u"datacenter"_s});
    out.server.id = server.integer(u"id"_s, 1);
    out.server.name = server.string(u"name"_s);
    out.server.datacenter = server.integer(u"datacenter"_s);
}

void readMigration(FieldReader &root, Scenario &out)
{
    FieldReader migration = root.object(u"migration"_s);
    migration.allowOnly({u"id"_s, u"description"_s, u"kind"_s, u"deadline"_s, u"server_daily_price"_s, u"currency"_s,
                         u"transit_name"_s, u"removed_database_types"_s});
    out.migration.id = migration.integer(u"id"_s, 1);
    out.migration.description = migration.string(u"description"_s);
    out.migration.kind = migration.string(u"kind"_s);
    out.migration.deadline = migration.timestamp(u"deadline"_s);
    out.migration.serverId = out.server.id;
    const QString price = migration.string(u"server_daily_price"_s);
    const std::optional<qint64> cents = parseDecimalCents(price);
    if (!migration.failed() && !cents)
        migration.fail(migration.fieldPath(u"server_daily_price"_s),
                       ScenarioText::tr("expected a decimal amount such as \"4.20\""));
    out.serverDailyPrice = Money {cents.value_or(0), migration.string(u"currency"_s)};
    out.transitName = migration.string(u"transit_name"_s);
    const QJsonArray removed = migration.array(u"removed_database_types"_s, false);
    const QString removedPath = migration.fieldPath(u"removed_database_types"_s);
    for (qsizetype i = 0; i < removed.size() && !migration.failed(); ++i) {
        DatabaseType type = DatabaseType::MySql;
        if (!databaseTypeFromString(removed.at(i).toString(), type))
            migration.fail(FieldReader::indexPath(removedPath, i), ScenarioText::tr("unknown database type"));
        out.removedDatabaseTypes.append(type);
    }
}

void readDelays(FieldReader &root, SupportDelays &out)
{
    FieldReader delays = root.object(u"support_delays"_s, false);
    delays.allowOnly({u"transit_acknowledge"_s, u"transit_wait_for_server"_s, u"transit_install"_s,
                      u"reinstall_start"_s, u"reinstall"_s, u"finalization_start"_s});
    out.transitAcknowledge = delays.optionalInteger(u"transit_acknowledge"_s, out.transitAcknowledge);
    out.transitWaitForServer = delays.optionalInteger(u"transit_wait_for_server"_s, out.transitWaitForServer);
    out.transitInstall = delays.optionalInteger(u"transit_install"_s, out.transitInstall, 1);
    out.reinstallStart = delays.optionalInteger(u"reinstall_start"_s, out.reinstallStart);
    out.reinstall = delays.optionalInteger(u"reinstall"_s, out.reinstall, 1);
    out.finalizationStart = delays.optionalInteger(u"finalization_start"_s, out.finalizationStart);
}

} // namespace

namespace {

std::optional<ScriptedFailure> readFailure(FieldReader &account, const QString &key)
{
    if (!account.has(key))
        return std::nullopt;
    FieldReader failure = account.object(key);
    failure.allowOnly({u"message"_s, u"first_only"_s});
    ScriptedFailure out;
    out.message = failure.string(u"message"_s);
    out.firstOnly = failure.boolean(u"first_only"_s, true);
    return out;
}

// Ids and names identify accounts and databases in the API: a duplicate would make answers ambiguous.
struct Uniqueness
{
    QSet<qint64> accountIds;
    QSet<QString> accountNames;
    QSet<qint64> databaseIds;
};

void readDatabases(FieldReader &account, ScenarioAccount &out, Uniqueness &seen)
{
    const QJsonArray items = account.array(u"databases"_s, false);
    for (qsizetype i = 0; i < items.size() && !account.failed(); ++i) {
        FieldReader database = account.element(items, u"databases"_s, i);
        database.allowOnly({u"id"_s, u"name"_s, u"type"_s});
        ScenarioDatabase entry;
        entry.id = database.integer(u"id"_s, 1);
        entry.name = database.string(u"name"_s);
        entry.type = readDatabaseType(database, u"type"_s);
        if (!database.failed() && seen.databaseIds.contains(entry.id))
            database.fail(database.fieldPath(u"id"_s), ScenarioText::tr("duplicate database id %1").arg(entry.id));
        seen.databaseIds.insert(entry.id);
        out.databases.append(entry);
    }
}

void readAccounts(FieldReader &root, Scenario &out)
{
    const QJsonArray items = root.array(u"accounts"_s);
    if (!root.failed() && items.isEmpty())
        root.fail(root.fieldPath(u"accounts"_s), ScenarioText::tr("expected at least one account"));
    Uniqueness seen;
    SiteReader sites;
    for (qsizetype i = 0; i < items.size() && !root.failed(); ++i) {
        FieldReader account = root.element(items, u"accounts"_s, i);
        account.allowOnly({u"id"_s, u"name"_s, u"database_size"_s, u"files_size"_s, u"mail_size"_s, u"databases"_s,
                           u"sites"_s, u"test_failure"_s, u"migrate_failure"_s});
        ScenarioAccount entry;
        entry.id = account.integer(u"id"_s, 1);
        entry.name = account.string(u"name"_s);
        entry.databaseSize = account.integer(u"database_size"_s);
        entry.filesSize = account.integer(u"files_size"_s);
        entry.mailSize = account.integer(u"mail_size"_s);
        readDatabases(account, entry, seen);
        sites.read(account, entry);
        entry.testFailure = readFailure(account, u"test_failure"_s);
        entry.migrateFailure = readFailure(account, u"migrate_failure"_s);
        if (!account.failed() && seen.accountIds.contains(entry.id))
            account.fail(account.fieldPath(u"id"_s), ScenarioText::tr("duplicate account id %1").arg(entry.id));
        if (!account.failed() && seen.accountNames.contains(entry.name))
            account.fail(account.fieldPath(u"name"_s),
                         ScenarioText::tr("duplicate account name \"%1\"").arg(entry.name));
        seen.accountIds.insert(entry.id);
        seen.accountNames.insert(entry.name);
        out.accounts.append(entry);
    }
    if (!root.failed())
        sites.giveDefaultSites(out.accounts);
}

} // namespace

QString defaultScenarioPath()
{
    return u":/scenarios/default.json"_s;
}

LoadedScenario parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ScenarioText::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
    if (!document.isObject())
        return ScenarioText::tr("expected a JSON object at the top level");

    auto error = std::make_shared<QString>();
    FieldReader root(document.object(), QString(), error);
    root.allowOnly({u"seed"_s, u"start"_s, u"jitter_percent"_s, u"customer_email"_s, u"server"_s, u"migration"_s,
                    u"support_delays"_s, u"accounts"_s, u"comment"_s});
    Scenario out;
    out.seed = quint32(root.optionalInteger(u"seed"_s, 1) & 0xffffffff);
    out.start = root.timestamp(u"start"_s);
    out.jitterPercent = int(root.optionalInteger(u"jitter_percent"_s, out.jitterPercent));
    if (!root.failed() && out.jitterPercent > 90)
        root.fail(root.fieldPath(u"jitter_percent"_s), ScenarioText::tr("expected an integer from 0 to 90"));
    out.customerEmail = root.string(u"customer_email"_s);
    if (!root.failed() && !out.customerEmail.contains(u'@'))
        root.fail(root.fieldPath(u"customer_email"_s), ScenarioText::tr("expected an e-mail address"));
    readServer(root, out);
    readMigration(root, out);
    readDelays(root, out.delays);
    readAccounts(root, out);
    if (root.failed())
        return *error;
    return out;
}

LoadedScenario loadFile(const QString &path)
{
    // A device never ends and a FIFO blocks the opening until a writer comes: regular files only.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return ScenarioText::tr("%1 is not a regular file").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ScenarioText::tr("cannot read %1: %2").arg(path, file.errorString());
    // A scenario is a few kilobytes: anything huge is not one, whatever size the file claims.
    constexpr qint64 kMaxScenarioBytes = 4 * 1024 * 1024;
    const QByteArray bytes = file.read(kMaxScenarioBytes + 1);
    if (bytes.size() > kMaxScenarioBytes)
        return ScenarioText::tr("%1 is too large to be a scenario").arg(path);
    return parse(bytes);
}

LoadedScenario loadDefault()
{
    return loadFile(defaultScenarioPath());
}

} // namespace passerelle::sim::scenario
