#pragma once

#include <QObject>

class QWidget;

namespace passerelle::ui {

// Tells when a window first paints: start-up is measured up to that moment, and the work the first
// page does not need (a dry-run's simulator and journal) waits for it.
class FirstPaintWatch : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (which owns the watch) and every widget inside it.
    explicit FirstPaintWatch(QWidget *window);

    // The start-up benchmark's probe (tests/bench/StartupBench.cpp): when the environment variable
    // is set, the first paint prints the monotonic clock, the end of that first paint prints it
    // again with the peak memory so far, and the program ends.
    static constexpr const char *kProbeVariable = "PASSERELLE_FIRST_PAINT_PROBE";
    // The probe's value for "print, but keep running": the benchmark's outside view ends the program.
    static constexpr const char *kUntilDrawn = "until-drawn";
    void reportIfAsked();

Q_SIGNALS:
    void painted(); // once, from inside the first paint event: connect queued to run after it

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace passerelle::ui
