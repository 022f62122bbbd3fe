// The wizard's side of "while you are away": "Start at…" with its downtime window and countdown,
// the keep-awake line, the notification setting, and a clicked notification showing its step.
#include "core/away/Notification.h"
#include "core/away/SleepInhibitor.h"
#include "core/model/Format.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "tests/ui/WizardHarness.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/wizard/AwayBar.h"
#include "ui/wizard/AwayServices.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/QueueControls.h"
#include "ui/wizard/StartTimeDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class RecordingNotifier final : public Notifier
{
public:
    void show(const Notification &notification) override { shown << notification; }
    void click(Step step) { Q_EMIT activated(step); }
    QList<Notification> shown;
};

class HeldInhibitor final : public SleepInhibitor
{
public:
    void inhibit(const QString &) override { m_state = State::Held; Q_EMIT stateChanged(m_state); }
    void release() override { m_state = State::Released; Q_EMIT stateChanged(m_state); }
    State state() const override { return m_state; }

private:
    State m_state = State::Released;
};

class AwayWizard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.context.setAway(&away);
        h.wizard = std::make_unique<PasserelleWizard>(&h.context, u"0.1.0-test"_s); // with the away line
        h.context.chooseStartTime = [this](QWidget *, const QDateTime &suggested) {
            suggestedStart = suggested;
            return chosenStart;
        };
        h.transitStatus = TransitStatus::Ready;
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
        qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton()->click();
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return h.wizard->currentId() == static_cast<int>(Step::MigrateAccounts); }, 5000));
        page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
    }

    void selectTwo()
    {
        AccountsView *view = page->accounts()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        ASSERT_EQ(view->selectedAccountIds().size(), 2);
    }

    AwayBar *bar() const { return page->findChild<AwayBar *>(); }

    WizardHarness h {3};
    RecordingNotifier notifier;
    HeldInhibitor inhibitor;
    bool savedSetting = true;
    AwayServices away {&h.context, &notifier, &inhibitor,
                       AwayServices::SettingStore {[] { return true; }, [this](bool on) { savedSetting = on; }}};
    MigrateAccountsPage *page = nullptr;
    QDateTime suggestedStart;
    QDateTime chosenStart;
};

TEST_F(AwayWizard, StartAtSchedulesTheQueueAfterShowingItsDowntimeWindow)
{
    selectTwo();
    chosenStart = h.clock.now().addSecs(6 * 3600);
    ASSERT_TRUE(page->startLaterButton()->isEnabled());
    QTest::mouseClick(page->startLaterButton(), Qt::LeftButton);
    EXPECT_EQ(suggestedStart.toLocalTime().time(), QTime(2, 0)); // a night hour is suggested
    ASSERT_EQ(h.confirmations.size(), 1);
    EXPECT_TRUE(h.confirmations.constFirst().text.contains(u"3 min"_s)) << "1 GiB + 2 GiB";
    EXPECT_TRUE(h.confirmations.constFirst().text.contains(format::dateTime(chosenStart)));
    EXPECT_TRUE(h.confirmations.constFirst().text.contains(format::dateTime(chosenStart.addSecs(180))));
    const std::optional<ScheduledQueue> &scheduled = h.session()->schedule().pending();
    ASSERT_TRUE(scheduled);
    EXPECT_EQ(scheduled->accountIds.size(), 2);
    EXPECT_TRUE(h.api->posts.isEmpty());
    // The countdown, the way to cancel it, and the computer kept awake, said on screen.
    EXPECT_TRUE(page->queueState()->text().contains(u"6 hours"_s)) << page->queueState()->text().toStdString();
    EXPECT_TRUE(page->cancelQueueButton()->isVisible());
    EXPECT_FALSE(page->startLaterButton()->isEnabled());
    EXPECT_TRUE(bar()->keepAwakeLabel()->isVisible());
    EXPECT_TRUE(bar()->keepAwakeLabel()->text().contains(u"awake"_s));

    QTest::mouseClick(page->cancelQueueButton(), Qt::LeftButton);
    EXPECT_FALSE(h.session()->schedule().pending());
    EXPECT_FALSE(bar()->keepAwakeLabel()->isVisible());
    EXPECT_EQ(inhibitor.state(), SleepInhibitor::State::Released);
    h.clock.advance(7 * 3600);
    QTest::qWait(100);
    EXPECT_TRUE(h.api->posts.isEmpty());
}

