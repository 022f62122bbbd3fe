#pragma once

#include <QRandomGenerator>

namespace passerelle::simhttp {

// The faults passerelle-sim can inject, so that a client meets a realistic, unreliable network:
// latency, random 503s, and a connection dropped after a POST was processed.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        double failRate = 0.0;  // 0..1: share of requests answered 503
        int dropAfterPost = 0;  // the Nth processed POST gets no answer; 0 = never
        quint32 seed = 1;
    };

    explicit FaultInjector(const Settings &settings) : m_settings(settings), m_random(settings.seed) {}

    int latencyMs() const { return m_settings.latencyMs; }
    bool failThisRequest();
    // Called once per processed POST: true for the one whose connection must be dropped.
    bool dropAfterThisPost();

private:
    Settings m_settings;
    QRandomGenerator m_random;
    int m_processedPosts = 0;
};

} // namespace passerelle::simhttp
