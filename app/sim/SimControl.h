#pragma once

#include "app/sim/HttpReply.h"
#include "core/sim/ProviderSimulator.h"

#include <QJsonObject>

#include <optional>

namespace passerelle::simhttp {

// passerelle-sim's own endpoints, outside the contract's /v1/: what the simulator saw (for tests:
// "exactly one migrate") and "skip to the next event" for rehearsals that wait on support.
//   GET  /sim/stats/  {"now", "next_event_at", "time_scale", "actions": [{"account", "test", ...}]}
//   POST /sim/skip/   moves virtual time to the next scheduled change, then answers
//                     {"now", "next_event_at", "time_scale"}
class SimControl
{
public:
    explicit SimControl(sim::ProviderSimulator &simulator) : m_simulator(simulator) { }

    static QString statsPath();
    static QString skipPath();
    // The answer for a /sim/ path; nothing for any other path.
    std::optional<HttpReply> handle(const SimRequest &request);

private:
    QJsonObject clock();
    HttpReply stats();

    sim::ProviderSimulator &m_simulator;
};

} // namespace passerelle::simhttp
