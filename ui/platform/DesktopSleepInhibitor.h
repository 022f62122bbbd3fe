#pragma once

#include "core/away/SleepInhibitor.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>

namespace passerelle::ui {

// Keeps the computer awake through the desktop portal (org.freedesktop.portal.Inhibit on the
// session bus, flag "suspend"; released by closing its Request object), else through logind
// (org.freedesktop.login1.Manager.Inhibit on the system bus, "sleep" in "block" mode; released by
// closing the file descriptor it returns). When neither answers the state is Unavailable and the
// wizard says the computer may sleep. Every call is asynchronous.
class DesktopSleepInhibitor final : public SleepInhibitor
{
    Q_OBJECT

public:
    DesktopSleepInhibitor(QDBusConnection sessionBus, QDBusConnection systemBus, QObject *parent = nullptr);
    ~DesktopSleepInhibitor() override;

    void inhibit(const QString &reason) override;
    void release() override;
    State state() const override { return m_state; }

private:
    void askPortal();
    void askLogind();
    void setState(State state);
    void closePortalRequest(const QString &request, bool waitForAnswer);

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
    QString m_reason;
    State m_state = State::Released;
    bool m_quitting = false;
    bool m_wanted = false; // the latest wish: inhibit (true) or release (false)
    int m_attempt = 0; // answers to an older attempt are ignored
    QString m_portalRequest; // the Request object's path while the portal holds it
    QDBusUnixFileDescriptor m_logindLock; // logind's lock while it holds it
};

} // namespace passerelle::ui
