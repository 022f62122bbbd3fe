#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace passerelle::retryafter {

// Reads a Retry-After header value (RFC 7231, section 7.1.3): either delta-seconds ("120") or an
// IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT"). Returns the wait in milliseconds from `now`
// (0 for a date in the past), or nothing when the value is absent or malformed.
std::optional<qint64> parseMs(const QByteArray &value, const QDateTime &now);

} // namespace passerelle::retryafter
