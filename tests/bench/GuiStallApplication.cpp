#include "tests/bench/GuiStallApplication.h"

#include <QMetaEnum>
#include <QScrollBar>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::bench {

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() runs on every thread that dispatches events (the journal's, the network's).
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // Events a nested event loop dispatches (a dialog's exec) are listed for the stall they make
    // part of; their time is in their outer event's too.
    const int loopLevel = thread()->loopLevel();
    const bool fromNestedLoop = m_depth > 0 && !m_loopLevels.isEmpty() && loopLevel > m_loopLevels.last();
    if (m_depth > 0 || !m_measuring) {
        // Sent events (a click's signals, a resize, a paint) are part of their outer event's work.
        if (m_measuring && m_depth > 0 && event->type() == QEvent::Timer)
            ++m_nestedEvents;
        if (m_measuring && m_listEvents && event->type() == QEvent::Paint)
            return timedPaint(receiver, event);
        if (!m_measuring || !m_listEvents || !fromNestedLoop)
            return nested(receiver, event);
    }
    // Read before: the event may delete its receiver (deleteLater).
    const char *receiverClass = receiver->metaObject()->className();
    const QEvent::Type type = event->type();
    QPointer<QObject> alive(receiver);
    QElapsedTimer timer;
    timer.start();
    const qint64 startNs = m_clock.nsecsElapsed();
    m_loopLevels.append(loopLevel);
    const bool handled = nested(receiver, event);
    m_loopLevels.removeLast();
    const qint64 ns = timer.nsecsElapsed();
    if (m_listEvents) {
        if (ns > kFrameNs && !fromNestedLoop)
            listEvent(ns, alive, receiverClass, type);
        QString what = QString::fromLatin1(receiverClass);
        if (alive && !alive->objectName().isEmpty())
            what += u" \""_s + alive->objectName() + u'"';
        if (alive && alive->parent())
            what += u" < "_s + QString::fromLatin1(alive->parent()->metaObject()->className());
        what += u' ' + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type));
        if (fromNestedLoop)
            what += u" (in a nested loop)"_s;
        RecentEvent recent {startNs, ns, what};
        if (m_recent.size() < kRecentEvents)
            m_recent.append(recent);
        else
            m_recent[m_recentNext] = recent;
        m_recentNext = (m_recentNext + 1) % kRecentEvents;
    }
    if (fromNestedLoop)
        return handled;
    if (ns > m_longestNs) {
        m_longestNs = ns;
        m_cause = QString::fromLatin1(receiverClass) + u' '
            + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type));
    }
    return handled;
}

void TimedApplication::startMeasuring()
{
    m_longestNs = 0;
    m_nestedEvents = 0;
    m_cause.clear();
    m_paints.clear();
    m_scrollBarStates.clear();
    m_recent.clear();
    m_recentNext = 0;
    m_clock.start();
    m_measuring = true;
}

bool TimedApplication::nested(QObject *receiver, QEvent *event)
{
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    return handled;
}

// A widget's paint event holds only its own painting (Qt paints the children after it returns).
bool TimedApplication::timedPaint(QObject *receiver, QEvent *event)
{
    // Two parents say which one (a scroll bar of a page's scroll area, or of a table).
    QString receiverClass = QString::fromLatin1(receiver->metaObject()->className());
    QObject *parent = receiver->parent();
    for (int up = 0; parent && up < 2; ++up, parent = parent->parent())
        receiverClass += u" < "_s + QString::fromLatin1(parent->metaObject()->className());
    QElapsedTimer timer;
    timer.start();
    const bool handled = nested(receiver, event);
    PaintTotal &total = m_paints[receiverClass];
    total.ns += timer.nsecsElapsed();
    ++total.paints;
    // A scroll bar painted again as it was: its parent's region was repainted, not the bar.
    if (const auto *bar = qobject_cast<const QScrollBar *>(receiver)) {
        const QList<int> state {bar->value(), bar->minimum(), bar->maximum(), bar->pageStep(), bar->width(),
                                bar->height(), int(bar->isSliderDown()), int(bar->underMouse())};
        QList<int> &last = m_scrollBarStates[bar];
        if (last == state)
            ++total.unchangedPaints;
        last = state;
    }
    return handled;
}

QString TimedApplication::paintBreakdown() const
{
    QList<std::pair<QString, PaintTotal>> rows;
    qint64 all = 0;
    for (auto it = m_paints.cbegin(); it != m_paints.cend(); ++it) {
        rows.append({it.key(), it.value()});
        all += it.value().ns;
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
    QString text = u"paint time by widget class: %1 ms in all\n"_s.arg(double(all) / 1e6, 0, 'f', 1);
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 12); ++i) {
        const auto &[name, total] = rows.at(i);
        text += u"  %1 %2 ms (%3%) in %4 paints (%5 unchanged)\n"_s.arg(name, -70)
                    .arg(double(total.ns) / 1e6, 7, 'f', 1)
                    .arg(all > 0 ? 100.0 * double(total.ns) / double(all) : 0.0, 4, 'f', 1)
                    .arg(total.paints)
                    .arg(total.unchangedPaints);
    }
    return text;
}

QString TimedApplication::recentEvents(qint64 windowMs) const
{
    const qint64 now = m_clock.nsecsElapsed();
    QList<RecentEvent> events;
    for (const RecentEvent &event : m_recent) {
        if (event.startNs + event.ns >= now - windowMs * 1'000'000)
            events.append(event);
    }
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.startNs < b.startNs; });
    QString text;
    qint64 previousEnd = events.isEmpty() ? 0 : events.first().startNs;
    // Events under half a millisecond are summed: a burst is hundreds of them.
    int shortEvents = 0;
    qint64 shortNs = 0;
    qint64 gapNs = 0;
    const auto flushShort = [&] {
        if (shortEvents > 0)
            text += u"    %1 short events: %2 ms, gaps %3 ms\n"_s.arg(shortEvents)
                        .arg(double(shortNs) / 1e6, 0, 'f', 1)
                        .arg(double(gapNs) / 1e6, 0, 'f', 1);
        shortEvents = 0;
        shortNs = 0;
        gapNs = 0;
    };
    for (const RecentEvent &event : events) {
        gapNs += event.startNs - previousEnd;
        previousEnd = event.startNs + event.ns;
        if (event.ns < 500'000) {
            ++shortEvents;
            shortNs += event.ns;
            continue;
        }
        flushShort();
        text += u"    %1 ms %2\n"_s.arg(double(event.ns) / 1e6, 5, 'f', 1).arg(event.what);
    }
    flushShort();
    text += u"    +%1 ms gap to the meter's tick\n"_s.arg(double(now - previousEnd) / 1e6, 5, 'f', 1);
    return text;
}

// Each event over a frame on standard error, with its receiver's parents and the page on
// screen: what to look at first.
void TimedApplication::listEvent(qint64 ns, const QPointer<QObject> &receiver, const char *receiverClass,
                                 QEvent::Type type) const
{
    QString chain = QString::fromLatin1(receiverClass);
    for (QObject *parent = receiver ? receiver->parent() : nullptr; parent; parent = parent->parent())
        chain += u" < "_s + QString::fromLatin1(parent->metaObject()->className());
    std::fprintf(stderr, "event over a frame: %.1f ms %s to %s, page %s\n", double(ns) / 1e6,
                 QMetaEnum::fromType<QEvent::Type>().valueToKey(type), qPrintable(chain),
                 qPrintable(m_page ? m_page() : QString()));
}

} // namespace passerelle::bench
