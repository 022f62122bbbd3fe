#include "tests/report/ICalendarReader.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/MigrateAccountsPage.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// "Add to calendar…" on step 4, with the file dialog replaced by an answer chosen by the test.
class CalendarButtonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.context.chooseSavePath
            = [this](QWidget *, const QString &caption, const QString &filter, const QString &suggested) {
                  asked << caption;
                  EXPECT_TRUE(filter.contains(u"*.ics"_s));
                  EXPECT_TRUE(suggested.endsWith(u".ics"_s));
                  return answer;
              };
        h.transitStatus = TransitStatus::Ready;
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
        qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton()->click();
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return h.wizard->currentId() == static_cast<int>(Step::MigrateAccounts); }, 5000));
        page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
        ASSERT_TRUE(page->calendarButton()->isVisible());
    }

    void clickCalendar() { QTest::mouseClick(page->calendarButton(), Qt::LeftButton); }

    WizardHarness h {3};
    MigrateAccountsPage *page = nullptr;
    QTemporaryDir dir;
    QString answer;
    QStringList asked;
};

TEST_F(CalendarButtonTest, SavesThePlanWhereTheUserChose)
{
    answer = dir.filePath(u"plan.ics"_s);
    clickCalendar();
    ASSERT_EQ(asked.size(), 1);
    QFile file(answer);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const ICalendarComponent calendar = readICalendar(file.readAll(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QList<ICalendarComponent> events = calendar.childrenNamed("VEVENT");
    ASSERT_EQ(events.size(), 5) << "three accounts, the transit's free period, the deadline";
    EXPECT_TRUE(events[0].value("SUMMARY").contains(u"account-1"_s));
    EXPECT_EQ(readUtcTime(events[0].value("DTSTART")), h.clock.now()) << "the session's clock";
    EXPECT_EQ(page->errorLabel()->kind(), MessageLabel::Kind::Info);
    EXPECT_TRUE(page->errorLabel()->message().contains(u"plan.ics"_s));
}

TEST_F(CalendarButtonTest, AnUnwritablePlaceIsSaidOnThePage)
{
    answer = dir.filePath(u"no-such-folder/plan.ics"_s);
    clickCalendar();
    EXPECT_EQ(page->errorLabel()->kind(), MessageLabel::Kind::Error);
    EXPECT_TRUE(page->errorLabel()->message().contains(answer));
    EXPECT_EQ(h.wizard->currentId(), static_cast<int>(Step::MigrateAccounts)) << "nothing else changes";
}

TEST_F(CalendarButtonTest, CancellingWritesNothing)
{
    answer.clear();
    clickCalendar();
    EXPECT_EQ(asked.size(), 1);
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_TRUE(page->errorLabel()->message().isEmpty());
}

} // namespace
