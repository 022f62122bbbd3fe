#include "core/api/ApiContract.h"
#include "core/api/ProviderText.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

struct TextCase
{
    const char *name;
    QString raw;
    QString shown;
};

class ProviderTextCleaning : public ::testing::TestWithParam<TextCase>
{ };

TEST_P(ProviderTextCleaning, KeepsNoControlCharacter)
{
    EXPECT_EQ(contract::cleanProviderText(GetParam().raw), GetParam().shown);
    EXPECT_TRUE(contract::isCleanProviderText(contract::cleanProviderText(GetParam().raw)));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ProviderTextCleaning,
    ::testing::Values(
        TextCase{"Plain", u"acme-shop"_s, u"acme-shop"_s},
        TextCase{"AccentsAndEmojiStay", u"Société 🚀 ü"_s, u"Société 🚀 ü"_s},
        TextCase{"ClearScreenAndCursor", u"x\x1b[2J\x1b[1;1HAll accounts migrated"_s, u"x[2J[1;1HAll accounts migrated"_s},
        TextCase{"LineBreaksBecomeSpaces", u"a\r\nb\tc"_s, u"a  b c"_s},
        TextCase{"OscWindowTitle", u"\x1b]0;pwned\x07rest"_s, u"]0;pwnedrest"_s},
        TextCase{"C1ControlsAndDel", u"a\u009b31mb\u007fc\u0085d"_s, u"a31mbcd"_s},
        TextCase{"BidiOverridesAndIsolates", u"abc\u202Egnp.exe\u202C\u2066x\u2069\u200F"_s, u"abcgnp.exex"_s},
        TextCase{"NulAndBell", u"a"_s + QChar(0) + u"b\u0007"_s, u"ab"_s}),
    [](const auto &info) { return std::string(info.param.name); });

const char kMigrationWithEscapes[] = "{\"id\": 7, \"description\": \"Move\\u001b[2J\\u001b[1;1HAll accounts migrated\\r\\n\","
                                     " \"kind\": \"private_cloud_required\", \"deadline\": \"2027-01-31T23:59:59Z\","
                                     " \"server\": 12, \"server_daily_price\": \"4.20\", \"currency\": \"EUR\","
                                     " \"transit\": {\"status\": \"ready\", \"name\": \"transit\\u202e-3\\u001b]0;x\\u0007\","
                                     " \"precopy_percent\": 100, \"requested_at\": \"2026-11-20T09:00:00Z\","
                                     " \"ready_at\": \"2026-11-21T15:30:00Z\", \"free_until\": \"2026-12-05T15:30:00Z\"},"
                                     " \"client_server\": {\"status\": \"original\", \"reinstall_started_at\": null,"
                                     " \"reinstalled_at\": null}, \"finalization\": {\"by\": null, \"free_until\": null}}";

TEST(ContractText, ProviderStringsArriveWithoutControlCharacters)
{
    const auto parsed = contract::parseMigration(kMigrationWithEscapes, 7);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().summary.description, u"Move[2J[1;1HAll accounts migrated  "_s);
    EXPECT_EQ(parsed.value().transit.name, u"transit-3]0;x"_s);
}

TEST(ContractText, AccountNamesAndLastErrorsAreCleaned)
{
    const QByteArray body = "[{\"account\": 301, \"name\": \"acme\\u001b[31m\", \"database_size\": 1, \"files_size\": 1,"
                            " \"mail_size\": 1, \"location\": \"client\", \"version\": \"old\", \"status\": \"failed\","
                            " \"operation_started_at\": null, \"operation_estimated_end\": null,"
                            " \"rollback_available\": false, \"last_error\": \"disk\\u009b2Jfull\\n\"}]";
    const auto parsed = contract::parseMigrationAccounts(body);
    ASSERT_TRUE(parsed.hasValue()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().at(0).name, u"acme[31m"_s);
    EXPECT_EQ(parsed.value().at(0).lastError, u"disk2Jfull "_s);
}

TEST(ContractText, ErrorDetailsAreCleaned)
{
    const auto error = contract::parseErrorBody(
        "{\"detail\": \"\\u001b]0;title\\u0007\\u001b[31mNot now\\r\\n\\u202eevil\", \"status\": \"idle\\u001b\"}");
    EXPECT_EQ(error.detail, u"]0;title[31mNot now  evil"_s);
    EXPECT_EQ(error.status, u"idle"_s);
}

TEST(ContractText, AProtocolErrorQuotingTheProviderIsCleaned)
{
    const QByteArray body = "[{\"account\": 301, \"name\": \"a\", \"database_size\": 1, \"files_size\": 1,"
                            " \"mail_size\": 1, \"location\": \"client\", \"version\": \"old\","
                            " \"status\": \"idle\\u001b[2J\", \"operation_started_at\": null,"
                            " \"operation_estimated_end\": null, \"rollback_available\": false, \"last_error\": null}]";
    const auto parsed = contract::parseMigrationAccounts(body);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_TRUE(contract::isCleanProviderText(parsed.error().message)) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed.error().message.contains(u"idle[2J"_s));
}

} // namespace
