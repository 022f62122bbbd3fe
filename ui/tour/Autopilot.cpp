#include "ui/tour/Autopilot.h"

#include "core/backend/Backend.h"
#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
#include "core/session/SiteWatch.h"
#include "core/sim/DryRunAdminApi.h"
#include "ui/activity/ReportExport.h"
#include "ui/common/UiLog.h"
#include "ui/sites/SitesDialog.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/VerifyPage.h"
#include "ui/wizard/WizardContext.h"

#include <QAbstractButton>
#include <QDir>
#include <QTimer>
#include <QPushButton>
#include <QRadioButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

constexpr int kTickMs = 40;
// A page is pictured once it has shown a few refreshes, not in the middle of appearing.
constexpr int kSettleTicks = 5;
// While waiting (support at work, an account moving) the provider is read this often, in ticks.
constexpr int kRefreshTicks = 8;
// How far ahead the tour schedules its queue, in simulated seconds (moments of real time).
constexpr qint64 kScheduleAhead = 600;

void clickIfEnabled(QAbstractButton *button)
{
    if (button && button->isEnabled() && button->isVisible())
        button->click();
}

QList<qint64> accountsWhere(const MigrationSnapshot &snapshot, Location location)
{
    QList<qint64> ids;
    for (const AccountRecord &account : snapshot.accounts) {
        if (account.location == location && !isRunning(account.status))
            ids << account.id;
    }
    return ids;
}

// Every account's sites checked after its migration (or no site checks at all).
bool sitesSettled(const MigrationSession &session)
{
    if (!session.sites().isEnabled())
        return true;
    return std::all_of(session.snapshot().accounts.cbegin(), session.snapshot().accounts.cend(),
                       [&session](const AccountRecord &account) {
                           const SitesState state = session.sites().stateOf(account.id);
                           return state != SitesState::NotChecked && state != SitesState::Checking;
                       });
}

// The moment that shows a step best in a picture.
bool isTelling(Step step, const MigrationSession &session)
{
    const MigrationSnapshot &snapshot = session.snapshot();
    switch (step) {
    case Step::VerifyAfterMigration:
        return sitesSettled(session);
    case Step::TransitInstallation:
        return snapshot.migration.transit.status == TransitStatus::Installing;
    case Step::ClientReinstallation:
        return snapshot.migration.clientServer.status == ClientServerStatus::Reinstalling;
    case Step::MigrateAccounts:
    case Step::Finalization:
        return rules::accountOnTheMove(snapshot) != nullptr;
    default:
        return true;
    }
}

} // namespace

Autopilot::Autopilot(PasserelleWizard *wizard, WizardContext *context, const QString &outputDir, QObject *parent)
    : QObject(parent), m_wizard(wizard), m_context(context), m_outputDir(outputDir)
{
    m_tick.setObjectName(u"autopilot tick"_s);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Autopilot::tick);
}

void Autopilot::start()
{
    // The tour confirms what a person would confirm after reading it.
    m_context->setConfirmer([](QWidget *, const ConfirmationRequest &) { return true; });
    if (!m_outputDir.isEmpty())
        QDir().mkpath(m_outputDir);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_tick.start();
}

void Autopilot::shoot(const QString &name, QWidget *widget)
{
    if (m_shot.contains(name))
        return;
    m_shot.insert(name); // taken or not, the tour goes on past it
    // No folder: a measured run, whose GUI thread must not be slowed by grabbing pictures.
    if (m_outputDir.isEmpty())
        return;
    const QString file = QDir(m_outputDir).filePath(name + u".png"_s);
    if ((widget ? widget : m_wizard)->grab().save(file))
        m_written << file;
    else
        qCWarning(lcUi) << "could not write" << file;
}

// The details of the account whose sites fare worst, as its row's Sites cell opens them.
void Autopilot::shootSites(MigrationSession &session)
{
    const AccountList &accounts = session.snapshot().accounts;
    const auto worst = std::max_element(accounts.cbegin(), accounts.cend(), [&session](const auto &a, const auto &b) {
        return session.sites().stateOf(a.id) < session.sites().stateOf(b.id);
    });
    // A measured run (no folder) takes no pictures: no dialog to open either.
    if (m_outputDir.isEmpty() || !session.sites().isEnabled() || worst == accounts.cend()
        || m_shot.contains(u"step-5-sites"_s))
        return;
    SitesDialog dialog(session, worst->id, m_wizard);
    dialog.show();
    shoot(u"step-5-sites"_s, &dialog);
}

void Autopilot::fastForward()
{
    if (m_fastForward) {
        m_fastForward();
        return;
    }
    // Support's hours pass in a blink; accounts move at the simulator's pace.
    if (Backend *backend = m_context->backend(); backend && backend->dryRun)
        backend->dryRun->clock().advance(2 * 3600);
}

void Autopilot::finish(bool succeeded, const QString &message)
{
    m_tick.stop();
    Q_EMIT finished(succeeded, message);
}

