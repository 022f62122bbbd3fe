#include "core/model/Format.h"
#include "tests/common/ParamName.h"
#include "tests/ui/UiFixtures.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/countdown/CountdownPanel.h"

#include <QEvent>
#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class CountdownTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    ManualClock clock {at("2026-12-01T10:00:00Z")};
};

TEST_F(CountdownTest, FreePeriodCountsDownFromTheClock)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    EXPECT_TRUE(panel.transitText().contains(u"14 days, 0 hours, 0 minutes"_s)) << panel.transitText().toStdString();

    clock.set(at("2026-12-12T07:30:00Z")); // 2 days 2 h 30 min before the end
    panel.recompute();
    EXPECT_TRUE(panel.transitText().contains(u"3 days, 2 hours, 30 minutes"_s)) << panel.transitText().toStdString();
}

TEST_F(CountdownTest, PastTheFreePeriodShowsCostSoFarAndPerDay)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    clock.set(at("2026-12-17T11:00:00Z")); // 2 days and 1 hour past: 3 started days billed
    panel.recompute();
    const QString text = panel.transitText();
    EXPECT_TRUE(text.contains(format::money(Money {1260, u"EUR"_s}))) << text.toStdString();
    EXPECT_TRUE(text.contains(format::money(Money {420, u"EUR"_s}))) << text.toStdString();
}

TEST_F(CountdownTest, FinalizationSaysWhichFreeWindowAppliesToWhichFinalizer)
{
    MigrationSnapshot snapshot = transitReady(makeSnapshot(1));
    snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled;
    snapshot.migration.clientServer.reinstallStartedAt = at("2026-12-05T08:00:00Z");
    snapshot.migration.clientServer.reinstalledAt = at("2026-12-06T08:00:00Z");
    LocalFacts facts;
    CountdownPanel panel(&clock);
    clock.set(at("2026-12-07T08:00:00Z"));
    panel.setSnapshot(snapshot, facts);
    // Before the choice: both windows, each with its finalizer.
    EXPECT_TRUE(panel.finalizationText().contains(u"yourself, you have one week at no extra cost (until 13 Dec 2026"_s))
        << panel.finalizationText().toStdString();
    EXPECT_TRUE(panel.finalizationText().contains(u"If support does it, the transit server's free period applies "
                                                  "(until 15 Dec 2026"_s))
        << panel.finalizationText().toStdString();
    facts.finalizer = Finalizer::Support;
    panel.setSnapshot(snapshot, facts);
    EXPECT_TRUE(panel.finalizationText().startsWith(u"Support moves the accounts back: the transit server's free "
                                                    "period applies (until 15 Dec 2026"_s))
        << panel.finalizationText().toStdString();
    facts.finalizer = Finalizer::Customer;
    panel.setSnapshot(snapshot, facts);
    EXPECT_TRUE(panel.finalizationText().contains(u"6 days, 0 hours, 0 minutes"_s))
        << panel.finalizationText().toStdString();
    EXPECT_TRUE(panel.rollbackText().startsWith(u"Rollback closed since"_s)) << panel.rollbackText().toStdString();
}

TEST_F(CountdownTest, ProjectionSaysWhenTheCustomerWouldBeDoneAndAtWhatCost)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    EXPECT_TRUE(panel.projectionText().contains(u"no extra cost"_s)) << panel.projectionText().toStdString();
    EXPECT_FALSE(panel.showsBillingWarning());

    clock.set(at("2026-12-15T09:00:00Z")); // an hour before the free period ends, nothing migrated
    panel.recompute();
    const QString text = panel.projectionText();
    EXPECT_TRUE(text.contains(u"the transit server would cost "_s + format::money(Money {420, u"EUR"_s})))
        << text.toStdString();
    EXPECT_FALSE(panel.showsBillingWarning());
}

TEST_F(CountdownTest, BillingStartedIsSaidInWordsAndInColour)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    clock.set(at("2026-12-16T11:00:00Z"));
    panel.recompute();
    EXPECT_TRUE(panel.showsBillingWarning());
    EXPECT_TRUE(panel.transitText().contains(u"free period ended"_s)) << panel.transitText().toStdString();
    EXPECT_TRUE(panel.transitText().contains(u"Cost so far"_s)) << panel.transitText().toStdString();
}

TEST_F(CountdownTest, DeadlineAndRollbackBanner)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(makeSnapshot(1), LocalFacts());
    EXPECT_TRUE(panel.deadlineText().contains(u"29 days, 14 hours, 0 minutes"_s)) << panel.deadlineText().toStdString();
    EXPECT_EQ(panel.rollbackText(), u"Rollback available until the reinstall starts."_s);
    EXPECT_TRUE(panel.transitText().isEmpty()) << "no free period before the transit server is ready";
    clock.set(at("2027-01-02T00:00:00Z"));
    panel.recompute();
    EXPECT_TRUE(panel.deadlineText().contains(u"passed"_s)) << panel.deadlineText().toStdString();
}

// The panel recomputes every second on every page: when nothing it says changed, its labels keep
// their style (a style sheet set again re-polishes them and lays the page out anew).
TEST_F(CountdownTest, ATickThatChangesNothingRestylesNothing)
{
    CountdownPanel panel(&clock);
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    struct StyleChanges : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::StyleChange ? 1 : 0;
            return false;
        }
    } changes;
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    ASSERT_FALSE(labels.isEmpty());
    for (QLabel *label : labels)
        label->installEventFilter(&changes);
    panel.recompute();
    panel.setSnapshot(transitReady(makeSnapshot(2)), LocalFacts());
    EXPECT_EQ(changes.count, 0);
    clock.set(at("2026-12-16T11:00:00Z")); // billed: the free period's line changes colour
    panel.recompute();
    EXPECT_GT(changes.count, 0) << "the colour did not follow";
}

} // namespace

namespace {

using passerelle::ui::OperationProgress;

TEST(OperationProgress, UsesTheProvidersEstimateThenTheRule)
{
    ManualClock clock(at("2026-12-01T10:00:00Z"));
    MigrationSnapshot snapshot = transitReady(makeSnapshot(2));
    AccountRecord &moving = snapshot.accounts[1];
    moving.status = AccountStatus::Migrating;
    moving.operationStartedAt = at("2026-12-01T10:00:00Z");
    moving.operationEstimatedEnd = at("2026-12-01T10:04:00Z");
    OperationProgress progress(&clock);
    progress.setSnapshot(snapshot);
    EXPECT_EQ(progress.percent(), 0);
    clock.set(at("2026-12-01T10:03:00Z"));
    progress.recompute();
    EXPECT_EQ(progress.percent(), 75);
    EXPECT_TRUE(progress.text().contains(u"1 min left"_s)) << progress.text().toStdString();

    // No estimate from the provider: one minute per GiB of databases (site-2 holds 1 GiB).
    moving.operationEstimatedEnd = QDateTime();
    clock.set(at("2026-12-01T10:00:30Z"));
    progress.setSnapshot(snapshot);
    EXPECT_EQ(progress.percent(), 50);
    clock.set(at("2026-12-01T10:05:00Z"));
    progress.recompute();
    EXPECT_TRUE(progress.text().contains(u"longer than estimated"_s)) << progress.text().toStdString();
}

} // namespace
