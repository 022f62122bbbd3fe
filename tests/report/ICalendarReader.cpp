#include "tests/report/ICalendarReader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::testing {

namespace {

// Every line ends with CRLF and is at most 75 octets; continuation lines are glued back.
bool unfold(const QByteArray &bytes, QList<QByteArray> &lines, QString *error)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool bareLf = bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r');
        const bool bareCr = bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n');
        if (bareLf || bareCr) {
            *error = u"a bare %1 at octet %2"_s
                         .arg(bareLf ? u"LF"_s : u"CR"_s)
                         .arg(i);
            return false;
        }
    }
    if (!bytes.endsWith("\r\n")) {
        *error = u"the file does not end with CRLF"_s;
        return false;
    }
    const QList<QByteArray> physical = bytes.chopped(2).replace("\r\n", "\n").split('\n');
    for (const QByteArray &line : physical) {
        if (line.size() > 75) {
            *error = u"a line is %1 octets long: %2"_s.arg(line.size()).arg(QString::fromUtf8(line));
            return false;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (lines.isEmpty()) {
                *error = u"the file starts with a continuation line"_s;
                return false;
            }
            lines.last() += line.mid(1);
        } else {
            lines.append(line);
        }
    }
    return true;
}

bool unescape(const QByteArray &raw, QString &value, QString *error)
{
    QByteArray out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == ';' || c == ',') {
            *error = u"unescaped '%1' in %2"_s.arg(QLatin1Char(c)).arg(QString::fromUtf8(raw));
            return false;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        const char next = i + 1 < raw.size() ? raw.at(++i) : '\0';
        if (next == '\\' || next == ';' || next == ',')
            out += next;
        else if (next == 'n' || next == 'N')
            out += '\n';
        else {
            *error = u"unknown escape in %1"_s.arg(QString::fromUtf8(raw));
            return false;
        }
    }
    value = QString::fromUtf8(out);
    if (value.toUtf8() != out) {
        *error = u"a value is not UTF-8"_s;
        return false;
    }
    return true;
}

bool checkOnce(const ICalendarComponent &component, const char *property, QString *error)
{
    const qsizetype count = component.properties.count(QByteArray(property));
    if (count != 1)
        *error = u"%1 has %2 %3"_s
                     .arg(QString::fromLatin1(component.name))
                     .arg(count)
                     .arg(QString::fromLatin1(property));
    return count == 1;
}

bool checkEvent(const ICalendarComponent &event, QSet<QString> &uids, QString *error)
{
    for (const char *property : {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"}) {
        if (!checkOnce(event, property, error))
            return false;
    }
    for (const char *property : {"DTSTAMP", "DTSTART", "DTEND"}) {
        if (!readUtcTime(event.value(property)).isValid()) {
            *error = u"%1 is not a UTC time: %2"_s.arg(QLatin1String(property), event.value(property));
            return false;
        }
    }
    if (readUtcTime(event.value("DTEND")) <= readUtcTime(event.value("DTSTART"))) {
        *error = u"the event %1 ends before it starts"_s.arg(event.value("UID"));
        return false;
    }
    if (uids.contains(event.value("UID"))) {
        *error = u"UID %1 is not unique"_s.arg(event.value("UID"));
        return false;
    }
    uids.insert(event.value("UID"));
    return true;
}

} // namespace

QList<ICalendarComponent> ICalendarComponent::childrenNamed(const char *childName) const
{
    QList<ICalendarComponent> named;
    for (const ICalendarComponent &child : children) {
        if (child.name == childName)
            named.append(child);
    }
    return named;
}

QDateTime readUtcTime(const QString &value)
{
    static const QRegularExpression form(u"^\\d{8}T\\d{6}Z$"_s);
    if (!form.match(value).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(value.chopped(1), u"yyyyMMdd'T'HHmmss"_s);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

ICalendarComponent readICalendar(const QByteArray &bytes, QString *error)
{
    QList<QByteArray> lines;
    if (!unfold(bytes, lines, error))
        return {};
    QList<ICalendarComponent> open;
    ICalendarComponent calendar;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = u"not a content line: %1"_s.arg(QString::fromUtf8(line));
            return {};
        }
        const QByteArray name = line.left(colon);
        QString value;
        if (!unescape(line.mid(colon + 1), value, error))
            return {};
        if (name == "BEGIN") {
            if (open.isEmpty() && (value != QLatin1String("VCALENDAR") || !calendar.name.isEmpty())) {
                *error = u"the file is not one VCALENDAR"_s;
                return {};
            }
            open.append({value.toLatin1(), {}, {}});
        } else if (name == "END") {
            if (open.isEmpty() || open.last().name != value.toLatin1()) {
                *error = u"END:%1 does not close the open component"_s.arg(value);
                return {};
            }
            const ICalendarComponent closed = open.takeLast();
            if (open.isEmpty())
                calendar = closed;
            else
                open.last().children.append(closed);
        } else if (open.isEmpty()) {
            *error = u"a property outside the calendar: %1"_s.arg(QString::fromUtf8(line));
            return {};
        } else {
            open.last().properties.insert(name, value);
        }
    }
    if (!open.isEmpty() || calendar.name != "VCALENDAR") {
        *error = u"the calendar is not closed"_s;
        return {};
    }
    if (!checkOnce(calendar, "VERSION", error) || !checkOnce(calendar, "PRODID", error))
        return {};
    if (calendar.value("VERSION") != QLatin1String("2.0")) {
        *error = u"VERSION is not 2.0"_s;
        return {};
    }
    QSet<QString> uids;
    for (const ICalendarComponent &event : calendar.childrenNamed("VEVENT")) {
        if (!checkEvent(event, uids, error))
            return {};
    }
    return calendar;
}

} // namespace passerelle::testing
