#pragma once

#include "core/away/Notification.h"
#include "core/away/SleepInhibitor.h"

#include <functional>
#include <memory>

namespace passerelle::ui {

// The desktop's notifier, built when it is first needed: the D-Bus one connects to the session
// bus (and, on its fallback, the tray icon renders an SVG), which would hold the window back from
// its first paint although start-up needs neither.
class DeferredNotifier final : public Notifier
{
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<Notifier>()>;
    explicit DeferredNotifier(Factory factory, QObject *parent = nullptr);
    ~DeferredNotifier() override;

    void show(const Notification &notification) override;
    // Nothing shown yet means nothing to withdraw: the real notifier is not built for it.
    void withdraw(const QString &tag) override;
    // The real notifier, built now if it was not yet.
    Notifier *realize();
    bool isRealized() const { return m_real != nullptr; }

private:
    Factory m_factory;
    std::unique_ptr<Notifier> m_real;
};

// The same for the sleep inhibitor (the desktop portal on the session bus, logind on the system
// bus): until something asks to keep the computer awake, nothing connects anywhere.
class DeferredSleepInhibitor final : public SleepInhibitor
{
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<SleepInhibitor>()>;
    explicit DeferredSleepInhibitor(Factory factory, QObject *parent = nullptr);
    ~DeferredSleepInhibitor() override;

    void inhibit(const QString &reason) override;
    void release() override;
    State state() const override;
    SleepInhibitor *realize();
    bool isRealized() const { return m_real != nullptr; }

private:
    Factory m_factory;
    std::unique_ptr<SleepInhibitor> m_real;
};

} // namespace passerelle::ui
