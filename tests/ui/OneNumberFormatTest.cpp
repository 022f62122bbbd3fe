// One way to write each number: the same size, downtime, date and amount read the same on the
// screen, in the CLI, in the report and in the support messages, in English and in French.
#include "app/cli/StatusReport.h"
#include "core/model/Format.h"
#include "core/report/MigrationReport.h"
#include "core/report/ReportHtml.h"
#include "core/session/SupportMessage.h"
#include "ui/accounts/AccountsTableModel.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using passerelle::ui::AccountsTableModel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 17), QTime(12, 0), Qt::UTC);

report::ReportInput sampleInput()
{
    report::ReportInput input;
    input.now = kNow;
    MigrationDetail &migration = input.snapshot.migration;
    migration.summary.id = 7;
    migration.summary.description = u"2024 software infrastructure"_s;
    migration.summary.deadline = QDateTime(QDate(2027, 1, 31), QTime(23, 0), Qt::UTC);
    migration.serverDailyPrice = Money {420, u"EUR"_s};
    migration.transit.status = TransitStatus::Ready;
    migration.transit.readyAt = kNow.addDays(-15); // one day billed
    AccountRecord account;
    account.id = 301;
    account.name = u"acme-shop"_s;
    account.databaseSize = qint64(3) << 29; // 1.5 GiB: 90 s, written "2 min"
    account.filesSize = qint64(40) << 30;
    input.snapshot.accounts = {account};
    input.facts.confirmedReady = {301};
    input.serverName = u"vps-acme"_s;
    return input;
}

// Qt writes some spaces as no-break spaces; the figure is the same either way for a reader.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

class OneNumberFormat : public ::testing::TestWithParam<QLocale::Language>
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(GetParam() == QLocale::French ? QLocale(QLocale::French, QLocale::France)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

TEST_P(OneNumberFormat, ScreenCliReportAndMessageAgree)
{
    const report::ReportInput input = sampleInput();
    const AccountRecord &account = input.snapshot.accounts.constFirst();
    const QString size = format::dataSize(account.databaseSize);
    const QString files = format::dataSize(account.filesSize);
    const QString downtime = format::duration(std::chrono::seconds(90));
    const QString deadline = format::dateTime(input.snapshot.migration.summary.deadline);
    const QString cost = format::money(Money {420, u"EUR"_s});
    ASSERT_EQ(downtime, u"2 min"_s);
    ASSERT_TRUE(deadline.contains(u"2027"_s)) << "dates carry their year";

    AccountsTableModel screen;
    screen.setSnapshot(input.snapshot, input.facts, {});
    EXPECT_EQ(screen.index(0, AccountsTableModel::DatabaseSize).data().toString(), size);
    EXPECT_EQ(screen.index(0, AccountsTableModel::EstimatedDowntime).data().toString(), downtime);

    const QString cli = cli::statusText(input);
    for (const QString &figure : {size, files, downtime, deadline})
        EXPECT_TRUE(cli.contains(figure)) << figure.toStdString() << " not in the CLI:\n" << cli.toStdString();

    const QString html = report::toHtml(report::buildReport(input));
    for (const QString &figure : {downtime, deadline, cost})
        EXPECT_TRUE(html.contains(figure.toHtmlEscaped())) << figure.toStdString() << " not in the report";

    const QString message = composeSupportMessage(
        SupportTopic::TransitServer, SupportMessageInput {input.snapshot, input.facts, {}, input.serverName, kNow});
    for (const QString &figure : {size, files, downtime, deadline})
        EXPECT_TRUE(message.contains(figure)) << figure.toStdString() << " not in:\n" << message.toStdString();

    if (GetParam() == QLocale::French) {
        EXPECT_EQ(plain(cost), u"4,20 €"_s);
        EXPECT_EQ(plain(size), u"1,5 Gio"_s);
    } else {
        EXPECT_EQ(plain(size), u"1.5 GiB"_s);
    }
}

// A long figure keeps every character in the CLI's columns: "10 h 20 min", not "10 h 20 mi".
TEST_P(OneNumberFormat, TheCliNeverCutsAFigure)
{
    report::ReportInput input = sampleInput();
    input.snapshot.accounts[0].databaseSize = qint64(620) << 30; // 620 min
    const QString downtime = format::duration(std::chrono::seconds(620 * 60));
    ASSERT_EQ(downtime, u"10 h 20 min"_s);
    EXPECT_TRUE(cli::statusText(input).contains(downtime + u' ')) << cli::statusText(input).toStdString();
}

INSTANTIATE_TEST_SUITE_P(EnglishAndFrench, OneNumberFormat, ::testing::Values(QLocale::English, QLocale::French),
                         [](const auto &info) { return info.param == QLocale::French ? "French" : "English"; });

} // namespace
