#include "app/sim/FaultInjector.h"

namespace passerelle::simhttp {

bool FaultInjector::failThisRequest()
{
    return m_settings.failRate > 0.0 && m_random.generateDouble() < m_settings.failRate;
}

void FaultInjector::noteRequest(const QByteArray &method, const QByteArray &idempotencyKey)
{
    if (method != "POST" || idempotencyKey != m_droppedKey)
        m_droppedKey.clear();
}

bool FaultInjector::dropAfterThisPost(const QByteArray &idempotencyKey)
{
    // A few blind resends at most: a client looping on them would otherwise never get an answer.
    constexpr int kMaxResendsDropped = 4;
    if (!m_droppedKey.isEmpty() && idempotencyKey == m_droppedKey && m_resendsDropped < kMaxResendsDropped) {
        ++m_resendsDropped;
        return true;
    }
    ++m_processedPosts;
    if (m_settings.dropAfterPost <= 0 || m_processedPosts != m_settings.dropAfterPost)
        return false;
    m_droppedKey = idempotencyKey;
    return true;
}

} // namespace passerelle::simhttp
