#pragma once

#include "app/sim/HttpReply.h"
#include "app/sim/SimControl.h"
#include "core/api/ApiContract.h"
#include "core/sim/ProviderSimulator.h"

namespace passerelle::simhttp {

// Maps an authenticated request to the simulator and its answer to the contract's JSON. Every
// path, field and status string comes from core/api/ApiContract.h.
class SimRouter
{
public:
    explicit SimRouter(sim::ProviderSimulator &simulator) : m_simulator(simulator), m_control(simulator) { }

    // Answers one authenticated, admitted request.
    HttpReply route(const SimRequest &request);

private:
    HttpReply read(const contract::Route &route);
    HttpReply act(const contract::Route &route, const SimRequest &request);

    sim::ProviderSimulator &m_simulator;
    SimControl m_control;
    AccountList m_servedAccounts; // the list the last accounts reply was made from
    HttpReply m_servedAccountsReply;
};

} // namespace passerelle::simhttp
