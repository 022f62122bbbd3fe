#include "core/model/Step.h"

#include <QCoreApplication>

#include <array>

namespace passerelle {
namespace {

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

constexpr std::array<const char *, 8> kTitles = {
    QT_TRANSLATE_NOOP("Step", "Prepare the accounts"),
    QT_TRANSLATE_NOOP("Step", "Request the transit server"),
    QT_TRANSLATE_NOOP("Step", "Transit server installation"),
    QT_TRANSLATE_NOOP("Step", "Migrate the accounts to the new infrastructure"),
    QT_TRANSLATE_NOOP("Step", "Verify after migration"),
    QT_TRANSLATE_NOOP("Step", "Client server reinstallation"),
    QT_TRANSLATE_NOOP("Step", "Finalization: move the accounts back to the client server"),
    QT_TRANSLATE_NOOP("Step", "Migration over"),
};

constexpr std::array<const char *, 8> kSummaries = {
    QT_TRANSLATE_NOOP("Step", "Follow the migration documentation, test the databases and fix what needs fixing."),
    QT_TRANSLATE_NOOP("Step", "Every account is ready: ask support to prepare a transit server."),
    QT_TRANSLATE_NOOP("Step", "Support installs a transit server like yours and pre-copies files and mail. It can take hours, and there may be a wait for a free server."),
    QT_TRANSLATE_NOOP("Step", "Migrate your accounts to the transit server, one at a time, whenever you like."),
    QT_TRANSLATE_NOOP("Step", "Check each migrated account. Roll back temporarily if something is wrong, then ask support to reinstall your server."),
    QT_TRANSLATE_NOOP("Step", "Support reinstalls your server on the new infrastructure. Rollback is no longer possible."),
    QT_TRANSLATE_NOOP("Step", "The accounts move back to your reinstalled server, by support in working hours or by you."),
    QT_TRANSLATE_NOOP("Step", "Every account is back on your reinstalled server. The migration is over."),
};

int indexOf(Step step)
{
    return static_cast<int>(step) - 1;
}

} // namespace

const StepInfo &stepInfo(Step step)
{
    return kSteps[static_cast<size_t>(indexOf(step))];
}

const QList<Step> &allSteps()
{
    static const QList<Step> steps = {Step::PrepareAccounts, Step::RequestTransit,
                                      Step::TransitInstallation, Step::MigrateAccounts,
                                      Step::VerifyAfterMigration, Step::ClientReinstallation,
                                      Step::Finalization, Step::MigrationOver};
    return steps;
}

QString stepTitle(Step step)
{
    return QCoreApplication::translate("Step", kTitles[static_cast<size_t>(indexOf(step))]);
}

QString stepSummary(Step step)
{
    return QCoreApplication::translate("Step", kSummaries[static_cast<size_t>(indexOf(step))]);
}

Step stepFromNumber(int number)
{
    return static_cast<Step>(qBound(1, number, 8));
}

} // namespace passerelle
