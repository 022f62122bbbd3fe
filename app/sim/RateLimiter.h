#pragma once

#include <QtGlobal>

#include <deque>

namespace passerelle::simhttp {

// The provider's published limits over a sliding minute (docs/contract.md, "Limits"): 50 unsafe
// (POST...) and 250 safe (GET...) requests with a key, 10 without one.
class RateLimiter
{
public:
    enum class Kind { Safe, Unsafe, Unauthenticated };

    struct Limits
    {
        int safe = 250;
        int unsafe = 50;
        int unauthenticated = 10;
        qint64 windowMs = 60 * 1000;
    };

    RateLimiter() = default;
    explicit RateLimiter(const Limits &limits) : m_limits(limits) { }

    // 0 when the request may go on (it is then counted); else the seconds to wait (Retry-After).
    int admit(Kind kind, qint64 nowMs);

private:
    int limitFor(Kind kind) const;
    std::deque<qint64> &windowFor(Kind kind);

    Limits m_limits;
    std::deque<qint64> m_safe;
    std::deque<qint64> m_unsafe;
    std::deque<qint64> m_unauthenticated;
};

} // namespace passerelle::simhttp
