#pragma once

#include "core/model/AccountRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace passerelle {

// The provider's database types (GET /v1/database/, docs/contract.md "Reads").
enum class DatabaseType { MySql, PostgreSql, CouchDb, MongoDb, RabbitMq };

struct DatabaseInfo
{
    qint64 id = 0;
    QString name;
    DatabaseType type = DatabaseType::MySql;
    qint64 account = 0;
    friend bool operator==(const DatabaseInfo &, const DatabaseInfo &) = default;
};

// The database compatibility pre-check of step 1 (docs/process.md, "Database compatibility").
namespace databases {

// Types the new infrastructure no longer offers: a database of one of these types cannot migrate.
inline constexpr std::array<DatabaseType, 1> kDroppedByNewInfrastructure = {DatabaseType::MongoDb};

bool isDropped(DatabaseType type);
// The product's own name of a type, the same in every language: "MongoDB".
QString typeName(DatabaseType type);

// What the pre-check found for one account: its databases, those that cannot migrate, and its
// last database test when it failed.
struct AccountCheck
{
    int count = 0;
    QStringList dropped; // "shop_logs (MongoDB)"
    QString testFailure; // the provider's reason; empty unless the last test failed
    bool hasProblem() const { return !dropped.isEmpty() || !testFailure.isEmpty(); }
};

AccountCheck checkAccount(const AccountRecord &account, const QList<DatabaseInfo> &inventory);
// One line per problem, in words, for screens, confirmations and support messages; empty when none.
QStringList problemLines(const AccountCheck &check);
// Every account with a problem, by name, in the snapshot's order: "acme-legacy: …".
QStringList problemsOf(const AccountList &accounts, const QList<DatabaseInfo> &inventory);
// The warning shown at the "every account is ready" tick and before a migration: a sentence,
// then one line per account with a problem; empty when there is none.
QString warningFor(const AccountList &accounts, const QList<DatabaseInfo> &inventory);

} // namespace databases
} // namespace passerelle
