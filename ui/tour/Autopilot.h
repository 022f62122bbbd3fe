#pragma once

#include "core/model/Step.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace passerelle::ui {

class ConnectionPage;
class PasserelleWizard;
class WizardContext;

// Walks the wizard through a migration (a dry-run unless told how to connect) as a customer
// would — connection page, then each step's own action, then Next — and saves one picture per page
// (connection.png, step-1.png … step-8.png). Support's steps are left to the simulator, which
// moves its own time. Used by the guided tour (`--tour DIR`) and by tests.
class Autopilot : public QObject
{
    Q_OBJECT

public:
    // `outputDir` empty: no pictures (a run that measures the wizard alone).
    Autopilot(PasserelleWizard *wizard, WizardContext *context, const QString &outputDir, QObject *parent = nullptr);

    void start();
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }
    // Called while support works (steps 3 and 6), before each read, so that the tour does not
    // wait hours while accounts still move at their pace. By default a dry-run's virtual clock is
    // moved two hours on; a run against passerelle-sim passes its own (its "skip" endpoint).
    void setFastForward(std::function<void()> fastForward) { m_fastForward = std::move(fastForward); }
    // How the connection page is filled in and sent; by default, "Try it offline".
    void setConnector(std::function<void(ConnectionPage *)> connector) { m_connector = std::move(connector); }
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    void finished(bool succeeded, const QString &message);

private:
    void tick();
    void act(Step step);
    void fastForward();
    void shoot(const QString &name);
    void finish(bool succeeded, const QString &message);

    PasserelleWizard *m_wizard;
    WizardContext *m_context;
    QString m_outputDir;
    std::function<void()> m_fastForward;
    std::function<void(ConnectionPage *)> m_connector;
    QTimer m_tick;
    QDateTime m_startedAt;
    int m_timeLimitMs = 120000;
    int m_settleTicks = 0;
    int m_waitTicks = 0;
    int m_lastPage = -2;
    bool m_connecting = false;
    QSet<QString> m_shot;
    QStringList m_written;
};

} // namespace passerelle::ui
