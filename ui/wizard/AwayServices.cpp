#include "ui/wizard/AwayServices.h"

#include "core/away/KeepAwake.h"
#include "core/away/NotificationPlanner.h"
#include "core/session/MigrationSession.h"
#include "ui/wizard/WizardContext.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

namespace {
const QString kNotificationsKey = u"desktop/notifications"_s;
}

AwayServices::SettingStore AwayServices::settingsStore()
{
    return {[] { return QSettings().value(kNotificationsKey, true).toBool(); },
            [](bool enabled) { QSettings().setValue(kNotificationsKey, enabled); }};
}

AwayServices::AwayServices(WizardContext *context, Notifier *notifier, SleepInhibitor *inhibitor, SettingStore setting,
                           QObject *parent)
    : QObject(parent), m_context(context), m_notifier(notifier), m_inhibitor(inhibitor), m_setting(std::move(setting))
{
    m_enabled = m_setting.load ? m_setting.load() : true;
    connect(context, &WizardContext::sessionChanged, this, &AwayServices::attach);
    connect(notifier, &Notifier::activated, this, &AwayServices::showStepRequested);
    connect(inhibitor, &SleepInhibitor::stateChanged, this, [this] { Q_EMIT keepAwakeTextChanged(keepAwakeText()); });
    attach(context->session());
}

// The inhibition goes before the session does (KeepAwake releases it).
AwayServices::~AwayServices()
{
    m_keepAwake.reset();
    m_planner.reset();
}

void AwayServices::attach(MigrationSession *session)
{
    m_keepAwake.reset();
    if (m_planner)
        m_planner->withdrawAll(); // what the session let go of waited for no longer holds
    m_planner.reset();
    if (session) {
        m_planner = std::make_unique<NotificationPlanner>(*session);
        if (session->isDryRun())
            m_planner->setLongestWait(std::chrono::seconds(1)); // the simulator's hours pass in seconds
        m_planner->setCustomerPresent(m_present);
        if (m_stepOnScreen)
            m_planner->setStepOnScreen(*m_stepOnScreen);
        connect(m_planner.get(), &NotificationPlanner::notify, this, &AwayServices::deliver);
        connect(m_planner.get(), &NotificationPlanner::withdraw, m_notifier, &Notifier::withdraw);
        m_keepAwake = std::make_unique<KeepAwake>(*session, *m_inhibitor);
        connect(m_keepAwake.get(), &KeepAwake::reasonChanged, this,
                [this] { Q_EMIT keepAwakeTextChanged(keepAwakeText()); });
    }
    Q_EMIT keepAwakeTextChanged(keepAwakeText());
}

void AwayServices::setCustomerPresent(bool present)
{
    m_present = present;
    if (m_planner)
        m_planner->setCustomerPresent(present);
}

void AwayServices::setStepOnScreen(Step step)
{
    m_stepOnScreen = step;
    if (m_planner)
        m_planner->setStepOnScreen(step);
}

void AwayServices::setNotificationsEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_setting.save)
        m_setting.save(enabled);
    Q_EMIT notificationsEnabledChanged(enabled);
}

void AwayServices::deliver(const Notification &notification)
{
    if (m_enabled)
        m_notifier->show(notification);
}

QString AwayServices::keepAwakeText() const
{
    const QString reason = m_keepAwake ? m_keepAwake->reason() : QString();
    if (reason.isEmpty())
        return {};
    if (m_inhibitor->state() == SleepInhibitor::State::Unavailable)
        return tr("This computer may go to sleep: the desktop did not answer Passerelle's request to keep it awake. "
                  "Keep it from sleeping yourself while work is pending. %1")
            .arg(reason);
    return tr("Passerelle keeps this computer awake. %1").arg(reason);
}

} // namespace passerelle::ui
