#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace passerelle {

// What one HTTP exchange (after pacing and any retries) came to, before any JSON is read.
struct HttpOutcome
{
    enum class Transport {
        Answered, // an HTTP status and body arrived (any status)
        Timeout, // the transfer timeout fired
        ConnectionFailed, // refused / unknown host: nothing was sent
        Dropped, // the connection broke after the request may have been sent
        Tls, // a TLS error aborted the exchange
        Redirect, // a redirect to another origin was refused
        RedirectLoop, // more same-origin redirects than a careful client follows
        TooLarge, // the body was over the limit and was not read
        Cancelled, // the caller gave up
    };

    Transport transport = Transport::ConnectionFailed;
    int httpStatus = 0;
    QByteArray body;
    std::optional<qint64> retryAfterMs;
    int attempts = 0; // requests actually sent
    QString networkError; // Qt's description, for the log (URLs here never carry credentials)
};

} // namespace passerelle
