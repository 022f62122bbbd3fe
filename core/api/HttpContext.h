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
    // No byte for this long ends an attempt; a trickle is ended by the attempt's deadline (headers
    // and body). With RetryPolicy::Settings::giveUpAfterMs they bound a failing GET in all.
    int transferTimeoutMs = 10 * 1000;
    int attemptDeadlineMs = 15 * 1000;
    // Real waits (pacing, backoff) are multiplied by this: 1 in the product, tiny in protocol tests,
    // which check the requested waits through HttpExchange::waitScheduled instead of sleeping.
    double waitScale = 1.0;
};

} // namespace passerelle
