#pragma once

#include "FaultServer.h"

#include "core/api/ProviderTypes.h"
#include "core/model/MigrationSnapshot.h"

namespace passerelle::test {

// A well-behaved provider for FaultServer: answers every read of docs/contract.md from this state,
// serialized by the contract's server side (as passerelle-sim does). It counts nothing itself:
// the FaultServer records every request.
struct ProviderRoutes
{
    MigrationDetail detail;
    AccountList accounts;
    QList<ServerInfo> servers;
    QList<SiteInfo> sites;

    static ProviderRoutes ready(int accountCount);
    // Reads, and account actions: a POST puts the account in its running status (202), and the
    // next read of the accounts shows the operation ended well.
    Scripted answer(const SeenRequest &request);
};

} // namespace passerelle::test
