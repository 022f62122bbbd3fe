#include "core/sim/WorkingHours.h"

#include <QTimeZone>

namespace passerelle::sim::workinghours {
namespace {

constexpr int kOpeningHour = 9;
constexpr int kClosingHour = 18;

QTimeZone paris()
{
    return QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

bool isWorkingDay(const QDate &day)
{
    return day.dayOfWeek() <= Qt::Friday;
}

} // namespace

bool isWorkingTime(const QDateTime &when)
{
    const QDateTime local = when.toTimeZone(paris());
    const QTime time = local.time();
    return isWorkingDay(local.date()) && time >= QTime(kOpeningHour, 0) && time < QTime(kClosingHour, 0);
}

QDateTime nextWorkingInstant(const QDateTime &when)
{
    if (isWorkingTime(when))
        return when.toUTC();
    const QDateTime local = when.toTimeZone(paris());
    QDate day = local.date();
    // Past opening time today means the next opening is on a later day.
    if (local.time() >= QTime(kOpeningHour, 0))
        day = day.addDays(1);
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return QDateTime(day, QTime(kOpeningHour, 0), paris()).toUTC();
}

} // namespace passerelle::sim::workinghours
