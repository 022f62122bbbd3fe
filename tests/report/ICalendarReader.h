#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMultiMap>
#include <QString>

namespace passerelle::testing {

// One component read back from an iCalendar file: its properties (values unescaped) and the
// components nested in it.
struct ICalendarComponent
{
    QByteArray name;
    QMultiMap<QByteArray, QString> properties;
    QList<ICalendarComponent> children;

    QString value(const char *property) const { return properties.value(QByteArray(property)); }
    QList<ICalendarComponent> childrenNamed(const char *childName) const;
};

// A deliberately strict reader of the subset Passerelle writes (RFC 5545): every line ends with
// CRLF and holds at most 75 octets, folded lines are unfolded, every value is TEXT-escaped (a bare
// ; or , or an unknown escape is an error), components nest properly. Then the calendar's rules:
// VERSION:2.0 and PRODID once; per VEVENT UID (unique), DTSTAMP, DTSTART, DTEND and SUMMARY once
// each, times in UTC, the end after the start. Returns the VCALENDAR, or sets `error`.
ICalendarComponent readICalendar(const QByteArray &bytes, QString *error);
// A UTC DATE-TIME (20261123T100000Z); invalid for any other form.
QDateTime readUtcTime(const QString &value);

} // namespace passerelle::testing
