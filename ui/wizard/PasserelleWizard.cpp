#include "ui/wizard/PasserelleWizard.h"

#include "core/session/MigrationSession.h"
#include "ui/activity/ActivityDialog.h"
#include "ui/common/AppIcon.h"
#include "ui/common/FirstPaintWatch.h"
#include "ui/common/WindowPlacement.h"
#include "ui/support/DiagnosticSummary.h"
#include "ui/wizard/AboutBox.h"
#include "ui/wizard/AwayServices.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/LeaveQuestion.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/MigrationOverPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/StepPage.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/VerifyPage.h"
#include "ui/wizard/WizardContext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace passerelle::ui {

namespace {

// Long enough for the page on screen to have drawn, short against the time anyone reads it (and
// the tour's 200 ms on a page).
constexpr auto kPrepareNextAfter = 100ms;
// Building, laying out and showing the migration's step once connected are a frame apart: the
// window takes input and draws between them.
constexpr auto kOneFrame = 16ms;

} // namespace

PasserelleWizard::PasserelleWizard(WizardContext *context, const QString &appVersion, QWidget *parent)
    : QWizard(parent), m_context(context), m_appVersion(appVersion), m_normalFont(font()),
      m_firstPaint(new FirstPaintWatch(this))
{
    // The icon is an SVG to render: the window shows first, the title bar and dialogs get it after.
    connect(m_firstPaint, &FirstPaintWatch::painted, this, [] { QApplication::setWindowIcon(applicationIcon()); },
            Qt::QueuedConnection);
    updateTitle();
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButton, false);
    // Only the first page now: the step pages (diagram, lists, countdowns) are built when first
    // needed, so that the window shows as fast as a bare wizard.
    auto *connection = new ConnectionPage(context);
    setPage(ConnectionPageId, connection);
    connect(m_firstPaint, &FirstPaintWatch::painted, connection, &ConnectionPage::readSavedKey, Qt::QueuedConnection);
    setStartId(ConnectionPageId);
    // Our own words for the buttons: Qt's catalogue may not be installed, ours always is.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("Ab&out…"));
    setOption(QWizard::HaveHelpButton);
    button(QWizard::HelpButton)->setToolTip(tr("Version, licence, and the provider's help and support pages."));
    connect(this, &QWizard::helpRequested, this, &PasserelleWizard::showAbout);

    auto *supportMode = new QPushButton(tr("Su&pport mode"), this);
    supportMode->setCheckable(true);
    supportMode->setToolTip(tr("For screen sharing with support: e-mail addresses masked, larger text."));
    auto *diagnostic = new QPushButton(tr("Copy &diagnostic summary"), this);
    diagnostic->setToolTip(tr("Copies a summary for your support ticket, without key or e-mail addresses."));
    // The activity log and the report, from every page.
    auto *activity = new QPushButton(tr("Activit&y…"), this);
    activity->setToolTip(tr("Every action, answer and state change with its time; export the report."));
    setButton(QWizard::CustomButton1, supportMode);
    setButton(QWizard::CustomButton2, diagnostic);
    setButton(QWizard::CustomButton3, activity);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    setButtonLayout({QWizard::HelpButton, QWizard::CustomButton3, QWizard::CustomButton1, QWizard::CustomButton2,
                     QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    diagnostic->setVisible(false);
    connect(supportMode, &QPushButton::toggled, context, &WizardContext::setSupportMode);
    // The toggle shows the real state, also when support mode was switched on before (--support-mode).
    connect(context, &WizardContext::supportModeChanged, supportMode, &QPushButton::setChecked);
    connect(context, &WizardContext::supportModeChanged, this, &PasserelleWizard::applySupportMode);
    supportMode->setChecked(context->supportMode());
    applySupportMode(context->supportMode());
    connect(context, &WizardContext::sessionChanged, this, &PasserelleWizard::updateTitle);
    connect(diagnostic, &QPushButton::clicked, this, &PasserelleWizard::copyDiagnosticSummary);
    connect(activity, &QPushButton::clicked, this, &PasserelleWizard::showActivity);
    if (AwayServices *away = context->away()) {
        connect(away, &AwayServices::showStepRequested, this, &PasserelleWizard::showStep);
        // What needed the customer at the step they now look at leaves the desktop.
        connect(this, &QWizard::currentIdChanged, away, [away](int id) {
            if (id != ConnectionPageId)
                away->setStepOnScreen(static_cast<Step>(id));
        });
    }

    // Back to the connection page asks first in a rehearsal. QWizard connects its buttons by
    // signature, to the "clicked()" overload: only the same spelling disconnects it.
    disconnect(button(QWizard::BackButton), SIGNAL(clicked()), this, SLOT(back()));
    connect(button(QWizard::BackButton), &QAbstractButton::clicked, this, &PasserelleWizard::goBack);

    // Everyone's "refresh" reads the provider now, on every step; no account action sits on it.
    auto *check = new QAction(tr("Check now"), this);
    check->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    check->setShortcutContext(Qt::WindowShortcut);
    addAction(check);
    connect(check, &QAction::triggered, this, &PasserelleWizard::checkNow);

    m_prepareNext.setObjectName(u"prepare next page"_s);
    m_prepareNext.setSingleShot(true);
    m_prepareNext.setInterval(kPrepareNextAfter);
    connect(this, &QWizard::currentIdChanged, &m_prepareNext, qOverload<>(&QTimer::start));
    connect(&m_prepareNext, &QTimer::timeout, this, &PasserelleWizard::prepareNextPage);
    // Connected: the migration's step is known; its page is prepared, then opened.
    m_openStep.setObjectName(u"open the migration's step"_s);
    m_openStep.setSingleShot(true);
    m_openStep.setInterval(kOneFrame);
    connect(&m_openStep, &QTimer::timeout, this, &PasserelleWizard::openConnectedStep);
    // Only the connection's Ready opens the step: Back to the connection page stays there.
    connect(this, &QWizard::currentIdChanged, this, [this] { m_openingStep = false; });
    connect(context, &WizardContext::sessionChanged, this, [this](MigrationSession *session) {
        if (!session)
            return;
        connect(session, &MigrationSession::stateChanged, this, [this](MigrationSession::State state) {
            if (state == MigrationSession::State::Ready && currentId() == ConnectionPageId) {
                m_openingStep = true;
                m_openStep.start();
            }
        });
    });

    const QScreen *screen = QGuiApplication::primaryScreen();
    restorePlacement(this, context->settings(), screen ? screen->availableGeometry() : QRect());
}

void PasserelleWizard::prepareNextPage()
{
    // The connection page's next one is the migration's step: known once connected.
    const MigrationSession *session = m_context->session();
    if (!currentPage() || (currentId() == ConnectionPageId && !(session && session->hasSnapshot())))
        return;
    const int next = currentPage()->nextId();
    if (next == -1 || page(next))
        return;
    if (auto *prepared = qobject_cast<StepPage *>(ensurePage(next)))
        prepared->prepareWhileHidden(currentPage()->geometry());
}

void PasserelleWizard::openConnectedStep()
{
    const MigrationSession *session = m_context->session();
    if (!m_openingStep || currentId() != ConnectionPageId || !session
        || session->state() != MigrationSession::State::Ready || !session->hasSnapshot())
        return;
    const auto *prepared = qobject_cast<StepPage *>(page(currentPage()->nextId()));
    if (!prepared) {
        prepareNextPage(); // built and filled now; its laidOutWhileHidden comes back here
        return;
    }
    if (!prepared->preparationPending())
        next();
}

void PasserelleWizard::updateTitle()
{
    // A rehearsal is marked in the title bar too, for a shared screen or a task bar.
    setWindowTitle(m_context->isRehearsal() ? tr("REHEARSAL (dry-run) — Passerelle — private cloud migration")
                                            : tr("Passerelle — private cloud migration"));
}

void PasserelleWizard::checkNow()
{
    MigrationSession *session = m_context->session();
    if (currentId() != ConnectionPageId && session && session->state() == MigrationSession::State::Ready)
        session->refresh();
}

void PasserelleWizard::goBack()
{
    const QList<int> visited = visitedIds();
    const bool toConnection = visited.size() >= 2 && visited.at(visited.size() - 2) == ConnectionPageId;
    if (toConnection) {
        if (const auto question = leaveQuestion(m_context, Leaving::BackToConnection);
            question && !m_context->asker()(this, *question))
            return;
    }
    back();
}

void PasserelleWizard::reject()
{
    if (const auto question = leaveQuestion(m_context, Leaving::Quit); question && !m_context->asker()(this, *question))
        return;
    QWizard::reject();
}

void PasserelleWizard::done(int result)
{
    savePlacement(this, m_context->settings());
    QWizard::done(result);
}

void PasserelleWizard::showAbout()
{
    if (!m_about) {
        m_about = new AboutBox(m_appVersion, this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_about, &QObject::destroyed, this, [this] { m_about = nullptr; });
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void PasserelleWizard::showStep(Step step)
{
    const int target = pageIdFor(step);
    while (currentId() > target && visitedIds().contains(target))
        back();
    while (currentId() < target && currentPage() && currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

QWizardPage *PasserelleWizard::ensurePage(int id)
{
    if (QWizardPage *built = page(id))
        return built;
    StepPage *created = createStepPage(id);
    if (created) {
        setPage(id, created);
        connect(created, &StepPage::laidOutWhileHidden, this, [this] {
            if (m_openingStep)
                m_openStep.start();
        });
        created->followSession();
        if (auto *over = qobject_cast<MigrationOverPage *>(created))
            connect(over, &MigrationOverPage::exportRequested, this, [this, over] {
                // The dialog is built when first needed (start-up): the page follows it from then on.
                connect(activityDialog(), &ActivityDialog::pdfExportChanged, over, &MigrationOverPage::showExport,
                        Qt::UniqueConnection);
                activityDialog()->exportTo(ReportFormat::Pdf);
            });
    }
    return created;
}

void PasserelleWizard::ensureAllPages()
{
    for (int id = pageIdFor(Step::PrepareAccounts); id <= pageIdFor(Step::MigrationOver); ++id)
        ensurePage(id);
}

StepPage *PasserelleWizard::createStepPage(int id) const
{
    if (id < pageIdFor(Step::PrepareAccounts) || id > pageIdFor(Step::MigrationOver))
        return nullptr;
    switch (static_cast<Step>(id)) {
    case Step::PrepareAccounts:
        return new PrepareAccountsPage(m_context);
    case Step::RequestTransit:
        return new RequestTransitPage(m_context);
    case Step::TransitInstallation:
        return new SupportProgressPage(Step::TransitInstallation, m_context);
    case Step::MigrateAccounts:
        return new MigrateAccountsPage(m_context);
    case Step::VerifyAfterMigration:
        return new VerifyPage(m_context);
    case Step::ClientReinstallation:
        return new SupportProgressPage(Step::ClientReinstallation, m_context);
    case Step::Finalization:
        return new FinalizationPage(m_context);
    case Step::MigrationOver:
        return new MigrationOverPage(m_context);
    }
    return nullptr;
}

bool PasserelleWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() goes on to nextId() only if that page exists.
    if (const int next = nextId(); next != -1)
        ensurePage(next);
    return true;
}

void PasserelleWizard::applySupportMode(bool on)
{
    QFont enlarged = m_normalFont;
    enlarged.setPointSizeF(m_normalFont.pointSizeF() * 1.25);
    setFont(on ? enlarged : m_normalFont);
    button(QWizard::CustomButton2)->setVisible(on);
}

ActivityDialog *PasserelleWizard::activityDialog()
{
    if (!m_activity)
        m_activity = new ActivityDialog(m_context, this);
    return m_activity;
}

void PasserelleWizard::showActivity()
{
    ActivityDialog *dialog = activityDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void PasserelleWizard::copyDiagnosticSummary()
{
    const MigrationSession *session = m_context->session();
    if (!session)
        return;
    QApplication::clipboard()->setText(diagnosticSummary(*session, m_appVersion));
    // Says that it copied, for a few seconds, where the eyes are.
    QAbstractButton *diagnostic = button(QWizard::CustomButton2);
    diagnostic->setText(tr("Copied ✓"));
    QTimer::singleShot(3000, diagnostic, [diagnostic] { diagnostic->setText(tr("Copy &diagnostic summary")); });
}

} // namespace passerelle::ui