void Autopilot::tick()
{
    if (m_startedAt.msecsTo(QDateTime::currentDateTimeUtc()) > m_timeLimitMs) {
        MigrationSession *session = m_context->session();
        const QString where = session && session->hasSnapshot()
            ? tr("stopped at step %1: %2")
                  .arg(static_cast<int>(session->currentStep()))
                  .arg(rules::canLeaveStep(session->currentStep(), session->snapshot(), session->facts()).error())
            : tr("stopped before the migration was found");
        finish(false, where);
        return;
    }
    const int page = m_wizard->currentId();
    if (page != m_lastPage) {
        m_lastPage = page;
        m_settleTicks = 0;
    }
    if (++m_settleTicks < kSettleTicks)
        return;
    if (page == ConnectionPageId) {
        shoot(u"connection"_s);
        if (!m_connecting) {
            m_connecting = true;
            auto *connection = qobject_cast<ConnectionPage *>(m_wizard->currentPage());
            if (m_connector)
                m_connector(connection);
            else
                clickIfEnabled(connection->dryRunButton());
        }
        return;
    }
    const Step step = stepFromNumber(page);
    if (step == Step::MigrationOver) {
        shoot(u"step-8"_s);
        // The report as the customer would export it, to be looked at with the pages; a measured
        // run (no folder) writes nothing, as it takes no pictures.
        if (MigrationSession *session = m_context->session(); session && !m_outputDir.isEmpty()) {
            const QString error = exportReport(*session, ReportFormat::Pdf, QDir(m_outputDir).filePath(u"report.pdf"_s));
            if (!error.isEmpty())
                qCWarning(lcUi) << "could not write the report:" << error;
        }
        finish(true, QString());
        return;
    }
    // Steps 4 and 7 are pictured with an account on the move, 3 and 6 with support at work.
    MigrationSession *session = m_context->session();
    if (session && session->hasSnapshot() && isTelling(step, *session)) {
        shoot(u"step-%1"_s.arg(page));
        if (step == Step::VerifyAfterMigration)
            shootSites(*session);
    }
    if (m_wizard->button(QWizard::NextButton)->isEnabled()) {
        shoot(u"step-%1"_s.arg(page));
        m_wizard->next();
        return;
    }
    act(step);
}

void Autopilot::act(Step step)
{
    MigrationSession *session = m_context->session();
    if (!session || !session->hasSnapshot())
        return;
    // The tour runs on accelerated time: it reads the provider more often than a person would wait.
    if (++m_waitTicks % kRefreshTicks == 0) {
        const bool supportWorks = step == Step::TransitInstallation || step == Step::ClientReinstallation;
        if (supportWorks)
            fastForward();
        session->refresh();
    }
    if (session->queue().isActive() || session->schedule().pending() || rules::accountOnTheMove(session->snapshot()))
        return;
    const MigrationSnapshot &snapshot = session->snapshot();
    const LocalFacts &facts = session->facts();
    switch (step) {
    case Step::PrepareAccounts:
        session->setAllAccountsReady(true);
        break;
    case Step::RequestTransit: {
        SupportRequestBox *box = qobject_cast<RequestTransitPage *>(m_wizard->currentPage())->request();
        clickIfEnabled(box->sentManuallyButton());
        clickIfEnabled(box->sendButton());
        break;
    }
    case Step::MigrateAccounts:
        if (const QList<qint64> ids = accountsWhere(snapshot, Location::Client); !ids.isEmpty()) {
            // The first time as a customer going to bed would: "Start at…" a little later, pictured
            // with its countdown. Only on the simulator, whose minutes pass in moments by themselves.
            const bool timePasses = m_context->backend() && m_context->backend()->dryRun;
            if (!m_scheduledQueue && timePasses) {
                m_scheduledQueue = true;
                session->schedule().set(ids, AccountAction::Migrate, m_context->clock()->now().addSecs(kScheduleAhead));
                // Once the page has laid out its new buttons and countdown.
                QTimer::singleShot(0, this, [this] { shoot(u"step-4-scheduled"_s); });
            } else {
                session->queue().start(ids, AccountAction::Migrate);
            }
        }
        break;
    case Step::VerifyAfterMigration: {
        // The picture shows the site checks first, the rollback suggestion included.
        if (!m_shot.contains(u"step-5"_s))
            break;
        // One tick per account, as a person would: no burst of journal commits in one go.
        for (const AccountRecord &account : snapshot.accounts) {
            if (!facts.verified.contains(account.id)) {
                session->setAccountVerified(account.id, true);
                return;
            }
        }
        SupportRequestBox *box = qobject_cast<VerifyPage *>(m_wizard->currentPage())->request();
        clickIfEnabled(box->sentManuallyButton());
        clickIfEnabled(box->sendButton());
        break;
    }
    case Step::Finalization: {
        auto *page = qobject_cast<FinalizationPage *>(m_wizard->currentPage());
        if (rules::effectiveFinalizer(snapshot, facts) == Finalizer::Nobody) {
            if (!page->byMe()->isChecked())
                page->byMe()->click();
            clickIfEnabled(page->request()->sentManuallyButton());
            clickIfEnabled(page->request()->sendButton());
        } else if (const QList<qint64> ids = accountsWhere(snapshot, Location::Transit); !ids.isEmpty()) {
            session->queue().start(ids, AccountAction::MoveBack);
        }
        break;
    }
    default:
        break; // support's steps: the simulator moves on by itself
    }
}

} // namespace passerelle::ui
