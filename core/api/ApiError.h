#pragma once

#include <QString>

namespace passerelle {

// Why an API call did not give a result. A value, shown where it happens (never a crash).
struct ApiError
{
    enum class Kind {
        Network,        // cannot reach the API (DNS, refused, reset before any answer)
        Timeout,        // no complete answer in time
        Tls,            // any TLS error: the connection was aborted
        KeyRefused,     // 401 / 403
        NotFound,       // 404 unknown id
        Conflict,       // 409: not allowed now; `currentStatus` says the account's status
        Unprocessable,  // 422: idempotency key reused for another action, or bad input
        BadRequest,     // 400
        RateLimited,    // 429, after retries where allowed
        Server,         // 5xx
        Protocol,       // the answer does not follow the contract; `field` names what
        NotOffered,     // support_request answered 404/405: use the manual fallback
        OutcomeUnknown, // a POST was sent but its answer was lost: read the state back
        Redirect,       // a refused redirect (other origin, HTTPS -> HTTP)
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;     // 0 when no HTTP answer
    QString message;        // for people; never contains credentials
    QString field;          // Protocol: the offending field ("transit.status")
    QString currentStatus;  // Conflict: the status string the server reported
    int retryAfterSeconds = -1; // RateLimited: the server's Retry-After, -1 when none

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0)
    {
        ApiError error;
        error.kind = kind;
        error.message = message;
        error.httpStatus = httpStatus;
        return error;
    }
    static ApiError protocol(const QString &field, const QString &message)
    {
        ApiError error = make(Kind::Protocol, message);
        error.field = field;
        return error;
    }
};

} // namespace passerelle
