#include "ui/platform/DesktopSleepInhibitor.h"

#include "ui/platform/PlatformLog.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

namespace {

constexpr uint kPortalInhibitSuspend = 4; // org.freedesktop.portal.Inhibit flags: 4 = suspend
constexpr int kQuitTimeoutMs = 1000;

QString portalService()
{
    return u"org.freedesktop.portal.Desktop"_s;
}

} // namespace

DesktopSleepInhibitor::DesktopSleepInhibitor(QDBusConnection sessionBus, QDBusConnection systemBus, QObject *parent)
    : SleepInhibitor(parent), m_sessionBus(std::move(sessionBus)), m_systemBus(std::move(systemBus))
{
    // Once the event loop ends, an asynchronous Close might never leave: quitting waits for it.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, [this] { m_quitting = true; });
}

// The application quits: the inhibition goes with it, said to the portal before the bus closes.
DesktopSleepInhibitor::~DesktopSleepInhibitor()
{
    if (!m_portalRequest.isEmpty())
        closePortalRequest(std::exchange(m_portalRequest, QString()), true);
}

void DesktopSleepInhibitor::inhibit(const QString &reason)
{
    m_wanted = true;
    m_reason = reason;
    if (m_state == State::Held || m_state == State::Asking)
        return;
    askPortal();
}

void DesktopSleepInhibitor::release()
{
    m_wanted = false;
    ++m_attempt; // an answer still on its way is released when it arrives
    if (!m_portalRequest.isEmpty())
        closePortalRequest(std::exchange(m_portalRequest, QString()), m_quitting);
    if (m_logindLock.isValid()) {
        qCInfo(lcPlatform) << "giving logind's sleep lock back";
        m_logindLock = QDBusUnixFileDescriptor();
    }
    setState(State::Released);
}

void DesktopSleepInhibitor::askPortal()
{
    setState(State::Asking);
    const int attempt = ++m_attempt;
    QDBusMessage call = QDBusMessage::createMethodCall(portalService(), u"/org/freedesktop/portal/desktop"_s,
                                                       u"org.freedesktop.portal.Inhibit"_s, u"Inhibit"_s);
    call << QString() << kPortalInhibitSuspend << QVariantMap {{u"reason"_s, m_reason}};
    auto *watcher = new QDBusPendingCallWatcher(m_sessionBus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, attempt] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            if (attempt == m_attempt) {
                qCInfo(lcPlatform) << "no desktop portal answered (" << reply.error().name() << "): asking logind";
                askLogind();
            }
            return;
        }
        if (attempt != m_attempt || !m_wanted) { // released meanwhile: give it back at once
            closePortalRequest(reply.value().path(), false);
            return;
        }
        m_portalRequest = reply.value().path();
        qCInfo(lcPlatform) << "the desktop portal keeps the computer awake";
        setState(State::Held);
    });
}

void DesktopSleepInhibitor::askLogind()
{
    const int attempt = ++m_attempt;
    QDBusMessage call
        = QDBusMessage::createMethodCall(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                         u"org.freedesktop.login1.Manager"_s, u"Inhibit"_s);
    call << u"sleep"_s << u"Passerelle"_s << m_reason << u"block"_s;
    auto *watcher = new QDBusPendingCallWatcher(m_systemBus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, attempt] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *watcher;
        if (attempt != m_attempt || !m_wanted)
            return; // the descriptor closes with the reply
        if (reply.isError()) {
            qCWarning(lcPlatform) << "neither the portal nor logind can keep the computer awake:"
                                  << reply.error().name();
            setState(State::Unavailable);
            return;
        }
        m_logindLock = reply.value();
        qCInfo(lcPlatform) << "logind keeps the computer awake";
        setState(State::Held);
    });
}

void DesktopSleepInhibitor::closePortalRequest(const QString &request, bool waitForAnswer)
{
    qCInfo(lcPlatform) << "closing the portal's inhibition";
    const QDBusMessage close = QDBusMessage::createMethodCall(portalService(), request,
                                                              u"org.freedesktop.portal.Request"_s, u"Close"_s);
    if (waitForAnswer) // only when quitting: the event loop is gone, the call must leave now
        m_sessionBus.call(close, QDBus::Block, kQuitTimeoutMs);
    else
        m_sessionBus.asyncCall(close);
}

void DesktopSleepInhibitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace passerelle::ui
