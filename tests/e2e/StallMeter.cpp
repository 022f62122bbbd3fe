#include "tests/e2e/StallMeter.h"

#include <algorithm>

namespace passerelle::e2e {

StallMeter::StallMeter(int budgetMs, int intervalMs) : m_budgetMs(budgetMs), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void StallMeter::start()
{
    m_sinceLastTick.start();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 late = m_sinceLastTick.restart() - m_intervalMs;
    ++m_ticks;
    m_longestMs = std::max(m_longestMs, late);
    if (late > m_budgetMs)
        ++m_overBudget;
    if (onStall && late > (m_reportFromMs >= 0 ? m_reportFromMs : m_budgetMs))
        onStall(late);
}

} // namespace passerelle::e2e
