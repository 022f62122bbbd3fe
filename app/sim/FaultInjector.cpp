#include "app/sim/FaultInjector.h"

namespace passerelle::simhttp {

bool FaultInjector::failThisRequest()
{
    return m_settings.failRate > 0.0 && m_random.generateDouble() < m_settings.failRate;
}

bool FaultInjector::dropAfterThisPost()
{
    ++m_processedPosts;
    return m_settings.dropAfterPost > 0 && m_processedPosts == m_settings.dropAfterPost;
}

} // namespace passerelle::simhttp
