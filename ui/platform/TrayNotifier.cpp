#include "ui/platform/TrayNotifier.h"

#include "ui/common/AppIcon.h"
#include "ui/platform/PlatformLog.h"

#include <QSystemTrayIcon>

namespace passerelle::ui {

TrayNotifier::TrayNotifier(QObject *parent) : Notifier(parent), m_tray(new QSystemTrayIcon(applicationIcon(), this))
{
    m_tray->setToolTip(tr("Passerelle"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastStep); });
}

void TrayNotifier::show(const Notification &notification)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcPlatform) << "neither a notification service nor a system tray: the notification is not shown";
        return;
    }
    m_lastStep = notification.targetStep;
    m_tray->show();
    const bool urgent = notification.kind == Notification::Kind::NeedsYou
        || notification.kind == Notification::Kind::OperationFailed;
    m_tray->showMessage(notification.title, notification.body,
                        urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace passerelle::ui
