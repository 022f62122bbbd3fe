#include "core/session/StartTime.h"

#include "core/model/Format.h"
#include "core/model/TrContext.h"

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

StartTimeVerdict check(const QDateTime &startAt, const QDateTime &now, const MigrationDetail &migration)
{
    PASSERELLE_TR_CONTEXT(StartTime);
    if (startAt <= now)
        return {StartTimeVerdict::Kind::Past,
                StartTime::tr("The start time %1 is already past (it is now %2): choose a time to come.")
                    .arg(format::dateTime(startAt), format::dateTime(now))};
    const QDateTime &deadline = migration.summary.deadline;
    if (deadline.isValid() && startAt >= deadline)
        return {StartTimeVerdict::Kind::AfterDeadline,
                StartTime::tr("The start time %1 is after the migration's deadline (%2): choose a time before it.")
                    .arg(format::dateTime(startAt), format::dateTime(deadline))};
    const QDateTime &freeUntil = migration.transit.freeUntil;
    if (freeUntil.isValid() && startAt > freeUntil)
        return {StartTimeVerdict::Kind::AllowedButBilled,
                StartTime::tr("%1 is after the end of the free transit period (%2); the transit server is billed "
                              "from then on.")
                    .arg(format::dateTime(startAt), format::dateTime(freeUntil))};
    return {};
}

} // namespace passerelle::starttime
