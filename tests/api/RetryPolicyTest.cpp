#include "core/api/RetryPolicy.h"

#include <gtest/gtest.h>

#include <optional>

using namespace passerelle;

namespace {

struct RetryCase
{
    const char *name;
    bool safe;
    bool timedOut;
    int status;
    int retriesDone;
    std::optional<qint64> retryAfterMs;
    double random;
    bool retry;
    qint64 minDelayMs;
    qint64 maxDelayMs;
};

class RetryTable : public ::testing::TestWithParam<RetryCase>
{
};

TEST_P(RetryTable, Decides)
{
    const RetryCase &c = GetParam();
    const RetryPolicy policy([random = c.random] { return random; });
    const auto decision = policy.decide({c.safe, c.timedOut, c.status, c.retryAfterMs}, c.retriesDone);
    EXPECT_EQ(decision.retry, c.retry);
    if (c.retry) {
        EXPECT_GE(decision.delayMs, c.minDelayMs);
        EXPECT_LE(decision.delayMs, c.maxDelayMs);
    }
}

// Defaults: base 500 ms, cap 30 s, equal jitter (half fixed, half random), at most 3 retries.
INSTANTIATE_TEST_SUITE_P(
    Table, RetryTable,
    ::testing::Values(
        RetryCase {"GetTimeout", true, true, 0, 0, std::nullopt, 0.0, true, 250, 250},
        RetryCase {"Get429", true, false, 429, 0, std::nullopt, 0.999, true, 499, 500},
        RetryCase {"Get502", true, false, 502, 1, std::nullopt, 0.0, true, 500, 500},
        RetryCase {"Get503", true, false, 503, 2, std::nullopt, 0.5, true, 1500, 1500},
        RetryCase {"Get504", true, false, 504, 0, std::nullopt, 0.0, true, 250, 250},
        RetryCase {"GetThirdRetryIsLast", true, false, 503, 3, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Get500NotRetried", true, false, 500, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Get501NotRetried", true, false, 501, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Get404NotRetried", true, false, 404, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Get401NotRetried", true, false, 401, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Get409NotRetried", true, false, 409, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"GetOkNotRetried", true, false, 200, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"PostTimeoutNeverRetried", false, true, 0, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Post503NeverRetried", false, false, 503, 0, std::nullopt, 0.0, false, 0, 0},
        RetryCase {"Post429NeverRetried", false, false, 429, 0, qint64(1000), 0.0, false, 0, 0},
        RetryCase {"RetryAfterLongerThanBackoffWins", true, false, 429, 0, qint64(7000), 0.0, true, 7000, 7000},
        RetryCase {"BackoffLongerThanRetryAfterWins", true, false, 503, 2, qint64(100), 0.0, true, 1000, 1000},
        RetryCase {"RetryAfterZero", true, false, 429, 0, qint64(0), 0.0, true, 250, 250},
        RetryCase {"RetryAfterTooLongGivesUp", true, false, 429, 0, qint64(3600 * 1000), 0.0, false, 0, 0},
        RetryCase {"RetryAfterJustFitting", true, false, 429, 0, qint64(40 * 1000), 0.0, true, 40000, 40000},
        RetryCase {"RetryAfterJustOver", true, false, 429, 0, qint64(40 * 1000 + 1), 0.0, false, 0, 0}),
    [](const auto &info) { return std::string(info.param.name); });

// Another attempt must fit whole in what is left of the budget, or the GET gives up now.
struct BudgetCase
{
    const char *name;
    qint64 elapsedMs;
    qint64 attemptLimitMs;
    bool retry;
};

class RetryBudget : public ::testing::TestWithParam<BudgetCase>
{
};

TEST_P(RetryBudget, Decides)
{
    const BudgetCase &c = GetParam();
    const RetryPolicy policy([] { return 0.0; }); // first backoff: 250 ms
    RetryPolicy::Failure failure {true, true, 0, std::nullopt};
    failure.elapsedMs = c.elapsedMs;
    failure.attemptLimitMs = c.attemptLimitMs;
    EXPECT_EQ(policy.decide(failure, 0).retry, c.retry);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RetryBudget,
    ::testing::Values(BudgetCase {"FreshFailure", 0, 15000, true},
                      BudgetCase {"OneMoreFitsExactly", 40000 - 15000 - 250, 15000, true},
                      BudgetCase {"OneMoreWouldOverrun", 40000 - 15000 - 249, 15000, false},
                      BudgetCase {"BudgetSpent", 40000, 0, false}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(RetryPolicy, BackoffIsCapped)
{
    RetryPolicy::Settings settings;
    settings.maxRetries = 50;
    settings.giveUpAfterMs = 24 * 60 * 60 * 1000;
    const RetryPolicy policy([] { return 0.999; }, settings);
    const auto decision = policy.decide({true, false, 503, std::nullopt}, 40);
    EXPECT_TRUE(decision.retry);
    EXPECT_LE(decision.delayMs, settings.maxDelayMs);
    EXPECT_GE(decision.delayMs, settings.maxDelayMs / 2);
}

TEST(RetryPolicy, JitterSpreadsTheDelay)
{
    const RetryPolicy low([] { return 0.0; });
    const RetryPolicy high([] { return 0.99; });
    const RetryPolicy::Failure failure {true, false, 503, std::nullopt};
    EXPECT_LT(low.decide(failure, 1).delayMs, high.decide(failure, 1).delayMs);
}

} // namespace
