#include "core/session/StartTime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::starttime {

QDateTime nextLocal(const QTime &time, const QDateTime &now)
{
    const QDateTime localNow = now.toLocalTime();
    QDateTime candidate(localNow.date(), time, Qt::LocalTime);
    if (candidate <= localNow)
        candidate = QDateTime(localNow.date().addDays(1), time, Qt::LocalTime);
    return candidate;
}

std::optional<QDateTime> parse(const QString &text, const QDateTime &now)
{
    static const QRegularExpression timeOnly(u"^([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?$"_s);
    if (const QRegularExpressionMatch match = timeOnly.match(text.trimmed()); match.hasMatch()) {
        const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return nextLocal(time, now);
    }
    static const QRegularExpression isoDateTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    if (!isoDateTime.match(text.trimmed()).hasMatch())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

} // namespace passerelle::starttime
