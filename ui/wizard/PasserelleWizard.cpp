#include "ui/wizard/PasserelleWizard.h"

#include "ui/activity/ActivityDialog.h"
#include "ui/support/DiagnosticSummary.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/MigrationOverPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/VerifyPage.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>

namespace passerelle::ui {

PasserelleWizard::PasserelleWizard(WizardContext *context, const QString &appVersion, QWidget *parent)
    : QWizard(parent), m_context(context), m_appVersion(appVersion), m_normalFont(font())
{
    setWindowTitle(tr("Passerelle — private cloud migration"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButton, false);
    setPage(ConnectionPageId, new ConnectionPage(context));
    setPage(pageIdFor(Step::PrepareAccounts), new PrepareAccountsPage(context));
    setPage(pageIdFor(Step::RequestTransit), new RequestTransitPage(context));
    setPage(pageIdFor(Step::TransitInstallation), new SupportProgressPage(Step::TransitInstallation, context));
    setPage(pageIdFor(Step::MigrateAccounts), new MigrateAccountsPage(context));
    setPage(pageIdFor(Step::VerifyAfterMigration), new VerifyPage(context));
    setPage(pageIdFor(Step::ClientReinstallation), new SupportProgressPage(Step::ClientReinstallation, context));
    setPage(pageIdFor(Step::Finalization), new FinalizationPage(context));
    auto *over = new MigrationOverPage(context);
    setPage(pageIdFor(Step::MigrationOver), over);
    connect(over, &MigrationOverPage::exportRequested, this, [this] { activityDialog()->exportTo(ReportFormat::Pdf); });
    setStartId(ConnectionPageId);
    // Our own words for the buttons: Qt's catalogue may not be installed, ours always is.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

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
    setButtonLayout({QWizard::CustomButton3, QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    diagnostic->setVisible(false);
    connect(supportMode, &QPushButton::toggled, context, &WizardContext::setSupportMode);
    connect(context, &WizardContext::supportModeChanged, this, &PasserelleWizard::applySupportMode);
    connect(diagnostic, &QPushButton::clicked, this, &PasserelleWizard::copyDiagnosticSummary);
    connect(activity, &QPushButton::clicked, this, &PasserelleWizard::showActivity);
    resize(1100, 820);
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
    if (const MigrationSession *session = m_context->session())
        QApplication::clipboard()->setText(diagnosticSummary(*session, m_appVersion));
}

} // namespace passerelle::ui
