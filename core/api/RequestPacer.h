#pragma once

#include <QByteArray>
#include <QDateTime>

#include <deque>

namespace passerelle {

class Clock;

// Client-side pacing under the provider's published limits (docs/contract.md, "Limits" and "A careful client"): never
// more than 50 unsafe requests (POST, PUT, PATCH, DELETE) nor 250 safe ones (GET, HEAD) in any
// sliding 60 s window. It answers how long to wait before a send and records each send; time comes
// from the injected clock, so tests never sleep.
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
    };

    explicit RequestPacer(const Clock &clock) : RequestPacer(clock, Limits {}) { }
    RequestPacer(const Clock &clock, Limits limits);

    static Kind kindOf(const QByteArray &method);

    // Milliseconds to wait before sending now would keep within the limits (0: send now).
    qint64 delayBeforeSend(Kind kind);
    void recordSend(Kind kind);

    const Limits &limits() const { return m_limits; }

private:
    std::deque<QDateTime> &sendsOf(Kind kind);
    int limitOf(Kind kind) const;
    void forgetOld(std::deque<QDateTime> &sends, const QDateTime &now) const;

    const Clock &m_clock;
    Limits m_limits;
    std::deque<QDateTime> m_safeSends;
    std::deque<QDateTime> m_unsafeSends;
};

} // namespace passerelle
