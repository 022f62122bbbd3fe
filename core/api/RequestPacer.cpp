#include "core/api/RequestPacer.h"

#include "core/model/Clock.h"

#include <algorithm>

namespace passerelle {

RequestPacer::RequestPacer(const Clock &clock, Limits limits) : m_clock(clock), m_limits(limits) { }

RequestPacer::Kind RequestPacer::kindOf(const QByteArray &method)
{
    // Safe methods per RFC 7231, section 4.2.1; everything else counts against the 50/min limit.
    const QByteArray upper = method.toUpper();
    if (upper == "GET" || upper == "HEAD" || upper == "OPTIONS")
        return Kind::Safe;
    return Kind::Unsafe;
}

std::deque<QDateTime> &RequestPacer::sendsOf(Kind kind)
{
    return kind == Kind::Safe ? m_safeSends : m_unsafeSends;
}

int RequestPacer::limitOf(Kind kind) const
{
    return std::max(1, kind == Kind::Safe ? m_limits.safePerWindow : m_limits.unsafePerWindow);
}

void RequestPacer::forgetOld(std::deque<QDateTime> &sends, const QDateTime &now) const
{
    while (!sends.empty() && sends.front().msecsTo(now) >= m_limits.windowMs)
        sends.pop_front();
}

qint64 RequestPacer::delayBeforeSend(Kind kind)
{
    const QDateTime now = m_clock.now();
    auto &sends = sendsOf(kind);
    forgetOld(sends, now);
    const auto limit = static_cast<std::size_t>(limitOf(kind));
    if (sends.size() < limit)
        return 0;
    // The send that must leave the window before another fits in.
    const QDateTime &blocking = sends[sends.size() - limit];
    return std::max<qint64>(1, m_limits.windowMs - blocking.msecsTo(now));
}

void RequestPacer::recordSend(Kind kind)
{
    const QDateTime now = m_clock.now();
    auto &sends = sendsOf(kind);
    forgetOld(sends, now);
    sends.push_back(now);
}

} // namespace passerelle
