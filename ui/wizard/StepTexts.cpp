#include "ui/wizard/StepTexts.h"

#include <QCoreApplication>

namespace passerelle::ui::steptext {
namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("StepTexts", source);
}

} // namespace

QString group(Step step)
{
    return stepInfo(step).mandatory ? tr("Mandatory") : tr("Recommended");
}

QString whoActs(Actor actor)
{
    switch (actor) {
    case Actor::Customer: return tr("Who acts now: you.");
    case Actor::Support: return tr("Who acts now: support.");
    case Actor::CustomerOrSupport: return tr("Who acts now: you choose, support or you.");
    case Actor::Nobody: return tr("Nothing left to do.");
    }
    return QString();
}

QString whatNext(Step step)
{
    switch (step) {
    case Step::PrepareAccounts:
        return tr("Next: you ask support for a transit server.");
    case Step::RequestTransit:
        return tr("Next: support installs the transit server; Passerelle follows it for you.");
    case Step::TransitInstallation:
        return tr("Next: you migrate your accounts, one at a time, whenever you like.");
    case Step::MigrateAccounts:
        return tr("Next: you check each migrated account.");
    case Step::VerifyAfterMigration:
        return tr("Next: support reinstalls your server; from then on, rollback is no longer possible.");
    case Step::ClientReinstallation:
        return tr("Next: the accounts move back to your reinstalled server.");
    case Step::Finalization:
        return tr("Next: the migration is over.");
    case Step::MigrationOver:
        return tr("The transit server is given back; nothing else happens.");
    }
    return QString();
}

} // namespace passerelle::ui::steptext
