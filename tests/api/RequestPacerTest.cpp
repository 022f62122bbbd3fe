#include "core/api/RequestPacer.h"
#include "core/api/SharedLedgerFile.h"
#include "core/model/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
constexpr qint64 kMinuteMs = 60 * 1000;

// The largest number of sends inside any 60 s window [t, t + 60 s).
int maxInAnyMinute(const std::vector<qint64> &sendTimesMs)
{
    int worst = 0;
    for (std::size_t i = 0; i < sendTimesMs.size(); ++i) {
        const auto end = std::lower_bound(sendTimesMs.begin() + static_cast<std::ptrdiff_t>(i), sendTimesMs.end(),
                                          sendTimesMs[i] + kMinuteMs);
        worst = std::max(worst, static_cast<int>(end - (sendTimesMs.begin() + static_cast<std::ptrdiff_t>(i))));
    }
    return worst;
}

// Sends `count` requests of `kind` as fast as the pacer allows, moving the manual clock as it asks.
std::vector<qint64> sendAsFastAsAllowed(RequestPacer &pacer, ManualClock &clock, RequestPacer::Kind kind, int count)
{
    std::vector<qint64> times;
    for (int i = 0; i < count; ++i) {
        const qint64 delay = pacer.reserveSend(kind);
        clock.set(clock.now().addMSecs(delay));
        if (delay > 0)
            EXPECT_EQ(pacer.reserveSend(kind), 0) << "the pacer must allow the send once the delay passed";
        times.push_back(kStart.msecsTo(clock.now()));
    }
    return times;
}

TEST(RequestPacer, FiveHundredAccountsNeverExceedFiftyUnsafePerMinute)
{
    ManualClock clock(kStart);
    RequestPacer pacer(clock);
    const auto times = sendAsFastAsAllowed(pacer, clock, RequestPacer::Kind::Unsafe, 500);
    EXPECT_EQ(maxInAnyMinute(times), 50);
    // It is pacing, not stalling: 500 sends fit in ten windows of 61 s.
    EXPECT_LE(times.back(), 10 * 61 * 1000);
}

TEST(RequestPacer, SafeRequestsCapAtTwoHundredFiftyPerMinute)
{
    ManualClock clock(kStart);
    RequestPacer pacer(clock);
    const auto times = sendAsFastAsAllowed(pacer, clock, RequestPacer::Kind::Safe, 1000);
    EXPECT_EQ(maxInAnyMinute(times), 250);
}

TEST(RequestPacer, FirstFiftyGoAtOnceThenTheFiftyFirstWaitsForTheWindow)
{
    ManualClock clock(kStart);
    RequestPacer pacer(clock);
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(pacer.reserveSend(RequestPacer::Kind::Unsafe), 0);
    clock.advance(10);
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Unsafe), pacer.limits().windowMs - 10 * 1000);
    // A refused reservation records nothing: the wait stays the same.
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Unsafe), pacer.limits().windowMs - 10 * 1000);
    // Safe requests have their own budget.
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Safe), 0);
}

TEST(RequestPacer, InterleavedTrafficKeepsBothLimits)
{
    ManualClock clock(kStart);
    RequestPacer pacer(clock);
    std::vector<qint64> safe;
    std::vector<qint64> unsafe;
    // A session polling (2 GETs) and acting on 500 accounts, one POST after each poll.
    for (int i = 0; i < 500; ++i) {
        for (const auto kind : {RequestPacer::Kind::Safe, RequestPacer::Kind::Safe, RequestPacer::Kind::Unsafe}) {
            while (const qint64 delay = pacer.reserveSend(kind))
                clock.set(clock.now().addMSecs(delay));
            (kind == RequestPacer::Kind::Safe ? safe : unsafe).push_back(kStart.msecsTo(clock.now()));
        }
        clock.advance(0);
    }
    EXPECT_LE(maxInAnyMinute(safe), 250);
    EXPECT_LE(maxInAnyMinute(unsafe), 50);
}

TEST(RequestPacer, AProvidersPauseHoldsBothKindsUntilItEnds)
{
    ManualClock clock(kStart);
    RequestPacer pacer(clock);
    pacer.pauseFor(20 * 1000);
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Safe), 20 * 1000);
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Unsafe), 20 * 1000);
    pacer.pauseFor(5 * 1000); // a shorter pause never shortens the one running
    clock.advance(20);
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Safe), 0);
}

