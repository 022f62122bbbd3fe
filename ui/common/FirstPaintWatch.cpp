#include "ui/common/FirstPaintWatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace passerelle::ui {
namespace {

// The process's peak resident memory so far (VmHWM), in KiB; 0 where /proc is not there.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

long long steadyMicroseconds()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(now).count();
}

// Posted by the probe after the first paint event, handled once that paint is done.
const QEvent::Type kFrameDone = static_cast<QEvent::Type>(QEvent::registerEventType());

} // namespace

FirstPaintWatch::FirstPaintWatch(QWidget *window) : QObject(window), m_window(window)
{
    // The first widget to paint may be any child: the application sees every paint event.
    QCoreApplication::instance()->installEventFilter(this);
}

void FirstPaintWatch::reportIfAsked()
{
    if (!qEnvironmentVariableIsSet(kProbeVariable))
        return;
    connect(this, &FirstPaintWatch::painted, this, [this] {
        // steady_clock is the system's monotonic clock: the benchmark subtracts its own start time.
        std::printf("first_paint_steady_us %lld\n", static_cast<long long>(steadyMicroseconds()));
        // The memory once the first frame is whole: at the first paint event a window may or may not
        // have touched its backing store yet, depending on which of its widgets paints first. Ahead
        // of the work queued for after the first paint.
        QCoreApplication::postEvent(this, new QEvent(kFrameDone), Qt::HighEventPriority);
    });
}

bool FirstPaintWatch::event(QEvent *event)
{
    if (event->type() != kFrameDone)
        return QObject::event(event);
    std::printf("first_frame_steady_us %lld\npeak_rss_kib %lld\n", static_cast<long long>(steadyMicroseconds()),
                static_cast<long long>(peakResidentKiB()));
    std::fflush(stdout);
    // The benchmark's outside view (tests/bench/FirstDrawShim.cpp) ends the program itself once the
    // window's pixels reach the display server, which may come after this.
    if (qEnvironmentVariable(kProbeVariable) != QLatin1String(kUntilDrawn))
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return true;
}

bool FirstPaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        QCoreApplication::instance()->removeEventFilter(this);
        Q_EMIT painted();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace passerelle::ui
