#include "core/sim/ScenarioLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <ostream>

#include <algorithm>
#include <functional>

using namespace passerelle;
using namespace passerelle::sim;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject defaultJson()
{
    QFile file(scenario::defaultScenarioPath());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces one nested value: path segments are object keys or array indexes.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

QByteArray withChange(const QString &dottedPath, const QJsonValue &value)
{
    const QJsonValue changed = replaced(defaultJson(), dottedPath.split(u'.'), value);
    return QJsonDocument(changed.toObject()).toJson();
}

} // namespace

TEST(ScenarioLoader, BuiltInScenarioIsARealisticVps)
{
    const LoadedScenario loaded = scenario::loadDefault();
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    const Scenario &s = loaded.value();
    EXPECT_GE(s.accounts.size(), 10);
    EXPECT_LE(s.accounts.size(), 14);
    const auto [smallest, largest] = std::minmax_element(
        s.accounts.cbegin(), s.accounts.cend(),
        [](const ScenarioAccount &a, const ScenarioAccount &b) { return a.databaseSize < b.databaseSize; });
    EXPECT_EQ(smallest->databaseSize, 50 * 1024 * 1024);
    EXPECT_EQ(largest->databaseSize, 40LL * 1024 * 1024 * 1024);
    const int mongoAccounts = int(std::count_if(s.accounts.cbegin(), s.accounts.cend(), [](const ScenarioAccount &a) {
        return std::any_of(a.databases.cbegin(), a.databases.cend(),
                           [](const ScenarioDatabase &d) { return d.type == DatabaseType::MongoDb; });
    }));
    EXPECT_EQ(mongoAccounts, 1);
    EXPECT_TRUE(s.removedDatabaseTypes.contains(DatabaseType::MongoDb));
    const int firstTimeFailures
        = int(std::count_if(s.accounts.cbegin(), s.accounts.cend(),
                            [](const ScenarioAccount &a) { return a.testFailure && a.testFailure->firstOnly; }));
    EXPECT_EQ(firstTimeFailures, 1);
    EXPECT_EQ(s.serverDailyPrice.cents, 420);
    EXPECT_EQ(s.serverDailyPrice.currency, u"EUR"_s);
    EXPECT_TRUE(s.migration.deadline.isValid());
    EXPECT_EQ(s.migration.serverId, s.server.id);
}

namespace {

struct BadScenario
{
    const char *name;
    std::function<QByteArray()> file;
    const char *expectedError;
};

// ctest lists a case by its name, not by its bytes.
void PrintTo(const BadScenario &param, std::ostream *out)
{
    *out << param.name;
}

} // namespace

class ScenarioValidation : public ::testing::TestWithParam<BadScenario>
{
};

TEST_P(ScenarioValidation, ErrorNamesTheFieldAndTheProblem)
{
    const LoadedScenario loaded = scenario::parse(GetParam().file());
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().startsWith(QString::fromUtf8(GetParam().expectedError)))
        << "got: " << loaded.error().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ScenarioValidation,
    ::testing::Values(
        BadScenario {"NegativeSize", [] { return withChange(u"accounts.3.database_size"_s, -1); },
                     "accounts[3].database_size: expected a non-negative integer"},
        BadScenario {"SizeAsText", [] { return withChange(u"accounts.3.database_size"_s, u"big"_s); },
                     "accounts[3].database_size: expected a non-negative integer"},
        BadScenario {"FractionalSize", [] { return withChange(u"accounts.0.files_size"_s, 1.5); },
                     "accounts[0].files_size: expected a non-negative integer"},
        BadScenario {"HugeSize", [] { return withChange(u"accounts.0.mail_size"_s, 1e300); },
                     "accounts[0].mail_size: expected a non-negative integer"},
        BadScenario {"MissingName", [] { return withChange(u"accounts.0.name"_s, QJsonValue(QJsonValue::Undefined)); },
                     "accounts[0].name: missing required field"},
        BadScenario {"EmptyName", [] { return withChange(u"accounts.5.name"_s, u" "_s); },
                     "accounts[5].name: expected a non-empty string"},
        BadScenario {"DuplicateId", [] { return withChange(u"accounts.1.id"_s, 301); },
                     "accounts[1].id: duplicate account id 301"},
        BadScenario {"DuplicateName", [] { return withChange(u"accounts.2.name"_s, u"acme-shop"_s); },
                     "accounts[2].name: duplicate account name"},
        BadScenario {"UnknownDatabaseType", [] { return withChange(u"accounts.1.databases.0.type"_s, u"ORACLE"_s); },
                     "accounts[1].databases[0].type: unknown database type \"ORACLE\""},
        BadScenario {"AccountNotAnObject", [] { return withChange(u"accounts.2"_s, 5); },
                     "accounts[2]: expected an object"},
        BadScenario {"NoAccounts", [] { return withChange(u"accounts"_s, QJsonArray()); },
                     "accounts: expected at least one account"},
        BadScenario {"AccountsNotAnArray", [] { return withChange(u"accounts"_s, u"many"_s); },
                     "accounts: expected an array"},
        BadScenario {"TypoInField", [] { return withChange(u"acounts"_s, QJsonArray()); }, "acounts: unknown field"},
        BadScenario {"BadPrice", [] { return withChange(u"migration.server_daily_price"_s, u"4,20"_s); },
                     "migration.server_daily_price: expected a decimal amount"},
        BadScenario {"PriceAsNumber", [] { return withChange(u"migration.server_daily_price"_s, 4.2); },
                     "migration.server_daily_price: expected a non-empty string"},
        BadScenario {"BadDeadline", [] { return withChange(u"migration.deadline"_s, u"next month"_s); },
                     "migration.deadline: expected an ISO 8601 UTC timestamp"},
        BadScenario {"LocalStart", [] { return withChange(u"start"_s, u"2026-11-23T08:00:00"_s); },
                     "start: expected an ISO 8601 UTC timestamp"},
        BadScenario {"ZeroInstall", [] { return withChange(u"support_delays.transit_install"_s, 0); },
                     "support_delays.transit_install: expected an integer of at least 1"},
        BadScenario {"ServerMissing", [] { return withChange(u"server"_s, QJsonValue(QJsonValue::Undefined)); },
                     "server: missing required field"},
        BadScenario {"FailureWithoutMessage", [] { return withChange(u"accounts.0.test_failure"_s, QJsonObject()); },
                     "accounts[0].test_failure.message: missing required field"},
        BadScenario {"FailureFlagNotBool",
                     [] {
                         return withChange(u"accounts.0.migrate_failure"_s,
                                           QJsonObject {{u"message"_s, u"x"_s}, {u"first_only"_s, u"yes"_s}});
                     },
                     "accounts[0].migrate_failure.first_only: expected true or false"},
        BadScenario {"SiteAddressWithScheme",
                     [] { return withChange(u"accounts.0.sites.0.addresses.0"_s, u"https://shop.acme.example"_s); },
                     "accounts[0].sites[0].addresses[0]: expected a host name"},
        BadScenario {"SiteAddressTwice",
                     [] { return withChange(u"accounts.1.sites.0.addresses.0"_s, u"shop.acme.example"_s); },
                     "accounts[1].sites[0].addresses[0]: duplicate address \"shop.acme.example\""},
        BadScenario {"DuplicateSiteId", [] { return withChange(u"accounts.1.sites.0.id"_s, 501); },
                     "accounts[1].sites[0].id: duplicate site id 501"},
        BadScenario {"SiteTypo", [] { return withChange(u"accounts.0.sites.0.broken"_s, true); },
                     "accounts[0].sites[0].broken: unknown field"},
        BadScenario {"JitterTooWide", [] { return withChange(u"jitter_percent"_s, 150); },
                     "jitter_percent: expected an integer from 0 to 90"},
        BadScenario {"NotJson", [] { return QByteArray("{\"seed\": 1,"); }, "not valid JSON"},
        BadScenario {"TopLevelArray", [] { return QByteArray("[]"); }, "expected a JSON object"}),
    [](const ::testing::TestParamInfo<BadScenario> &info) { return std::string(info.param.name); });

