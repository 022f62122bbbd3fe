#include "core/model/Step.h"

#include "core/model/TrContext.h"

#include <array>

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(StepNames);

constexpr std::array<StepInfo, 8> kSteps = {{
    {Step::PrepareAccounts, 1, false, Actor::Customer},
    {Step::RequestTransit, 2, true, Actor::Customer},
    {Step::TransitInstallation, 3, true, Actor::Support},
    {Step::MigrateAccounts, 4, true, Actor::Customer},
    {Step::VerifyAfterMigration, 5, true, Actor::Customer},
    {Step::ClientReinstallation, 6, true, Actor::Support},
    {Step::Finalization, 7, true, Actor::CustomerOrSupport},
    {Step::MigrationOver, 8, true, Actor::Nobody},
}};

} // namespace

const StepInfo &stepInfo(Step step)
{
    for (const StepInfo &info : kSteps) {
        if (info.step == step)
            return info;
    }
    return kSteps.front();
}

QString stepTitle(Step step)
{
    switch (step) {
    case Step::PrepareAccounts:
        return StepNames::tr("Prepare the accounts");
    case Step::RequestTransit:
        return StepNames::tr("Request the transit server");
    case Step::TransitInstallation:
        return StepNames::tr("Transit server installation");
    case Step::MigrateAccounts:
        return StepNames::tr("Migrate the accounts to the new infrastructure");
    case Step::VerifyAfterMigration:
        return StepNames::tr("Verify after migration");
    case Step::ClientReinstallation:
        return StepNames::tr("Client server reinstallation");
    case Step::Finalization:
        return StepNames::tr("Finalization: move the accounts back to the client server");
    case Step::MigrationOver:
        return StepNames::tr("Migration over");
    }
    return QString();
}

QString stepSummary(Step step)
{
    switch (step) {
    case Step::PrepareAccounts:
        return StepNames::tr("Follow the migration documentation, test the databases and fix what needs fixing.");
    case Step::RequestTransit:
        return StepNames::tr("Every account is ready: ask support to prepare a transit server.");
    case Step::TransitInstallation:
        return StepNames::tr("Support installs a transit server like yours and pre-copies files and mail. It can take "
                             "hours, and there may be a wait for a free server.");
    case Step::MigrateAccounts:
        return StepNames::tr("Migrate your accounts to the transit server, one at a time, whenever you like.");
    case Step::VerifyAfterMigration:
        return StepNames::tr("Check each migrated account. Roll back temporarily if something is wrong, then ask "
                             "support to reinstall your server.");
    case Step::ClientReinstallation:
        return StepNames::tr(
            "Support reinstalls your server on the new infrastructure. Rollback is no longer possible.");
    case Step::Finalization:
        return StepNames::tr(
            "The accounts move back to your reinstalled server, by support in working hours or by you.");
    case Step::MigrationOver:
        return StepNames::tr("Every account is back on your reinstalled server. The migration is over.");
    }
    return QString();
}

Step stepFromNumber(int number)
{
    return static_cast<Step>(qBound(1, number, 8));
}

} // namespace passerelle
