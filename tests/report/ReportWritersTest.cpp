#include "core/journal/ActivityCategory.h"
#include "core/report/AccountsCsv.h"
#include "core/report/MigrationReport.h"
#include "core/report/ReportHtml.h"
#include "tests/common/ParamName.h"

#include <gtest/gtest.h>

using namespace passerelle::report;

namespace {

MigrationReport reportWithAccount(const QString &name)
{
    MigrationReport report;
    report.generatedAt = QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
    report.description = QStringLiteral("Tom & Jerry's \"cloud\"");
    AccountLine line;
    line.name = name;
    line.status = QStringLiteral("idle");
    line.estimatedSeconds = 65;
    report.accounts.append(line);
    return report;
}

TEST(ReportHtml, EscapesEveryText)
{
    const QString html = toHtml(reportWithAccount(QStringLiteral("<b>x</b>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>x</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tom &amp; Jerry")));
    EXPECT_TRUE(html.contains(QStringLiteral("&quot;cloud&quot;")));
}

TEST(ReportHtml, IsSelfContained)
{
    const QString html = toHtml(reportWithAccount(QStringLiteral("shop")));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_FALSE(html.contains(QStringLiteral("src=")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=")));
    EXPECT_TRUE(html.contains(QStringLiteral("2 min"))) << "65 s estimated, rounded up like every duration";
}

// The report names each timeline category as the activity window does, never the stored word.
TEST(ReportHtml, TimelineCategoriesAreNamedForPeople)
{
    MigrationReport report = reportWithAccount(QStringLiteral("shop"));
    const QDateTime at = report.generatedAt;
    report.timeline = {{at, passerelle::ActivityCategory::action(), QStringLiteral("sent"), 0},
                       {at, passerelle::ActivityCategory::fact(), QStringLiteral("ticked"), 0}};
    const QString html = toHtml(report);
    EXPECT_TRUE(html.contains(QStringLiteral("<td>Action</td>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<td>Your answer</td>"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<td>action</td>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<td>fact</td>")));
}

struct CsvCase
{
    const char *in;
    const char *out;
};

class CsvFieldTest : public ::testing::TestWithParam<CsvCase>
{
};

TEST_P(CsvFieldTest, QuotesAndNeutralizesFormulas)
{
    EXPECT_EQ(csvField(QString::fromUtf8(GetParam().in)), QString::fromUtf8(GetParam().out));
}

INSTANTIATE_TEST_SUITE_P(Fields, CsvFieldTest,
                         ::testing::Values(CsvCase {"plain", "plain"}, CsvCase {"", ""}, CsvCase {"a,b", "\"a,b\""},
                                           CsvCase {"say \"hi\"", "\"say \"\"hi\"\"\""},
                                           CsvCase {"two\nlines", "\"two\nlines\""},
                                           CsvCase {"=SUM(A1:A2)", "'=SUM(A1:A2)"}, CsvCase {"+1", "'+1"},
                                           CsvCase {"-2", "'-2"}, CsvCase {"@cmd", "'@cmd"},
                                           CsvCase {"=1,2", "\"'=1,2\""}, CsvCase {"a=b", "a=b"}),
                         [](const auto &info) { return passerelle::testing::rowName(info.index, info.param.in); });

TEST(AccountsCsv, OneHeaderAndOneLinePerAccountWithCrlf)
{
    const QString csv = accountsCsv(reportWithAccount(QStringLiteral("=evil,\"shop\"")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[2].isEmpty());
    EXPECT_EQ(lines[1], QStringLiteral("\"'=evil,\"\"shop\"\"\",idle,,,65,"));
}

} // namespace
