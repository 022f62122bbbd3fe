#include "core/api/RetryAfter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::retryafter {

namespace {

// Longer waits read as a year: far beyond kLongestPauseMs either way, and no overflow.
constexpr qint64 kMaxSeconds = 365 * 24 * 60 * 60;

std::optional<qint64> parseDeltaSeconds(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    // More digits than a year of seconds has is a longer wait still, not a malformed one.
    const qint64 seconds = text.size() > 9 ? kMaxSeconds : std::min(text.toLongLong(), kMaxSeconds);
    return seconds * 1000;
}

std::optional<QDateTime> parseImfFixdate(const QString &text)
{
    // IMF-fixdate only: the obsolete RFC 850 and asctime forms are not worth the ambiguity.
    const QDateTime parsed = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return std::nullopt;
    return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
}

} // namespace

std::optional<qint64> parseMs(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto delta = parseDeltaSeconds(text))
        return delta;
    const auto when = parseImfFixdate(text);
    if (!when)
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(*when), 0, kMaxSeconds * 1000);
}

} // namespace passerelle::retryafter
