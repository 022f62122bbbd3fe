#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QStringList>

namespace passerelle::fakes {

// A D-Bus daemon of the test's own (dbus-daemon --session), so that no test depends on, or
// disturbs, a real desktop.
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts the daemon and reads its address; false (see error()) when it cannot.
    bool start();
    QString address() const { return m_address; }
    QString error() const { return m_error; }
    // A new connection to the bus under its own unique name.
    QDBusConnection connect(const QString &name);

private:
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    QStringList m_connections;
};

} // namespace passerelle::fakes
