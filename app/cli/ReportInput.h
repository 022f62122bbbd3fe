#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationState.h"
#include "core/model/Step.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace passerelle::cli {

// Everything a report prints, gathered from the session: reports are pure functions of it.
struct ReportInput
{
    MigrationSnapshot snapshot;
    LocalFacts facts;
    Step step = Step::PrepareAccounts;
    QString serverName;
    QDateTime now;
    bool dryRun = false;
};

} // namespace passerelle::cli
