#include "core/api/RequestPacer.h"

#include "core/api/ApiLog.h"
#include "core/model/Clock.h"

#include <algorithm>

namespace passerelle {
namespace {

template<typename Ledger> auto &sendsOf(Ledger &ledger, RequestPacer::Kind kind)
{
    return kind == RequestPacer::Kind::Safe ? ledger.safeSends : ledger.unsafeSends;
}

} // namespace

RequestPacer::RequestPacer(const Clock &clock, Limits limits, std::unique_ptr<SharedPacerLedger> shared)
    : m_clock(clock), m_limits(limits), m_shared(std::move(shared))
{ }

RequestPacer::~RequestPacer() = default;

RequestPacer::Kind RequestPacer::kindOf(const QByteArray &method)
{
    // Safe methods per RFC 7231, section 4.2.1; everything else counts against the 50/min limit.
    const QByteArray upper = method.toUpper();
    if (upper == "GET" || upper == "HEAD" || upper == "OPTIONS")
        return Kind::Safe;
    return Kind::Unsafe;
}

int RequestPacer::limitOf(Kind kind) const
{
    return std::max(1, kind == Kind::Safe ? m_limits.safePerWindow : m_limits.unsafePerWindow);
}

qint64 RequestPacer::withLedger(const std::function<qint64(PacerLedger &, qint64 nowMs)> &use)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const auto run = [&](PacerLedger &ledger) {
        if (clampToNow(ledger, now, m_limits.longestPauseMs))
            qCWarning(lcApi) << "the request ledger held times ahead of the clock (the clock was set back, or the "
                                "file is damaged): they now count from the present, and no pause lasts over"
                             << m_limits.longestPauseMs / 1000 << "s";
        for (std::deque<qint64> *sends : {&ledger.safeSends, &ledger.unsafeSends}) {
            while (!sends->empty() && now - sends->front() >= m_limits.windowMs)
                sends->pop_front();
        }
        return use(ledger, now);
    };
    qint64 result = 0;
    if (m_shared && m_shared->update([&](PacerLedger &ledger) {
            result = run(ledger);
            m_own = ledger;
        }))
        return result;
    return run(m_own);
}

bool RequestPacer::clampToNow(PacerLedger &ledger, qint64 nowMs, qint64 longestPauseMs)
{
    bool clamped = false;
    for (std::deque<qint64> *sends : {&ledger.safeSends, &ledger.unsafeSends}) {
        for (qint64 &at : *sends) {
            if (at > nowMs) {
                at = nowMs;
                clamped = true;
            }
        }
        if (clamped)
            std::sort(sends->begin(), sends->end()); // the window drops the oldest first
    }
    if (ledger.pausedUntilMs > nowMs + longestPauseMs) {
        ledger.pausedUntilMs = nowMs + longestPauseMs;
        clamped = true;
    }
    return clamped;
}

qint64 RequestPacer::delayIn(const PacerLedger &ledger, Kind kind, qint64 nowMs) const
{
    const qint64 paused = std::max<qint64>(0, ledger.pausedUntilMs - nowMs);
    const auto &sends = sendsOf(ledger, kind);
    const auto limit = static_cast<std::size_t>(limitOf(kind));
    if (sends.size() < limit)
        return paused;
    // The send that must leave the window before another fits in.
    const qint64 blocking = sends[sends.size() - limit];
    return std::max({paused, qint64(1), m_limits.windowMs - (nowMs - blocking)});
}

void RequestPacer::recordSend(Kind kind)
{
    withLedger([kind](PacerLedger &ledger, qint64 now) {
        sendsOf(ledger, kind).push_back(now);
        return qint64(0);
    });
}

qint64 RequestPacer::reserveSend(Kind kind)
{
    return withLedger([this, kind](PacerLedger &ledger, qint64 now) {
        const qint64 delay = delayIn(ledger, kind, now);
        if (delay == 0)
            sendsOf(ledger, kind).push_back(now);
        return delay;
    });
}

void RequestPacer::pauseFor(qint64 ms)
{
    withLedger([ms](PacerLedger &ledger, qint64 now) {
        ledger.pausedUntilMs = std::max(ledger.pausedUntilMs, now + ms);
        return qint64(0);
    });
}

} // namespace passerelle
