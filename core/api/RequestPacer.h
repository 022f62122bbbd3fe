#pragma once

#include "core/api/RetryAfter.h"

#include <QByteArray>

#include <deque>
#include <functional>
#include <memory>

namespace passerelle {

class Clock;

// What a pacer counts: the recent sends of each kind and the pause a provider's 429 asked for,
// in milliseconds since the epoch (the same numbers in every process of the user).
struct PacerLedger
{
    std::deque<qint64> safeSends;
    std::deque<qint64> unsafeSends;
    qint64 pausedUntilMs = 0;
};

// Where a pacer keeps its ledger when every process using one API key shares the limits.
class SharedPacerLedger
{
public:
    virtual ~SharedPacerLedger() = default;
    // Runs `change` on the ledger all processes see, under their common lock. False when the
    // shared ledger cannot be used now: `change` did not run, and the pacer counts on its own.
    virtual bool update(const std::function<void(PacerLedger &)> &change) = 0;
};

// Client-side pacing under the provider's published limits (docs/contract.md, "Limits" and "A careful client"): never
// more than 50 unsafe requests (POST, PUT, PATCH, DELETE) nor 250 safe ones (GET, HEAD) in any
// sliding 60 s window, for this process alone or, with a shared ledger, for all of them together;
// and nothing at all while the provider's Retry-After pause runs. It answers how long to wait
// before a send and records each send; time comes from the injected clock, so tests never sleep.
class RequestPacer
{
public:
    enum class Kind { Safe, Unsafe };

    struct Limits
    {
        int safePerWindow = 250;
        int unsafePerWindow = 50;
        // One extra second over the 60 s window absorbs the latency between our send and the
        // server's count: a window of 61 s with at most N sends has at most N in any 60 s.
        qint64 windowMs = 61 * 1000;
        // No pause lasts longer, whatever the ledger says (retryafter::kLongestPauseMs).
        qint64 longestPauseMs = retryafter::kLongestPauseMs;
    };

    explicit RequestPacer(const Clock &clock) : RequestPacer(clock, Limits {}) { }
    RequestPacer(const Clock &clock, Limits limits, std::unique_ptr<SharedPacerLedger> shared = nullptr);
    ~RequestPacer();

    static Kind kindOf(const QByteArray &method);

    // 0: the send is recorded and goes now. Otherwise the milliseconds to wait before sending
    // would keep within the limits and any pause, and nothing is recorded. One step, so that two
    // processes never take the last place together.
    qint64 reserveSend(Kind kind);
    // A send that could not wait (a redirect followed within a request) still counts.
    void recordSend(Kind kind);
    // The provider asked this client to wait (429 with Retry-After): every request waits.
    void pauseFor(qint64 ms);

    const Limits &limits() const { return m_limits; }

    // Times ahead of the clock can only come from a clock set back since they were written, or a
    // damaged file: sends count from now (they were made at the latest now), and a pause ends at
    // most longestPauseMs from now. True when something had to be brought back.
    static bool clampToNow(PacerLedger &ledger, qint64 nowMs, qint64 longestPauseMs);

private:
    qint64 withLedger(const std::function<qint64(PacerLedger &, qint64 nowMs)> &use);
    qint64 delayIn(const PacerLedger &ledger, Kind kind, qint64 nowMs) const;
    int limitOf(Kind kind) const;

    const Clock &m_clock;
    Limits m_limits;
    std::unique_ptr<SharedPacerLedger> m_shared;
    PacerLedger m_own; // a copy of the shared one after each use; alone when there is none
};

} // namespace passerelle
