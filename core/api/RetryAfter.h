#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace passerelle::retryafter {

// The longest pause Passerelle honours: a provider asking for more is told no (the request gives
// up and says how long was asked), and every request of the client pauses this long at most, so
// that a wrong or hostile header can never hold the client for hours (docs/contract.md, "Limits").
inline constexpr qint64 kLongestPauseMs = 10 * 60 * 1000;

// Reads a Retry-After header value (RFC 7231, section 7.1.3): either delta-seconds ("120") or an
// IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT"). Returns the wait in milliseconds from `now`
// (0 for a date in the past), at most a year (longer is as good as forever), or nothing when the
// value is absent or malformed. The caller compares it with kLongestPauseMs.
std::optional<qint64> parseMs(const QByteArray &value, const QDateTime &now);

// True when the provider asks to wait longer than Passerelle ever pauses.
inline bool exceedsLongestPause(qint64 retryAfterMs) { return retryAfterMs > kLongestPauseMs; }

} // namespace passerelle::retryafter
