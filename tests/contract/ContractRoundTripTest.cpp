#include "core/api/ApiContract.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// The simulator serializes with the same contract the client parses: both must agree exactly.
TEST(ContractRoundTrip, AccountInEveryStatus)
{
    const QList<AccountStatus> statuses = {AccountStatus::Idle,      AccountStatus::Testing,     AccountStatus::Tested,
                                           AccountStatus::TestFailed, AccountStatus::Migrating,   AccountStatus::Migrated,
                                           AccountStatus::RollingBack, AccountStatus::MovingBack, AccountStatus::Done,
                                           AccountStatus::Failed};
    for (const AccountStatus status : statuses) {
        AccountRecord account;
        account.id = 301;
        account.name = u"acme-shop"_s;
        account.databaseSize = (qint64(1) << 53);
        account.filesSize = 8;
        account.mailSize = 0;
        account.location = Location::Transit;
        account.version = Version::New;
        account.status = status;
        account.operationStartedAt = utc(2026, 11, 23, 10);
        account.operationEstimatedEnd = utc(2026, 11, 23, 11);
        account.rollbackAvailable = true;
        account.lastError = u"MongoDB is not available on the new infrastructure"_s;
        const auto parsed = contract::parseAccount(bytes(contract::toJson(account)), account.id);
        ASSERT_TRUE(parsed.hasValue()) << contract::toString(status).toStdString();
        EXPECT_EQ(parsed.value(), account) << contract::toString(status).toStdString();
    }
}

TEST(ContractRoundTrip, MigrationDetail)
{
    MigrationDetail detail;
    detail.summary = {7, u"2024 software infrastructure"_s, u"private_cloud_required"_s,
                      utc(2027, 1, 31, 23, 59), 12};
    detail.serverDailyPrice = {420, u"EUR"_s};
    detail.transit = {TransitStatus::Installing, u"transit-3"_s, 42, utc(2026, 11, 20), QDateTime(),
                      QDateTime()};
    detail.clientServer = {ClientServerStatus::Reinstalled, utc(2026, 12, 1), utc(2026, 12, 2)};
    detail.finalization = {Finalizer::Customer, utc(2026, 12, 9)};
    const auto parsed = contract::parseMigration(bytes(contract::toJson(detail)), 7);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value(), detail);

    detail.finalization = {};
    detail.transit.name.clear();
    const auto parsedNulls = contract::parseMigration(bytes(contract::toJson(detail)), 7);
    ASSERT_TRUE(parsedNulls.hasValue());
    EXPECT_EQ(parsedNulls.value(), detail);
}

TEST(ContractRoundTrip, SupportRequestBodies)
{
    for (const SupportTopic topic : {SupportTopic::TransitServer, SupportTopic::SharedTransitServer,
                                     SupportTopic::Reinstall, SupportTopic::Finalization}) {
        SupportRequest request{topic, u"Hello support — é"_s, Finalizer::Nobody};
        if (topic == SupportTopic::Finalization)
            request.finalizationBy = Finalizer::Customer;
        const auto parsed = contract::parseSupportRequest(contract::supportRequestBody(request));
        ASSERT_TRUE(parsed.hasValue());
        EXPECT_EQ(parsed.value().topic, topic);
        EXPECT_EQ(parsed.value().message, request.message);
        EXPECT_EQ(parsed.value().finalizationBy, request.finalizationBy);
    }
    const auto missingBy = contract::parseSupportRequest(R"({"topic": "finalization", "message": ""})");
    ASSERT_FALSE(missingBy.hasValue());
    EXPECT_EQ(missingBy.error().field, u"finalization_by"_s);
}

TEST(ContractRoundTrip, SupportTicketAndConflict)
{
    const SupportTicket ticket{55, SupportTopic::Reinstall, utc(2026, 11, 23, 10)};
    const auto parsed = contract::parseSupportTicket(bytes(contract::toJson(ticket)));
    ASSERT_TRUE(parsed.hasValue());
    EXPECT_EQ(parsed.value(), ticket);

    const auto conflict = contract::parseErrorBody(bytes(contract::conflictJson(u"busy"_s, AccountStatus::Migrating)));
    EXPECT_EQ(conflict.status, u"migrating"_s);
    EXPECT_EQ(conflict.detail, u"busy"_s);
}

TEST(ContractRoundTrip, EmptyActionBodyIsAnEmptyObject)
{
    EXPECT_EQ(contract::emptyActionBody(), QByteArray("{}"));
}

} // namespace
