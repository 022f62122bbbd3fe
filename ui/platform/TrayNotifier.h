#pragma once

#include "core/away/Notification.h"

class QSystemTrayIcon;

namespace passerelle::ui {

// The fallback when no notification service answers: a message from the system tray icon.
// Clicking the message shows the last notification's step.
class TrayNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    void show(const Notification &notification) override;

private:
    QSystemTrayIcon *m_tray;
    Step m_lastStep = Step::PrepareAccounts;
};

} // namespace passerelle::ui
