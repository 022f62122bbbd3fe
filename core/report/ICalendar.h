#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace passerelle::report {

// One VEVENT. Times are written in UTC; `end` must come after `start` (RFC 5545, 3.8.2.2).
struct CalendarEvent
{
    QString uid; // stable: the same event exported twice updates itself in the calendar
    QDateTime start;
    QDateTime end;
    QString summary;
    QString description;
    std::chrono::seconds remindBefore {0}; // 0: no reminder (VALARM)
};

// TEXT escaping (RFC 5545, 3.3.11): backslash, semicolon, comma; line breaks become \n.
QString escapeText(const QString &text);
// A DATE-TIME in UTC (RFC 5545, 3.3.5, form 2): 20261123T100000Z.
QByteArray utcDateTime(const QDateTime &when);
// One content line, CRLF-ended, folded so that no line exceeds 75 octets (RFC 5545, 3.1); a fold
// never splits a UTF-8 sequence.
QByteArray contentLine(const QByteArray &line);
// A whole VCALENDAR in UTF-8, `stamp` as every event's DTSTAMP.
QByteArray toICalendar(const QList<CalendarEvent> &events, const QDateTime &stamp);

} // namespace passerelle::report
