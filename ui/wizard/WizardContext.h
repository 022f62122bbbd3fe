#pragma once

#include "core/model/Clock.h"
#include "ui/wizard/Confirmation.h"
#include "ui/wizard/SessionFactory.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QSettings;

namespace passerelle {
class KeychainStore;
class LogScrubber;
} // namespace passerelle

namespace passerelle::ui {

class AwayServices;

// What every page shares: the session (once connected), the clock, how to confirm, where the
// provider's support page is. Injected, never global.
class WizardContext : public QObject
{
    Q_OBJECT

public:
    WizardContext(SessionFactory factory, const Clock *clock, QObject *parent = nullptr);
    ~WizardContext() override;

    // Opens a backend through the factory and starts its session, after releasing the previous one.
    Expected<void, BackendError> connectTo(const BackendOptions &options);
    // Closes the connected backend, its journal (and the journal's lock) included; pages hear
    // sessionChanged(nullptr) first.
    void release();
    MigrationSession *session() const { return m_backend ? m_backend->session.get() : nullptr; }
    Backend *backend() const { return m_backend.get(); }
    // Follows the connected session's clock, so that countdowns run on simulated time in a dry-run.
    const Clock *clock() const { return &m_clock; }

    const Confirmer &confirmer() const { return m_confirmer; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    // A yes/no question without the "I understand" tick (e.g. quitting while something goes on):
    // a message box by default; tests answer instead.
    const Confirmer &asker() const { return m_asker; }
    void setAsker(Confirmer asker) { m_asker = std::move(asker); }
    // The connected session is a rehearsal (the offline dry-run): marked as such on every page.
    bool isRehearsal() const { return m_backend && m_rehearsal; }
    // The provider's support page, for requests the API does not take.
    QUrl supportPage() const;
    // Support mode (screen sharing): e-mail addresses masked, text larger, diagnostic summary.
    bool supportMode() const { return m_supportMode; }
    void setSupportMode(bool on);
    // The system keychain for the API key; null when the application runs without one (tests).
    KeychainStore *keychain() const { return m_keychain; }
    void setKeychain(KeychainStore *keychain) { m_keychain = keychain; }
    // Where the window's placement and the last connection (API address, account; never the key)
    // are remembered; null: nothing is remembered (tests that do not give a temporary one).
    QSettings *settings() const { return m_settings; }
    void setSettings(QSettings *settings) { m_settings = settings; }
    // The application's log scrubber (null in tests that do not install one): every key the
    // wizard connects with is registered with it before any request can log it.
    LogScrubber *logScrubber() const { return m_scrubber; }
    void setLogScrubber(LogScrubber *scrubber) { m_scrubber = scrubber; }
    // Registers the secret forms of the key `options` carries (typed or read from the keychain).
    void rememberSecret(const BackendOptions &options) const;
    // Notifications and sleep inhibition (null when the application runs without them: tests).
    AwayServices *away() const { return m_away; }
    void setAway(AwayServices *away) { m_away = away; }
    // Asks when a scheduled queue starts, suggesting `suggested` (a dialog by default; tests
    // answer instead). Invalid: cancelled.
    std::function<QDateTime(QWidget *parent, const QDateTime &suggested)> chooseStartTime;
    // A message for whatever page is on screen (e.g. the key could not be saved after connecting).
    void announce(const QString &message) { Q_EMIT announced(message); }
    // Opens a URL (the desktop's browser by default; tests record it instead).
    std::function<bool(const QUrl &)> openUrl;
    // Asks where to save a file (a file dialog by default; tests answer instead). Empty: cancelled.
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)>
        chooseSavePath;

Q_SIGNALS:
    void sessionChanged(passerelle::MigrationSession *session);
    void supportModeChanged(bool on);
    void announced(const QString &message);

private:
    // Widgets keep this one pointer; what it reads changes when a session brings its own clock.
    class FollowingClock final : public Clock
    {
    public:
        explicit FollowingClock(const Clock *target) : m_target(target) { }
        QDateTime now() const override { return m_target->now(); }
        void follow(const Clock *target) { m_target = target; }

    private:
        const Clock *m_target;
    };

    SessionFactory m_factory;
    const Clock *m_ownClock;
    FollowingClock m_clock;
    Confirmer m_confirmer;
    Confirmer m_asker;
    bool m_rehearsal = false;
    bool m_supportMode = false;
    KeychainStore *m_keychain = nullptr;
    QSettings *m_settings = nullptr;
    LogScrubber *m_scrubber = nullptr;
    AwayServices *m_away = nullptr;
    std::unique_ptr<Backend> m_backend;
};

} // namespace passerelle::ui
