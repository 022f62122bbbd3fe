#pragma once

#include <QByteArray>
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
        double failRate = 0.0; // 0..1: share of requests answered 503
        int dropAfterPost = 0; // the Nth processed POST gets no answer; 0 = never
        quint32 seed = 1;
    };

    explicit FaultInjector(const Settings &settings) : m_settings(settings), m_random(settings.seed) { }

    int latencyMs() const { return m_settings.latencyMs; }
    bool failThisRequest();
    // Called for every request before it is processed.
    void noteRequest(const QByteArray &method, const QByteArray &idempotencyKey);
    // Called once per processed POST: true when its connection must be dropped. That is the Nth
    // POST, and also its blind resends (same Idempotency-Key, nothing asked in between): QNAM
    // resends on its own when a connection dies unanswered, and the client must still see the drop.
    bool dropAfterThisPost(const QByteArray &idempotencyKey);

private:
    Settings m_settings;
    QRandomGenerator m_random;
    int m_processedPosts = 0;
    QByteArray m_droppedKey; // the dropped POST's key while its blind resends are dropped too
    int m_resendsDropped = 0;
};

} // namespace passerelle::simhttp
