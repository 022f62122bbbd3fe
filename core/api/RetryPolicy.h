#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <utility>

namespace passerelle {

// When to try a request again (docs/contract.md, "A careful client"): only safe requests (GET), only on a
// timeout, 429, 502, 503 or 504, at most three retries, after a capped exponential backoff with
// jitter, never sooner than the server's Retry-After, and only while one more whole attempt fits
// in the time a request may take in all: a GET that keeps failing gives up well inside a minute.
class RetryPolicy
{
public:
    struct Settings
    {
        int maxRetries = 3;
        qint64 baseDelayMs = 500;
        qint64 maxDelayMs = 30 * 1000;
        // From the first send to giving up, waits and attempts included. A Retry-After that does
        // not fit is not waited for here: the error goes up with the delay in it.
        qint64 giveUpAfterMs = 40 * 1000;
    };

    // What went wrong with one attempt.
    struct Failure
    {
        bool safeMethod = true;
        bool timedOut = false;
        int httpStatus = 0; // 0 when no HTTP answer
        std::optional<qint64> retryAfterMs; // the parsed Retry-After header, if any
        qint64 elapsedMs = 0; // since the first attempt was sent
        qint64 attemptLimitMs = 0; // the longest one more attempt may take
    };

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
    };

    // `random` returns a uniform value in [0, 1): injected so that tests are deterministic.
    explicit RetryPolicy(std::function<double()> random) : RetryPolicy(std::move(random), Settings {}) { }
    RetryPolicy(std::function<double()> random, Settings settings);

    static bool isRetryableStatus(int httpStatus);

    // `retriesDone` counts the retries already made for this request (0 after the first attempt).
    Decision decide(const Failure &failure, int retriesDone) const;

    const Settings &settings() const { return m_settings; }

private:
    qint64 backoffMs(int retriesDone) const;

    std::function<double()> m_random;
    Settings m_settings;
};

} // namespace passerelle
