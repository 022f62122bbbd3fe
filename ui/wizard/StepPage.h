#pragma once

#include "core/model/OverdueWatch.h"
#include "core/model/Step.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

class AccountsPanel;
class MessageLabel;
class ServerDiagram;
class WizardContext;

// One of the eight steps: titled as the provider names it, saying who acts now and what comes
// next, with the live diagram. Next is enabled exactly when core's gate lets the customer leave
// the step (rules::canLeaveStep); the page shows the gate's reason otherwise.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(Step step, WizardContext *context, QWidget *parent = nullptr);

    // Takes the context's session now (later ones arrive by themselves). Called once the page is
    // built, as pages are built when first needed: from the constructor, the page's own attach()
    // would not be reached.
    void followSession();

    Step step() const { return m_step; }
    // Built ahead while the page before it is on screen (and filled with the session's state as
    // it is built): placed at `geometry` (the page on screen's) and laid out at the next turn of
    // the event loop, so that showing it costs only the switch.
    void prepareWhileHidden(const QRect &geometry);
    // Hidden, a change or its layout is still to come (laidOutWhileHidden follows).
    bool preparationPending() const { return m_updateHidden.isActive() || m_layOutHidden.isActive(); }
    bool isComplete() const override;
    int nextId() const override;
    MessageLabel *errorLabel() const { return m_error; }
    // "Who acts now: …": from the live state, whichever step the page is.
    QString whoActsText() const;
    MessageLabel *gateLabel() const { return m_gate; }
    ServerDiagram *diagram() const { return m_diagram; }
    // "Rehearsal" above everything else, on every page of a dry-run.
    QLabel *rehearsalBanner() const { return m_rehearsal; }

Q_SIGNALS:
    // The page took the session's latest state (once per turn of the event loop at most).
    void updated();
    // Hidden, it was laid out at a turn of its own: showing it now costs only the switch.
    void laidOutWhileHidden();

protected:
    MigrationSession *session() const { return m_session; }
    WizardContext *context() const { return m_context; }
    // Where each page puts its own widgets, between the diagram and the messages.
    QVBoxLayout *content() const { return m_content; }
    // Called on every snapshot or facts change, and when the page is shown.
    virtual void refresh() { }
    virtual void attach(MigrationSession *) { }
    // An account's site checks changed (its Sites column is already up to date).
    virtual void sitesChanged() { }
    void showError(const QString &message);
    // The panel's action requests are confirmed when they cost downtime, then sent to the session;
    // its Sites column follows the session's site checks and opens their details.
    void takeActionsFrom(AccountsPanel *accounts);
    void showSites(qint64 accountId);
    void initializePage() override;
    void showEvent(QShowEvent *event) override;
    // On a laptop screen the diagram gives way to the lists below it.
    void resizeEvent(QResizeEvent *event) override;

private:
    // What a session signal touched: the diagram follows only the snapshot.
    enum Change : unsigned { SnapshotChange = 1u, OtherChange = 2u, EveryChange = 3u };

    void setSession(MigrationSession *session);
    // A poll emits several signals in a row (snapshot, facts, in-flight...): the page redraws once,
    // at the next turn of the event loop, with all of them.
    void scheduleUpdate(Change change);
    void applyPendingUpdate();
    void inFlightChanged();
    void updateNow(unsigned changes);
    void showRefreshFailure(const QString &message);
    void updateFreshness();
    void showSitesState(qint64 accountId);

    Step m_step;
    WizardContext *m_context;
    QPointer<MigrationSession> m_session; // a reconnect destroys it while an update may be queued
    QList<QMetaObject::Connection> m_connections;
    QList<AccountsPanel *> m_panels;
    QLabel *m_who;
    ServerDiagram *m_diagram;
    QVBoxLayout *m_content;
    MessageLabel *m_gate;
    MessageLabel *m_error;
    QLabel *m_rehearsal;
    QLabel *m_freshness;
    QTimer m_freshnessTick;
    // The page Next leads to, hidden, takes a change and is then laid out, each at a timer turn of
    // its own: not in the poll that changed it, nor in the click that shows it.
    QTimer m_updateHidden;
    QTimer m_layOutHidden;
    QDateTime m_refreshFailedAt; // null unless the error shown is a failed poll
    OverdueWatch m_overdue; // failed polls in a row past a running operation's estimated end
    bool m_stale = true; // the snapshot changed while the page was hidden
    unsigned m_pending = 0; // changes waiting for the queued update
    bool m_saidComplete = false; // what completeChanged last told QWizard
    QSet<qint64> m_inFlightShown; // the actions on their way when the page last updated
};

} // namespace passerelle::ui
