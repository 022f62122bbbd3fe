#include "app/sim/RateLimiter.h"

#include <algorithm>

namespace passerelle::simhttp {

int RateLimiter::limitFor(Kind kind) const
{
    switch (kind) {
    case Kind::Safe:
        return m_limits.safe;
    case Kind::Unsafe:
        return m_limits.unsafe;
    case Kind::Unauthenticated:
        return m_limits.unauthenticated;
    }
    return 0;
}

std::deque<qint64> &RateLimiter::windowFor(Kind kind)
{
    switch (kind) {
    case Kind::Safe:
        return m_safe;
    case Kind::Unsafe:
        return m_unsafe;
    case Kind::Unauthenticated:
        break;
    }
    return m_unauthenticated;
}

int RateLimiter::admit(Kind kind, qint64 nowMs)
{
    std::deque<qint64> &window = windowFor(kind);
    while (!window.empty() && window.front() + m_limits.windowMs <= nowMs)
        window.pop_front();
    if (qsizetype(window.size()) < limitFor(kind)) {
        window.push_back(nowMs);
        return 0;
    }
    // The oldest request leaves the window first: waiting until then frees one slot.
    const qint64 waitMs = window.front() + m_limits.windowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace passerelle::simhttp
