#pragma once

#include "core/api/ApiEndpoint.h"
#include "core/api/Credentials.h"

class QNetworkAccessManager;

namespace passerelle {

class Clock;
class RequestPacer;
class RetryPolicy;

// What every HTTP exchange of one RestAdminApi shares. Everything is injected; nothing is global.
struct HttpContext
{
    QNetworkAccessManager *network = nullptr;
    ApiEndpoint endpoint;
    Credentials credentials;
    RequestPacer *pacer = nullptr;
    const RetryPolicy *retryPolicy = nullptr;
    const Clock *clock = nullptr;
    int transferTimeoutMs = 30 * 1000;
    // Real waits (pacing, backoff) are multiplied by this: 1 in the product, tiny in protocol tests,
    // which check the requested waits through HttpExchange::waitScheduled instead of sleeping.
    double waitScale = 1.0;
};

} // namespace passerelle
