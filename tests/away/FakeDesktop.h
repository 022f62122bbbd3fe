#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace passerelle::fakes {

// A small fake of the desktop's two services on a (private) bus: the freedesktop notification
// service and the portal's Inhibit with its Request objects. It records what it receives, so
// that tests (and the tour's check) see every notification and whether every inhibition was
// given back.
class FakeDesktop : public QObject
{
    Q_OBJECT

public:
    struct Shown
    {
        uint id = 0;
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint replacesId = 0;
    };
    struct Inhibition
    {
        QString handle;
        uint flags = 0;
        QString reason;
        bool closed = false;
    };

    explicit FakeDesktop(QDBusConnection bus, QObject *parent = nullptr);
    // Takes both well-known names; false when the bus refuses.
    bool registerServices();

    // What GetCapabilities answers (the common servers read markup in the body).
    QStringList capabilities {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup")};
    QList<Shown> shown; // every Notify, replacements included
    QSet<uint> onScreen; // the ids on screen now: not closed
    QList<uint> closed; // every CloseNotification asked
    QList<Inhibition> inhibitions;
    int heldCount() const;
    // As the notification server does when the customer clicks a notification.
    void click(uint id);

    uint notify(const QString &appName, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, uint replacesId = 0);
    // CloseNotification: false when it was not on screen.
    bool close(uint id);
    QDBusObjectPath inhibit(uint flags, const QVariantMap &options);
    void closeRequest(const QString &handle);

Q_SIGNALS:
    void notified();
    void inhibitionsChanged();

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
    class NotificationsObject *m_notifications;
    class PortalObject *m_portal;
};

} // namespace passerelle::fakes
