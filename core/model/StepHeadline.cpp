#include "core/model/StepHeadline.h"

#include "core/model/ProcessRules.h"
#include "core/model/TrContext.h"

namespace passerelle::headline {
namespace {

// The context the wizard used before these words moved to core: the translations stay.
PASSERELLE_TR_CONTEXT(StepTexts);

} // namespace

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

QString forPage(Step page, Step current, const MigrationSnapshot &snapshot, const LocalFacts &facts,
                const QString &leftToDo)
{
    if (current > page) {
        const QString now = current == Step::MigrationOver && !leftToDo.isEmpty()
            ? leftToDo
            : StepTexts::tr("%1 %2").arg(whoActs(rules::actorNow(current, snapshot, facts)), whatNext(current));
        return StepTexts::tr("This step is done; the migration is at step %1 (%2). %3")
            .arg(stepInfo(current).number)
            .arg(stepTitle(current), now);
    }
    if (page == Step::MigrationOver && !leftToDo.isEmpty())
        return leftToDo;
    return StepTexts::tr("%1 %2").arg(whoActs(rules::actorNow(page, snapshot, facts)), whatNext(page));
}

} // namespace passerelle::headline