// "Start at…" reads its date as every other date does (the one formatter), and its title fits.
TEST(StartTimeDialogText, TheTimeReadsLikeEveryOtherDateAndTheTitleFits)
{
    const QDateTime suggested(QDate(2026, 11, 25), QTime(2, 0));
    StartTimeDialog dialog(suggested);
    dialog.show();
    EXPECT_EQ(dialog.editor()->text(), format::dateTime(suggested));
    EXPECT_GT(dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100);
}

TEST_F(AwayWizard, AStartTimeInThePastSchedulesNothing)
{
    selectTwo();
    chosenStart = h.clock.now().addSecs(-60);
    QTest::mouseClick(page->startLaterButton(), Qt::LeftButton);
    EXPECT_TRUE(h.confirmations.isEmpty());
    EXPECT_FALSE(h.session()->schedule().pending());
}

// The same rule as the CLI's --at (starttime::check): a start after the deadline is no plan.
TEST_F(AwayWizard, AStartTimeAfterTheDeadlineSchedulesNothing)
{
    selectTwo();
    const QDateTime deadline = h.session()->snapshot().migration.summary.deadline;
    ASSERT_TRUE(deadline.isValid());
    ASSERT_GT(deadline, h.clock.now());
    chosenStart = deadline.addSecs(3600);
    QTest::mouseClick(page->startLaterButton(), Qt::LeftButton);
    EXPECT_TRUE(h.confirmations.isEmpty());
    EXPECT_FALSE(h.session()->schedule().pending());
}

// A missed night start stays on the step's queue line through the next polls, until the customer
// starts or sets a queue again.
TEST_F(AwayWizard, AMissedStartStaysSaidUntilTheCustomerActsAgain)
{
    selectTwo();
    h.session()->schedule().setLongestWait(std::chrono::milliseconds(20)); // the clock is manual
    chosenStart = h.clock.now().addSecs(600);
    QTest::mouseClick(page->startLaterButton(), Qt::LeftButton);
    ASSERT_TRUE(h.session()->schedule().pending());
    QSignalSpy missed(&h.session()->schedule(), &QueueSchedule::missed);
    h.clock.advance(600 + std::chrono::seconds(QueueSchedule::kLateStartGrace).count() + 3600);
    ASSERT_TRUE(missed.wait(5000));
    ASSERT_TRUE(page->queueState()->text().contains(u"did not start"_s)) << page->queueState()->text().toStdString();
    page->queueControls()->update(); // what each poll does
    EXPECT_TRUE(page->queueState()->text().contains(u"did not start"_s)) << page->queueState()->text().toStdString();
    QTest::mouseClick(page->queueButton(), Qt::LeftButton); // the customer starts the queue now
    ASSERT_TRUE(h.session()->queue().isActive());
    EXPECT_FALSE(page->queueState()->text().contains(u"did not start"_s)) << page->queueState()->text().toStdString();
}

TEST_F(AwayWizard, AnEndedOperationIsNotifiedUnlessTheCustomerTurnedThemOff)
{
    h.session()->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return h.session()->snapshot().account(301)->status == AccountStatus::Migrating; }, 5000));
    h.api->finishOperation(301);
    ASSERT_TRUE(h.refreshAndWait([this] { return !notifier.shown.isEmpty(); }));
    EXPECT_TRUE(notifier.shown.constFirst().title.contains(u"account-1"_s));

    QCheckBox *setting = bar()->notificationsBox();
    ASSERT_TRUE(setting->isChecked());
    setting->click();
    EXPECT_FALSE(savedSetting);
    EXPECT_FALSE(away.notificationsEnabled());
    notifier.shown.clear();
    h.session()->startAction(302, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([this] { return h.session()->snapshot().account(302)->status == AccountStatus::Migrating; }, 5000));
    h.api->finishOperation(302);
    ASSERT_TRUE(h.refreshAndWait([this] { return h.session()->snapshot().account(302)->status == AccountStatus::Migrated; }));
    EXPECT_TRUE(notifier.shown.isEmpty());
}

TEST_F(AwayWizard, AClickedNotificationShowsItsStep)
{
    h.wizard->back();
    ASSERT_LT(h.wizard->currentId(), static_cast<int>(Step::MigrateAccounts));
    notifier.click(Step::MigrateAccounts);
    EXPECT_EQ(h.wizard->currentId(), static_cast<int>(Step::MigrateAccounts));
}

} // namespace
