#pragma once

#include "FaultServer.h"

#include "core/model/MigrationState.h"
#include "core/api/ProviderTypes.h"

namespace passerelle::test {

// A well-behaved provider for FaultServer: answers every read of admin-api.md from this state,
// serialized by the contract's server side (as passerelle-sim does), and counts nothing itself:
// the FaultServer records every request.
struct ProviderRoutes
{
    MigrationDetail detail;
    AccountList accounts;
    QList<ServerInfo> servers;

    static ProviderRoutes ready(int accountCount);
    Scripted answer(const SeenRequest &request) const;
};

} // namespace passerelle::test