// Two processes (two pacers, each with its own handle on the file) share one budget.
TEST(RequestPacer, PacersSharingALedgerFileStayUnderTheLimitsTogether)
{
    QTemporaryDir folder;
    const QString path = SharedLedgerFile::pathFor(folder.path(), QUrl(u"https://api.example.com/v1/"_s),
                                                   QByteArrayLiteral("K3Y"));
    ManualClock clock(kStart);
    RequestPacer first(clock, {}, std::make_unique<SharedLedgerFile>(path));
    RequestPacer second(clock, {}, std::make_unique<SharedLedgerFile>(path));
    std::vector<qint64> times;
    for (int i = 0; i < 600; ++i) {
        RequestPacer &pacer = i % 3 == 0 ? first : second;
        while (const qint64 delay = pacer.reserveSend(RequestPacer::Kind::Safe))
            clock.set(clock.now().addMSecs(delay));
        times.push_back(kStart.msecsTo(clock.now()));
    }
    EXPECT_EQ(maxInAnyMinute(times), 250);
    // The file names neither the address nor the key.
    EXPECT_FALSE(path.contains(u"K3Y"));
    EXPECT_FALSE(path.contains(u"example"));
}

TEST(RequestPacer, AnotherKeyHasItsOwnLedger)
{
    const QUrl url(u"https://api.example.com/v1/"_s);
    EXPECT_NE(SharedLedgerFile::pathFor(u"/d"_s, url, "one"),
              SharedLedgerFile::pathFor(u"/d"_s, url, "two"));
}

TEST(RequestPacer, AnUnreadableLedgerFileCountsAsEmpty)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"requests.ledger"_s);
    QFile garbage(path);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(100, '\xff'));
    garbage.close();
    ManualClock clock(kStart);
    RequestPacer pacer(clock, {}, std::make_unique<SharedLedgerFile>(path));
    EXPECT_EQ(pacer.reserveSend(RequestPacer::Kind::Unsafe), 0);
}

// A ledger written while the clock was an hour ahead (then set back), or damaged to say so: its
// sends count from now and its pause is cut to the longest one, never an hour of waiting.
TEST(RequestPacer, TimesAheadOfTheClockAreBroughtBackToNow)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"requests.ledger"_s);
    ManualClock clock(kStart.addSecs(3600));
    {
        RequestPacer ahead(clock, {}, std::make_unique<SharedLedgerFile>(path));
        sendAsFastAsAllowed(ahead, clock, RequestPacer::Kind::Safe, 250);
        ahead.pauseFor(retryafter::kLongestPauseMs);
    }
    clock.set(kStart);
    RequestPacer now(clock, {}, std::make_unique<SharedLedgerFile>(path));
    EXPECT_EQ(now.reserveSend(RequestPacer::Kind::Unsafe), retryafter::kLongestPauseMs);
    clock.advance(retryafter::kLongestPauseMs / 1000);
    EXPECT_EQ(now.reserveSend(RequestPacer::Kind::Safe), 0);
}

TEST(RequestPacer, ClampBringsFutureSendsToNowAndCutsTheLongestPause)
{
    PacerLedger ledger;
    ledger.safeSends = {1000, 9000, 500000};
    ledger.pausedUntilMs = 999999999;
    EXPECT_TRUE(RequestPacer::clampToNow(ledger, 5000, 60000));
    EXPECT_EQ(ledger.safeSends, (std::deque<qint64> {1000, 5000, 5000}));
    EXPECT_EQ(ledger.pausedUntilMs, 65000);
    EXPECT_FALSE(RequestPacer::clampToNow(ledger, 5000, 60000));
}

TEST(RequestPacer, A250SendsAnHourAheadWaitAtMostAWindow)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"requests.ledger"_s);
    ManualClock clock(kStart.addSecs(3600));
    {
        RequestPacer ahead(clock, {}, std::make_unique<SharedLedgerFile>(path));
        sendAsFastAsAllowed(ahead, clock, RequestPacer::Kind::Safe, 250);
    }
    clock.set(kStart);
    RequestPacer now(clock, {}, std::make_unique<SharedLedgerFile>(path));
    const qint64 delay = now.reserveSend(RequestPacer::Kind::Safe);
    EXPECT_GT(delay, 0);
    EXPECT_LE(delay, now.limits().windowMs);
}

struct MethodCase
{
    const char *method;
    RequestPacer::Kind kind;
};

class PacerMethods : public ::testing::TestWithParam<MethodCase>
{
};

TEST_P(PacerMethods, ClassifiesByMethod)
{
    EXPECT_EQ(RequestPacer::kindOf(QByteArray(GetParam().method)), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(Methods, PacerMethods,
                         ::testing::Values(MethodCase {"GET", RequestPacer::Kind::Safe},
                                           MethodCase {"head", RequestPacer::Kind::Safe},
                                           MethodCase {"POST", RequestPacer::Kind::Unsafe},
                                           MethodCase {"PUT", RequestPacer::Kind::Unsafe},
                                           MethodCase {"PATCH", RequestPacer::Kind::Unsafe},
                                           MethodCase {"DELETE", RequestPacer::Kind::Unsafe}),
                         [](const auto &info) { return std::string(info.param.method); });

} // namespace
