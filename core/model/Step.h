#pragma once

#include <QString>

namespace passerelle {

// The eight steps of the provider's page (docs/process.md), numbered as there.
enum class Step {
    PrepareAccounts = 1,
    RequestTransit = 2,
    TransitInstallation = 3,
    MigrateAccounts = 4,
    VerifyAfterMigration = 5,
    ClientReinstallation = 6,
    Finalization = 7,
    MigrationOver = 8,
};

enum class Actor { Customer, Support, CustomerOrSupport, Nobody };

struct StepInfo
{
    Step step;
    int number;
    bool mandatory; // step 1 is only recommended
    Actor actor;    // who acts in this step, before any choice is made
};

const StepInfo &stepInfo(Step step);
// Translated title, as the provider's page names the step.
QString stepTitle(Step step);
// Translated one-line summary of what happens in the step.
QString stepSummary(Step step);
Step stepFromNumber(int number); // clamps to 1..8

} // namespace passerelle
