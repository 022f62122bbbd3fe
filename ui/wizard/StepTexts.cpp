#include "ui/wizard/StepTexts.h"

#include "core/model/TrContext.h"

namespace passerelle::ui::steptext {
namespace {

PASSERELLE_TR_CONTEXT(StepTexts);

} // namespace

QString group(Step step)
{
    // The last step asks nothing of anyone: neither mandatory nor recommended.
    if (stepInfo(step).actor == Actor::Nobody)
        return QString();
    return stepInfo(step).mandatory ? StepTexts::tr("Mandatory") : StepTexts::tr("Recommended");
}

QString whoActs(Actor actor)
{
    switch (actor) {
    case Actor::Customer:
        return StepTexts::tr("Who acts now: you.");
    case Actor::Support:
        return StepTexts::tr("Who acts now: support.");
    case Actor::CustomerOrSupport:
        return StepTexts::tr("Who acts now: you choose, support or you.");
    case Actor::Nobody:
        return StepTexts::tr("Nothing left to do.");
    }
    return QString();
}

QString whatNext(Step step)
{
    switch (step) {
    case Step::PrepareAccounts:
        return StepTexts::tr("Next: you ask support for a transit server.");
    case Step::RequestTransit:
        return StepTexts::tr("Next: support installs the transit server; Passerelle follows it for you.");
    case Step::TransitInstallation:
        return StepTexts::tr("Next: you migrate your accounts, one at a time, whenever you like.");
    case Step::MigrateAccounts:
        return StepTexts::tr("Next: you check each migrated account.");
    case Step::VerifyAfterMigration:
        return StepTexts::tr("Next: support reinstalls your server; from then on, rollback is no longer possible.");
    case Step::ClientReinstallation:
        return StepTexts::tr("Next: the accounts move back to your reinstalled server.");
    case Step::Finalization:
        return StepTexts::tr("Next: the migration is over.");
    case Step::MigrationOver:
        return StepTexts::tr("The transit server is given back; nothing else happens.");
    }
    return QString();
}

} // namespace passerelle::ui::steptext
