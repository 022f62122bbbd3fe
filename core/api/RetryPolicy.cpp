#include "core/api/RetryPolicy.h"

#include <algorithm>
#include <utility>

namespace passerelle {

RetryPolicy::RetryPolicy(std::function<double()> random, Settings settings)
    : m_random(std::move(random)), m_settings(settings)
{ }

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

qint64 RetryPolicy::backoffMs(int retriesDone) const
{
    const int shift = std::clamp(retriesDone, 0, 20);
    const qint64 ceiling = std::min(m_settings.maxDelayMs, m_settings.baseDelayMs << shift);
    // "Equal jitter": half of the ceiling for sure, the other half at random, so that many clients
    // retrying together spread out without any retry coming back immediately.
    const double random = std::clamp(m_random ? m_random() : 0.0, 0.0, 1.0);
    return ceiling / 2 + static_cast<qint64>(random * static_cast<double>(ceiling - ceiling / 2));
}

RetryPolicy::Decision RetryPolicy::decide(const Failure &failure, int retriesDone) const
{
    // Unsafe requests are never re-sent here: their outcome is read back instead (section C).
    if (!failure.safeMethod)
        return {};
    if (!failure.timedOut && !isRetryableStatus(failure.httpStatus))
        return {};
    if (retriesDone >= m_settings.maxRetries)
        return {};
    const qint64 delay = std::max(backoffMs(retriesDone), failure.retryAfterMs.value_or(0));
    if (failure.elapsedMs + delay + failure.attemptLimitMs > m_settings.giveUpAfterMs)
        return {};
    return {true, delay};
}

} // namespace passerelle
