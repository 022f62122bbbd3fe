#include "core/model/Database.h"

#include "core/model/TrContext.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::databases {
namespace {

PASSERELLE_TR_CONTEXT(DatabaseCheck);

} // namespace

bool isDropped(DatabaseType type)
{
    return std::find(kDroppedByNewInfrastructure.begin(), kDroppedByNewInfrastructure.end(), type)
        != kDroppedByNewInfrastructure.end();
}

QString typeName(DatabaseType type)
{
    switch (type) {
    case DatabaseType::MySql:
        return u"MySQL"_s;
    case DatabaseType::PostgreSql:
        return u"PostgreSQL"_s;
    case DatabaseType::CouchDb:
        return u"CouchDB"_s;
    case DatabaseType::MongoDb:
        return u"MongoDB"_s;
    case DatabaseType::RabbitMq:
        return u"RabbitMQ"_s;
    }
    return QString();
}

AccountCheck checkAccount(const AccountRecord &account, const QList<DatabaseInfo> &inventory)
{
    AccountCheck check;
    for (const DatabaseInfo &database : inventory) {
        if (database.account != account.id)
            continue;
        ++check.count;
        if (isDropped(database.type))
            check.dropped << u"%1 (%2)"_s.arg(database.name, typeName(database.type));
    }
    if (account.status == AccountStatus::TestFailed)
        check.testFailure = account.lastError.isEmpty() ? DatabaseCheck::tr("no reason given") : account.lastError;
    return check;
}

QStringList problemLines(const AccountCheck &check)
{
    QStringList lines;
    if (!check.dropped.isEmpty())
        lines << DatabaseCheck::tr("not offered by the new infrastructure: %1").arg(check.dropped.join(u", "_s));
    if (!check.testFailure.isEmpty())
        lines << DatabaseCheck::tr("last database test failed: %1").arg(check.testFailure);
    return lines;
}

QStringList problemsOf(const AccountList &accounts, const QList<DatabaseInfo> &inventory)
{
    QStringList problems;
    for (const AccountRecord &account : accounts) {
        const QStringList lines = problemLines(checkAccount(account, inventory));
        if (!lines.isEmpty())
            problems << DatabaseCheck::tr("%1: %2").arg(account.name, lines.join(u"; "_s));
    }
    return problems;
}

QString warningFor(const AccountList &accounts, const QList<DatabaseInfo> &inventory)
{
    const QStringList problems = problemsOf(accounts, inventory);
    if (problems.isEmpty())
        return QString();
    return DatabaseCheck::tr("Some databases may not migrate as they are. Fix them (or remove them) and test again "
                             "before migrating:")
        + u"\n"_s + problems.join(u'\n');
}

} // namespace passerelle::databases
