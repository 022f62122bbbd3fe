#include "tests/away/FakeDesktop.h"

#include <QDBusMessage>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::fakes {

// Each D-Bus object gets its adaptors; the adaptors forward to the FakeDesktop that records.
class NotificationsObject : public QObject
{
    Q_OBJECT
public:
    explicit NotificationsObject(FakeDesktop *desktop) : QObject(desktop), desktop(desktop) { }
    FakeDesktop *desktop;
};

class NotificationsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationsAdaptor(NotificationsObject *parent) : QDBusAbstractAdaptor(parent), m_object(parent)
    {
        setAutoRelaySignals(true);
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        return m_object->desktop->notify(appName, icon, summary, body, actions, hints, replacesId);
    }
    QStringList GetCapabilities() { return m_object->desktop->capabilities; }
    void CloseNotification(uint id)
    {
        if (m_object->desktop->close(id))
            Q_EMIT NotificationClosed(id, 3); // "closed by a call to CloseNotification"
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Passerelle tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake-desktop"_s;
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    NotificationsObject *m_object;
};

class PortalObject : public QObject
{
    Q_OBJECT
public:
    explicit PortalObject(FakeDesktop *desktop) : QObject(desktop), desktop(desktop) { }
    FakeDesktop *desktop;
};

class InhibitAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Inhibit")

public:
    explicit InhibitAdaptor(PortalObject *parent) : QDBusAbstractAdaptor(parent), m_object(parent) { }

public Q_SLOTS:
    QDBusObjectPath Inhibit(const QString &, uint flags, const QVariantMap &options)
    {
        return m_object->desktop->inhibit(flags, options);
    }

private:
    PortalObject *m_object;
};

class RequestObject : public QObject
{
    Q_OBJECT
public:
    RequestObject(FakeDesktop *desktop, QString handle) : QObject(desktop), desktop(desktop), handle(std::move(handle))
    { }
    FakeDesktop *desktop;
    QString handle;
};

class RequestAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")

public:
    explicit RequestAdaptor(RequestObject *parent) : QDBusAbstractAdaptor(parent), m_object(parent) { }

public Q_SLOTS:
    void Close() { m_object->desktop->closeRequest(m_object->handle); }

private:
    RequestObject *m_object;
};

FakeDesktop::FakeDesktop(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_notifications(new NotificationsObject(this)),
      m_portal(new PortalObject(this))
{
    new NotificationsAdaptor(m_notifications);
    new InhibitAdaptor(m_portal);
}

bool FakeDesktop::registerServices()
{
    return m_bus.registerObject(u"/org/freedesktop/Notifications"_s, m_notifications)
        && m_bus.registerObject(u"/org/freedesktop/portal/desktop"_s, m_portal)
        && m_bus.registerService(u"org.freedesktop.Notifications"_s)
        && m_bus.registerService(u"org.freedesktop.portal.Desktop"_s);
}

uint FakeDesktop::notify(const QString &appName, const QString &icon, const QString &summary, const QString &body,
                         const QStringList &actions, const QVariantMap &hints, uint replacesId)
{
    // As the specification says: replacing one still on screen keeps its id.
    const uint id = onScreen.contains(replacesId) ? replacesId : ++m_lastId;
    shown.append({id, appName, icon, summary, body, actions, hints, replacesId});
    onScreen.insert(id);
    Q_EMIT notified();
    return id;
}

bool FakeDesktop::close(uint id)
{
    closed.append(id);
    return onScreen.remove(id);
}

void FakeDesktop::click(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                                     u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
    signal << id << u"default"_s;
    m_bus.send(signal);
}

QDBusObjectPath FakeDesktop::inhibit(uint flags, const QVariantMap &options)
{
    const QString handle = u"/org/freedesktop/portal/desktop/request/fake/%1"_s.arg(inhibitions.size() + 1);
    auto *request = new RequestObject(this, handle);
    new RequestAdaptor(request);
    m_bus.registerObject(handle, request);
    inhibitions.append({handle, flags, options.value(u"reason"_s).toString(), false});
    Q_EMIT inhibitionsChanged();
    return QDBusObjectPath(handle);
}

void FakeDesktop::closeRequest(const QString &handle)
{
    for (Inhibition &inhibition : inhibitions) {
        if (inhibition.handle == handle)
            inhibition.closed = true;
    }
    m_bus.unregisterObject(handle);
    Q_EMIT inhibitionsChanged();
}

int FakeDesktop::heldCount() const
{
    return static_cast<int>(std::count_if(inhibitions.cbegin(), inhibitions.cend(),
                                          [](const Inhibition &inhibition) { return !inhibition.closed; }));
}

} // namespace passerelle::fakes

#include "FakeDesktop.moc"
