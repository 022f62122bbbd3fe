#include "ui/wizard/PasserelleWizard.h"

#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/FinalizationPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/MigrationOverPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportProgressPage.h"
#include "ui/wizard/VerifyPage.h"

namespace passerelle::ui {

PasserelleWizard::PasserelleWizard(WizardContext *context, QWidget *parent) : QWizard(parent)
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
    setPage(pageIdFor(Step::MigrationOver), new MigrationOverPage(context));
    setStartId(ConnectionPageId);
    // Our own words for the buttons: Qt's catalogue may not be installed, ours always is.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    resize(1100, 820);
}

} // namespace passerelle::ui
