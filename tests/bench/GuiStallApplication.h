#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <functional>

namespace passerelle::bench {

// Times every event the GUI thread dispatches from its event loop (nested sends count in their
// outer event): the longest one, and what it was. PASSERELLE_STALL_EVENTS=1 also lists each event
// over a frame and, at the end of a run, which widgets' paints took the time.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;

    void startMeasuring();
    void stopMeasuring() { m_measuring = false; }
    // Which page is on screen, for the list of long events.
    void setPageName(std::function<QString()> page) { m_page = std::move(page); }
    double longestEventMs() const { return double(m_longestNs) / 1e6; }
    // Events dispatched inside another event (a nested event loop, or QTest's typing): the outer
    // event's time then holds theirs too.
    int nestedEvents() const { return m_nestedEvents; }
    QString cause() const { return m_cause; }
    bool listsEvents() const { return m_listEvents; }
    // Paint time per widget class over the run, longest first (listed runs only).
    QString paintBreakdown() const;
    // The events dispatched in the last `windowMs` (listed runs only), with the gaps between
    // them: what a stall the meter just saw was made of.
    QString recentEvents(qint64 windowMs) const;

private:
    struct RecentEvent
    {
        qint64 startNs = 0;
        qint64 ns = 0;
        QString what;
    };

    struct PaintTotal
    {
        qint64 ns = 0;
        int paints = 0;
        int unchangedPaints = 0; // scroll bars only
    };

    bool nested(QObject *receiver, QEvent *event);
    bool timedPaint(QObject *receiver, QEvent *event);
    void listEvent(qint64 ns, const QPointer<QObject> &receiver, const char *receiverClass, QEvent::Type type) const;

    static constexpr qint64 kFrameNs = 16'000'000;
    const bool m_listEvents = qEnvironmentVariableIsSet("PASSERELLE_STALL_EVENTS");
    int m_depth = 0;
    QList<int> m_loopLevels; // the thread's loop level as each timed event began
    bool m_measuring = false;
    qint64 m_longestNs = 0;
    int m_nestedEvents = 0;
    QString m_cause;
    std::function<QString()> m_page;
    QHash<QString, PaintTotal> m_paints;
    QHash<const QObject *, QList<int>> m_scrollBarStates;
    QElapsedTimer m_clock;
    QList<RecentEvent> m_recent; // a ring of the last kRecentEvents
    qsizetype m_recentNext = 0;
    static constexpr qsizetype kRecentEvents = 8192;
};

} // namespace passerelle::bench
