#include "core/api/RetryAfter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::retryafter {

namespace {

// A server asking for more than a day is treated as malformed rather than overflowing.
constexpr qint64 kMaxSeconds = 24 * 60 * 60;

std::optional<qint64> parseDeltaSeconds(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 seconds = text.toLongLong();
    if (seconds > kMaxSeconds)
        return std::nullopt;
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
    const qint64 ms = now.msecsTo(*when);
    if (ms > kMaxSeconds * 1000)
        return std::nullopt;
    return std::max<qint64>(0, ms);
}

} // namespace passerelle::retryafter
