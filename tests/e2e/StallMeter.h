#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace passerelle::e2e {

// How long the GUI thread went without returning to its event loop: a precise timer asks to run
// every few milliseconds, and its lateness is the time the thread was busy elsewhere. A figure to
// print, not a pass/fail timing (speed goals live in tests/bench).
class StallMeter
{
public:
    explicit StallMeter(int budgetMs = 50, int intervalMs = 5);
    void start();
    void stop() { m_timer.stop(); }
    qint64 longestStallMs() const { return m_longestMs; }
    int stallsOverBudget() const { return m_overBudget; }
    int ticks() const { return m_ticks; }
    // Told of each stall over the budget (or over reportFromMs when set), as it ends (to say what
    // the program was doing).
    std::function<void(qint64 stallMs)> onStall;
    void setReportFrom(int ms) { m_reportFromMs = ms; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    int m_budgetMs;
    int m_intervalMs;
    qint64 m_longestMs = 0;
    int m_overBudget = 0;
    int m_reportFromMs = -1;
    int m_ticks = 0;
};

} // namespace passerelle::e2e
