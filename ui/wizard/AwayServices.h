#pragma once

#include "core/away/Notification.h"
#include "core/away/SleepInhibitor.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace passerelle {
class KeepAwake;
class MigrationSession;
class NotificationPlanner;
} // namespace passerelle

namespace passerelle::ui {

class WizardContext;

// While the customer is away: core decides when to notify and when to keep the computer awake
// (NotificationPlanner, KeepAwake, one pair per session); the desktop's Notifier and
// SleepInhibitor, injected, deliver. The notification setting is the customer's and is kept.
class AwayServices : public QObject
{
    Q_OBJECT

public:
    // Reads and writes the notification setting (QSettings by default; tests keep it in memory).
    struct SettingStore
    {
        std::function<bool()> load;
        std::function<void(bool)> save;
    };

    AwayServices(WizardContext *context, Notifier *notifier, SleepInhibitor *inhibitor,
                 SettingStore setting = settingsStore(), QObject *parent = nullptr);
    ~AwayServices() override;

    static SettingStore settingsStore();

    bool notificationsEnabled() const { return m_enabled; }
    void setNotificationsEnabled(bool enabled);
    // Whether the customer is at the window (the application is active), and the step it shows:
    // notifications are for when they are away; what they see is withdrawn from the desktop.
    void setCustomerPresent(bool present);
    void setStepOnScreen(Step step);
    // What the screen says about sleep: why the computer is kept awake, or that it may sleep
    // although work is pending; empty while idle.
    QString keepAwakeText() const;

Q_SIGNALS:
    void keepAwakeTextChanged(const QString &text);
    void notificationsEnabledChanged(bool enabled);
    // A notification was clicked: the wizard shows this step.
    void showStepRequested(passerelle::Step step);

private:
    void attach(MigrationSession *session);
    void deliver(const Notification &notification);

    WizardContext *m_context;
    Notifier *m_notifier;
    SleepInhibitor *m_inhibitor;
    SettingStore m_setting;
    bool m_enabled = true;
    bool m_present = false;
    std::optional<Step> m_stepOnScreen;
    std::unique_ptr<NotificationPlanner> m_planner;
    std::unique_ptr<KeepAwake> m_keepAwake;
};

} // namespace passerelle::ui
