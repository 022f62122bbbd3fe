#include "core/journal/ActivityCategory.h"
#include "core/report/AccountsCsv.h"
#include "core/report/MigrationReport.h"
#include "core/report/ReportHtml.h"
#include "tests/common/ParamName.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle::report;

namespace {

MigrationReport reportWithAccount(const QString &name)
{
    MigrationReport report;
    report.generatedAt = QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
    report.description = u"Tom & Jerry's \"cloud\""_s;
    AccountLine line;
    line.name = name;
    line.status = u"idle"_s;
    line.estimatedSeconds = 65;
    report.accounts.append(line);
    return report;
}

TEST(ReportHtml, EscapesEveryText)
{
    const QString html = toHtml(reportWithAccount(u"<b>x</b>"_s));
    EXPECT_FALSE(html.contains(u"<b>x</b>"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;x&lt;/b&gt;"_s));
    EXPECT_TRUE(html.contains(u"Tom &amp; Jerry"_s));
    EXPECT_TRUE(html.contains(u"&quot;cloud&quot;"_s));
}

TEST(ReportHtml, IsSelfContained)
{
    const QString html = toHtml(reportWithAccount(u"shop"_s));
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_FALSE(html.contains(u"src="_s));
    EXPECT_FALSE(html.contains(u"href="_s));
    EXPECT_TRUE(html.contains(u"2 min"_s)) << "65 s estimated, rounded up like every duration";
}

// The report names each timeline category as the activity window does, never the stored word.
TEST(ReportHtml, TimelineCategoriesAreNamedForPeople)
{
    MigrationReport report = reportWithAccount(u"shop"_s);
    const QDateTime at = report.generatedAt;
    report.timeline = {{at, passerelle::ActivityCategory::action(), u"sent"_s, 0},
                       {at, passerelle::ActivityCategory::fact(), u"ticked"_s, 0}};
    const QString html = toHtml(report);
    EXPECT_TRUE(html.contains(u"<td>Action</td>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"<td>Your answer</td>"_s)) << html.toStdString();
    EXPECT_FALSE(html.contains(u"<td>action</td>"_s));
    EXPECT_FALSE(html.contains(u"<td>fact</td>"_s));
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
    const QString csv = accountsCsv(reportWithAccount(u"=evil,\"shop\""_s));
    const QStringList lines = csv.split(u"\r\n"_s);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[2].isEmpty());
    EXPECT_EQ(lines[1], u"\"'=evil,\"\"shop\"\"\",idle,,,65,"_s);
}

} // namespace
