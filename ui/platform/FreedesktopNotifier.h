#pragma once

#include "core/away/Notification.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>

#include <optional>

namespace passerelle::ui {

// Notifications through the freedesktop notification service (org.freedesktop.Notifications on
// the session bus). Each carries the action "default", so that clicking it raises the wizard at
// its step (ActionInvoked). When no service answers, the notification goes to `fallback` (the
// tray icon), and so do the following ones. The body carries provider text (account names, errors):
// where the service reads markup ("body-markup"), it is escaped so that it is never a link or image.
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT

public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";
    static constexpr auto kInterface = "org.freedesktop.Notifications";

    // `iconName` is the application's icon in the theme (the desktop entry's Icon).
    FreedesktopNotifier(QDBusConnection bus, QString iconName, Notifier *fallback, QObject *parent = nullptr);

    // A notification with a tag replaces the one shown with the same tag (replaces_id).
    void show(const Notification &notification) override;
    // CloseNotification for the one shown with this tag (also once its Notify is answered).
    void withdraw(const QString &tag) override;
    // False once the service failed to answer and the fallback took over.
    bool usesService() const { return m_useService; }
    // True once the service said whether it reads markup in the body.
    bool knowsCapabilities() const { return m_bodyIsMarkup.has_value(); }
    // True once the service told the id of the notification on screen with this tag.
    bool knowsShown(const QString &tag) const { return m_tagged.contains(tag); }

private Q_SLOTS:
    // Connected by name: Qt D-Bus delivers bus signals to slots only.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void askCapabilities();
    QString bodyFor(const QString &text) const;

    QDBusConnection m_bus;
    QString m_iconName;
    Notifier *m_fallback;
    bool m_useService = true;
    // Until the service has said, the body is escaped: the common servers read markup.
    std::optional<bool> m_bodyIsMarkup;
    QHash<uint, Step> m_shown; // notification id -> the step its click shows
    QHash<QString, uint> m_tagged; // tag -> the id of the notification on screen with it
    QSet<QString> m_withdrawn; // withdrawn before the service told their id
};

} // namespace passerelle::ui
