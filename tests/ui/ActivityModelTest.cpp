#include "tests/common/ParamName.h"
#include "ui/activity/ActivityFilterProxy.h"
#include "ui/activity/ActivityTableModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::ui;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

QList<ActivityEntry> sampleEntries()
{
    return {
        {kStart.addSecs(60), u"answer"_s, u"Migration of shop accepted"_s, 1},
        {kStart, u"action"_s, u"Migrate shop"_s, 1},
        {kStart.addSecs(120), u"state"_s, u"Transit server ready"_s, 0},
        {kStart.addSecs(180), u"error"_s, u"Blog test failed"_s, 2},
    };
}

TEST(ActivityTableModel, PassesTheModelTesterThroughResetsAndAppends)
{
    ActivityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(sampleEntries());
    model.setAccountNames({{1, u"shop"_s}, {2, u"blog"_s}});
    model.append({kStart.addSecs(240), u"fact"_s, u"shop verified"_s, 1});
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ActivityTableModel, ShowsColumnsOldestFirst)
{
    ActivityTableModel model;
    model.setEntries(sampleEntries());
    model.setAccountNames({{1, u"shop"_s}});
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), ActivityTableModel::ColumnCount);
    EXPECT_EQ(model.index(0, ActivityTableModel::TextColumn).data().toString(), u"Migrate shop"_s);
    EXPECT_EQ(model.index(0, ActivityTableModel::AccountColumn).data().toString(), u"shop"_s);
    EXPECT_EQ(model.index(0, ActivityTableModel::CategoryColumn).data(ActivityTableModel::CategoryRole).toString(),
              u"action"_s);
    EXPECT_FALSE(model.index(0, ActivityTableModel::TimeColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(2, ActivityTableModel::AccountColumn).data().toString().isEmpty());
    EXPECT_EQ(model.headerData(ActivityTableModel::TextColumn, Qt::Horizontal).toString(), u"What happened"_s);
}

struct FilterCase
{
    const char *text;
    const char *category;
    int rows;
};

class ActivityFilter : public ::testing::TestWithParam<FilterCase>
{
};

TEST_P(ActivityFilter, KeepsMatchingRows)
{
    ActivityTableModel model;
    model.setEntries(sampleEntries());
    model.setAccountNames({{1, u"shop"_s}, {2, u"blog"_s}});
    ActivityFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setTextFilter(QString::fromUtf8(GetParam().text));
    proxy.setCategoryFilter(QString::fromUtf8(GetParam().category));
    EXPECT_EQ(proxy.rowCount(), GetParam().rows);
}

INSTANTIATE_TEST_SUITE_P(Cases, ActivityFilter,
                         ::testing::Values(FilterCase {"", "", 4}, FilterCase {"SHOP", "", 2},
                                           FilterCase {"shop", "answer", 1}, FilterCase {"", "error", 1},
                                           FilterCase {"blog", "", 1}, FilterCase {"nothing like it", "", 0},
                                           FilterCase {"", "support", 0}, FilterCase {"  transit  ", "", 1}),
                         [](const auto &info) {
                             return passerelle::testing::rowName(info.index,
                                                                 std::string(info.param.text) + info.param.category);
                         });

} // namespace
