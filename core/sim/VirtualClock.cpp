#include "core/sim/VirtualClock.h"

#include <algorithm>
#include <cmath>

namespace passerelle::sim {

VirtualClock::VirtualClock(const QDateTime &start, double timeScale)
    : m_base(start.toUTC()), m_timeScale(std::max(0.0, timeScale))
{
    m_real.start();
}

QDateTime VirtualClock::now() const
{
    const double simulatedMs = double(m_real.elapsed()) * m_timeScale;
    return m_base.addMSecs(qint64(std::llround(simulatedMs)));
}

void VirtualClock::advance(qint64 seconds)
{
    m_base = now().addSecs(std::max<qint64>(seconds, 0));
    m_real.restart();
}

void VirtualClock::advanceTo(const QDateTime &when)
{
    const QDateTime current = now();
    m_base = when.isValid() && when > current ? when.toUTC() : current;
    m_real.restart();
}

} // namespace passerelle::sim
