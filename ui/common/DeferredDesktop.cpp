#include "ui/common/DeferredDesktop.h"

namespace passerelle::ui {

DeferredNotifier::DeferredNotifier(Factory factory, QObject *parent) : Notifier(parent), m_factory(std::move(factory))
{
}

DeferredNotifier::~DeferredNotifier() = default;

Notifier *DeferredNotifier::realize()
{
    if (!m_real && m_factory) {
        m_real = m_factory();
        if (m_real)
            connect(m_real.get(), &Notifier::activated, this, &Notifier::activated);
    }
    return m_real.get();
}

void DeferredNotifier::show(const Notification &notification)
{
    if (Notifier *real = realize())
        real->show(notification);
}

void DeferredNotifier::withdraw(const QString &tag)
{
    if (m_real)
        m_real->withdraw(tag);
}

DeferredSleepInhibitor::DeferredSleepInhibitor(Factory factory, QObject *parent)
    : SleepInhibitor(parent), m_factory(std::move(factory))
{
}

DeferredSleepInhibitor::~DeferredSleepInhibitor() = default;

SleepInhibitor *DeferredSleepInhibitor::realize()
{
    if (!m_real && m_factory) {
        m_real = m_factory();
        if (m_real)
            connect(m_real.get(), &SleepInhibitor::stateChanged, this, &SleepInhibitor::stateChanged);
    }
    return m_real.get();
}

void DeferredSleepInhibitor::inhibit(const QString &reason)
{
    if (SleepInhibitor *real = realize())
        real->inhibit(reason);
}

// Nothing was asked before the real inhibitor exists: nothing to give back.
void DeferredSleepInhibitor::release()
{
    if (m_real)
        m_real->release();
}

SleepInhibitor::State DeferredSleepInhibitor::state() const
{
    return m_real ? m_real->state() : State::Released;
}

} // namespace passerelle::ui
