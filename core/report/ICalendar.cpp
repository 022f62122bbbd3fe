#include "core/report/ICalendar.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::report {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

bool isUtf8Continuation(char octet)
{
    return (static_cast<unsigned char>(octet) & 0xC0) == 0x80;
}

QByteArray textProperty(const char *name, const QString &text)
{
    return contentLine(name + (':' + escapeText(text).toUtf8()));
}

QByteArray timeProperty(const char *name, const QDateTime &when)
{
    return contentLine(name + (':' + utcDateTime(when)));
}

// A DURATION (RFC 5545, 3.3.6) in whole hours when it is one: PT24H.
QByteArray duration(std::chrono::seconds length)
{
    const qint64 seconds = length.count();
    return seconds % 3600 == 0 ? "PT" + QByteArray::number(seconds / 3600) + 'H'
                               : "PT" + QByteArray::number(seconds) + 'S';
}

} // namespace

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CRLF is one line break
            escaped += u"\\n";
        } else if (c == u'\n') {
            escaped += u"\\n";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray utcDateTime(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray contentLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype from = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - from > room) {
        qsizetype cut = from + room;
        while (cut > from && isUtf8Continuation(line.at(cut)))
            --cut;
        folded += line.mid(from, cut - from) + "\r\n ";
        from = cut;
        room = kMaxLineOctets - 1; // the leading space of a continuation line counts
    }
    return folded + line.mid(from) + "\r\n";
}

QByteArray toICalendar(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    QByteArray out = contentLine("BEGIN:VCALENDAR") + contentLine("VERSION:2.0")
        + contentLine("PRODID:-//Passerelle//Passerelle " PASSERELLE_VERSION "//EN")
        + contentLine("CALSCALE:GREGORIAN");
    for (const CalendarEvent &event : events) {
        out += contentLine("BEGIN:VEVENT");
        out += textProperty("UID", event.uid);
        out += timeProperty("DTSTAMP", stamp);
        out += timeProperty("DTSTART", event.start);
        out += timeProperty("DTEND", event.end);
        out += textProperty("SUMMARY", event.summary);
        if (!event.description.isEmpty())
            out += textProperty("DESCRIPTION", event.description);
        if (event.remindBefore.count() > 0) {
            out += contentLine("BEGIN:VALARM") + contentLine("ACTION:DISPLAY");
            out += contentLine("TRIGGER:-" + duration(event.remindBefore));
            out += textProperty("DESCRIPTION", event.summary);
            out += contentLine("END:VALARM");
        }
        out += contentLine("END:VEVENT");
    }
    return out + contentLine("END:VCALENDAR");
}

} // namespace passerelle::report
