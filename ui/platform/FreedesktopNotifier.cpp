#include "ui/platform/FreedesktopNotifier.h"

#include "ui/platform/PlatformLog.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

namespace {

// The specification's urgency levels (hint "urgency", a byte).
constexpr uchar kNormalUrgency = 1;
constexpr uchar kCriticalUrgency = 2;

bool isUrgent(Notification::Kind kind)
{
    return kind == Notification::Kind::NeedsYou || kind == Notification::Kind::OperationFailed;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, QString iconName, Notifier *fallback, QObject *parent)
    : Notifier(parent), m_bus(std::move(bus)), m_iconName(std::move(iconName)), m_fallback(fallback)
{
    const QString service = QString::fromLatin1(kService);
    const QString path = QString::fromLatin1(kPath);
    const QString interface = QString::fromLatin1(kInterface);
    m_bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint, uint)));
    if (m_fallback)
        connect(m_fallback, &Notifier::activated, this, &Notifier::activated);
    askCapabilities();
}

void FreedesktopNotifier::askCapabilities()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                             QString::fromLatin1(kInterface), u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (!reply.isError())
            m_bodyIsMarkup = reply.value().contains(u"body-markup"_s);
    });
}

QString FreedesktopNotifier::bodyFor(const QString &text) const
{
    return m_bodyIsMarkup.value_or(true) ? text.toHtmlEscaped() : text;
}

void FreedesktopNotifier::show(const Notification &notification)
{
    if (!m_useService) {
        if (m_fallback)
            m_fallback->show(notification);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                       QString::fromLatin1(kInterface), u"Notify"_s);
    const QVariantMap hints {
        {u"desktop-entry"_s, m_iconName}, // the desktop entry is named as its icon
        {u"urgency"_s, QVariant::fromValue<uchar>(isUrgent(notification.kind) ? kCriticalUrgency : kNormalUrgency)},
    };
    m_withdrawn.remove(notification.tag);
    const uint replaces = notification.tag.isEmpty() ? 0 : m_tagged.value(notification.tag, 0);
    call << u"Passerelle"_s << replaces << m_iconName << notification.title << bodyFor(notification.body)
         << QStringList {u"default"_s, tr("Show in Passerelle")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcPlatform) << "no notification service answered (" << reply.error().name()
                               << "): the tray icon shows them instead";
            m_useService = false;
            if (m_fallback)
                m_fallback->show(notification);
            return;
        }
        m_shown.insert(reply.value(), notification.targetStep);
        if (notification.tag.isEmpty())
            return;
        m_tagged.insert(notification.tag, reply.value());
        if (m_withdrawn.remove(notification.tag))
            withdraw(notification.tag);
    });
}

void FreedesktopNotifier::withdraw(const QString &tag)
{
    if (!m_useService) {
        if (m_fallback)
            m_fallback->withdraw(tag);
        return;
    }
    const auto shown = m_tagged.constFind(tag);
    if (shown == m_tagged.cend()) {
        m_withdrawn.insert(tag); // its Notify may still be on its way
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                                       QString::fromLatin1(kInterface), u"CloseNotification"_s);
    call << *shown;
    m_bus.asyncCall(call);
    m_shown.remove(*shown);
    m_tagged.erase(shown);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (actionKey != u"default"_s || !m_shown.contains(id))
        return;
    Q_EMIT activated(m_shown.value(id));
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint)
{
    m_shown.remove(id);
    m_tagged.removeIf([id](const auto &entry) { return entry.value() == id; });
}

} // namespace passerelle::ui
