#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace passerelle::sites {

// How one address answered a site check (https first, then http, redirects followed).
struct SiteObservation
{
    // Why there is no usable answer; each is "broken".
    enum class Failure {
        None,
        Connection, // refused, unreachable, unknown host, cut off mid-answer
        Certificate, // the TLS certificate was refused (never bypassed)
        Tls, // another TLS failure (handshake, protocol)
        Timeout, // no complete answer within the deadline
        Redirect, // a loop, too many redirects, or a redirect to a non-web address
        Protocol, // not an HTTP answer
    };

    QString address;
    QUrl finalUrl; // the URL that gave the last HTTP answer; empty when none did
    int httpStatus = 0; // 0 when there was no HTTP answer
    Failure failure = Failure::None;
    QString failureDetail; // for people, translated
    bool tls = false; // the final answer came over TLS with a verified certificate
    QDateTime certificateExpiry; // the server certificate's expiry, when one was seen
    QString title; // the page <title>, whitespace folded
    QByteArray fingerprint; // hex SHA-256 of the normalised body (whitespace folded)
    qint64 bodySize = 0; // bytes read (at most the cap)
    bool bodyTruncated = false; // the body went on past the cap and was not read further
    qint64 responseMs = 0; // from the first connection to the end of the final answer
    QDateTime checkedAt;

    bool answered() const { return httpStatus != 0 && failure == Failure::None; }
    friend bool operator==(const SiteObservation &, const SiteObservation &) = default;
};

// The journal keeps observations as JSON text (it knows no site fields).
QByteArray toJournalText(const SiteObservation &observation);
std::optional<SiteObservation> fromJournalText(const QByteArray &text);

} // namespace passerelle::sites
