// After a 202 the provider's list may lag: a read that does not show the action yet is no news.
// Nothing is logged from it, and the read that shows the action is compared with the account as
// it was before the lag, so that an operation that ended in between is still journaled.
#include "core/journal/InMemoryJournal.h"
#include "core/session/MigrationSession.h"
#include "tests/session/FakeAdminApi.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

class LaggingRead : public ::testing::Test
{
protected:
    void start()
    {
        session = std::make_unique<MigrationSession>(api.get(), &clock, &journal);
        session->start();
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->state() == MigrationSession::State::Ready; }, 5000));
    }

    void readOnce()
    {
        QSignalSpy answered(session.get(), &MigrationSession::refreshed);
        session->refresh();
        ASSERT_TRUE(answered.wait(5000));
    }

    // The activity lines about this account's status, oldest first.
    QStringList statusLines()
    {
        QStringList lines;
        const QList<ActivityEntry> all = journal.activity(7, 0);
        for (const ActivityEntry &entry : all) {
            if (entry.accountId == 301 && entry.text.startsWith(u"account-1: "_s) && entry.text.contains(u"→"_s))
                lines.prepend(entry.text);
        }
        return lines;
    }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    InMemoryJournal journal;
    std::unique_ptr<fakes::FakeAdminApi> api {fakes::makeReadyProvider(2)};
    std::unique_ptr<MigrationSession> session;
};

TEST_F(LaggingRead, AnOperationThatEndedBehindALaggingReadIsStillJournaledAndLoggedOnce)
{
    start();
    QSignalSpy accepted(session.get(), &MigrationSession::actionAccepted);
    // From the 202 on, the provider's list lags one read behind.
    QObject::connect(session.get(), &MigrationSession::actionAccepted,
                     [this] { api->account(301)->status = AccountStatus::Idle; });
    session->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(accepted.wait(5000));
    readOnce();
    ASSERT_TRUE(session->inFlight().contains(301));
    // The move was quick: the next read already shows it ended.
    api->account(301)->status = AccountStatus::Migrating;
    api->finishOperation(301);
    readOnce();
    ASSERT_FALSE(session->inFlight().contains(301));
    EXPECT_EQ(session->snapshot().account(301)->status, AccountStatus::Migrated);
    EXPECT_EQ(journal.observedOperations(7).size(), 1) << "the move is journaled for the downtime report";
    const QStringList lines = statusLines();
    EXPECT_FALSE(lines.join(u'\n').contains(u"→ idle"_s)) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines.size(), 2) << lines.join(u'\n').toStdString(); // idle → migrating (the 202), migrating → migrated
}

} // namespace
