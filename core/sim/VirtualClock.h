#pragma once

#include "core/model/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace passerelle::sim {

// Simulated time: starts at a scenario's instant and runs `timeScale` times faster than real time
// (0 freezes it, for tests). It can also jump forward, to skip the hours a support step takes.
class VirtualClock final : public Clock
{
public:
    // The dry-run default: one simulated hour per ten real seconds.
    static constexpr double kDefaultTimeScale = 360.0;

    explicit VirtualClock(const QDateTime &start, double timeScale = kDefaultTimeScale);

    QDateTime now() const override;
    double timeScale() const { return m_timeScale; }
    void advance(qint64 seconds);
    // Jumps to `when` if it is later than now; time never goes backwards.
    void advanceTo(const QDateTime &when);

private:
    QDateTime m_base; // simulated instant when m_real was (re)started
    QElapsedTimer m_real;
    double m_timeScale;
};

} // namespace passerelle::sim