TEST(ScenarioLoader, EveryAccountGetsSitesTheMongoDbOneBreaksAfterItsMigration)
{
    const LoadedScenario loaded = scenario::loadDefault();
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    qsizetype addresses = 0;
    for (const ScenarioAccount &account : loaded.value().accounts) {
        EXPECT_FALSE(account.sites.isEmpty()) << account.name.toStdString();
        const bool mongo = std::any_of(account.databases.cbegin(), account.databases.cend(),
                                       [](const ScenarioDatabase &d) { return d.type == DatabaseType::MongoDb; });
        for (const ScenarioSite &site : account.sites) {
            addresses += site.addresses.size();
            EXPECT_EQ(site.brokenAfterMigration, mongo) << site.name.toStdString();
        }
    }
    EXPECT_GE(addresses, 12);

    // A file that lists no sites still gives each account one, named after it.
    QJsonObject json = defaultJson();
    QJsonArray accounts = json[u"accounts"_s].toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts[i].toObject();
        account.remove(u"sites"_s);
        accounts[i] = account;
    }
    QJsonObject first = accounts[0].toObject();
    first[u"name"_s] = u"Acme Shop_2"_s;
    accounts[0] = first;
    json[u"accounts"_s] = accounts;
    const LoadedScenario bare = scenario::parse(QJsonDocument(json).toJson());
    ASSERT_TRUE(bare) << bare.error().toStdString();
    QSet<qint64> ids;
    for (const ScenarioAccount &account : bare.value().accounts) {
        ASSERT_EQ(account.sites.size(), 1) << account.name.toStdString();
        EXPECT_FALSE(ids.contains(account.sites[0].id));
        ids.insert(account.sites[0].id);
        EXPECT_EQ(account.sites[0].name, account.name);
    }
    EXPECT_EQ(bare.value().accounts[0].sites[0].addresses, QStringList{u"acme-shop-2.example.com"_s});
}

TEST(ScenarioLoader, MissingFileIsAnErrorNamingThePath)
{
    const LoadedScenario loaded = scenario::loadFile(u"/nonexistent/scenario.json"_s);
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().contains(u"/nonexistent/scenario.json"_s)) << loaded.error().toStdString();
}

namespace {

TEST(ScenarioLoader, ADeviceIsRefusedWithoutReadingIt)
{
    const LoadedScenario loaded = scenario::loadFile(u"/dev/zero"_s);
    EXPECT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().contains(u"not a regular file"_s)) << loaded.error().toStdString();
}

// Opening a FIFO for reading would wait for a writer forever.
TEST(ScenarioLoader, AFifoIsRefusedWithoutOpeningIt)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"scenario.json"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const LoadedScenario loaded = scenario::loadFile(fifo);
    EXPECT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().contains(u"not a regular file"_s)) << loaded.error().toStdString();
}

} // namespace
