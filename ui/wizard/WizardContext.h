#pragma once

#include "core/model/Clock.h"
#include "ui/wizard/Confirmation.h"
#include "ui/wizard/ConnectedSession.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace passerelle::ui {

// What every page shares: the session (once connected), the clock, how to confirm, where the
// provider's support page is. Injected, never global.
class WizardContext : public QObject
{
    Q_OBJECT

public:
    WizardContext(SessionFactory factory, const Clock *clock, QObject *parent = nullptr);
    ~WizardContext() override;

    // Builds a session through the factory and starts it; false (with `error`) when none was built.
    bool connectTo(const ConnectionRequest &request, QString *error);
    MigrationSession *session() const { return m_connected ? m_connected->session.get() : nullptr; }
    // Follows the connected session's clock, so that countdowns run on simulated time in a dry-run.
    const Clock *clock() const { return &m_clock; }

    const Confirmer &confirmer() const { return m_confirmer; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    QUrl supportPage() const { return m_supportPage; }
    // Support mode (screen sharing): e-mail addresses masked, text larger, diagnostic summary.
    bool supportMode() const { return m_supportMode; }
    void setSupportMode(bool on);
    // Opens a URL (the desktop's browser by default; tests record it instead).
    std::function<bool(const QUrl &)> openUrl;

Q_SIGNALS:
    void sessionChanged(passerelle::MigrationSession *session);
    void supportModeChanged(bool on);

private:
    // Widgets keep this one pointer; what it reads changes when a session brings its own clock.
    class FollowingClock final : public Clock
    {
    public:
        explicit FollowingClock(const Clock *target) : m_target(target) {}
        QDateTime now() const override { return m_target->now(); }
        void follow(const Clock *target) { m_target = target; }

    private:
        const Clock *m_target;
    };

    SessionFactory m_factory;
    const Clock *m_ownClock;
    FollowingClock m_clock;
    Confirmer m_confirmer;
    QUrl m_supportPage;
    bool m_supportMode = false;
    std::unique_ptr<ConnectedSession> m_connected;
};

} // namespace passerelle::ui
