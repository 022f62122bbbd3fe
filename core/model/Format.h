#pragma once

#include "core/model/Money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <chrono>

namespace passerelle {

// The one way a number reads for people, in the wizard, the CLI, the report and the support
// messages alike (docs/howto.md, "Numbers for people"). Translated, in the given locale (the
// application's by default).
namespace format {

// Bytes in binary units with their names in the locale: "2.5 GiB", "2,5 Gio"; one decimal.
QString dataSize(qint64 bytes, const QLocale &locale = QLocale());

// Every duration is rounded the same way: under a minute, whole seconds; from one minute on, up
// to the next whole minute, so that a downtime is never announced shorter than the rule says and
// a time left never ends before the clock says.
// Compact, for downtimes and progress: "5 s", "12 min", "1 h 20 min", "2 h".
QString duration(std::chrono::seconds seconds, const QLocale &locale = QLocale());
// In words, for deadlines days away: "3 days, 4 hours, 12 minutes"; "less than a minute".
QString timeLeft(std::chrono::seconds seconds, const QLocale &locale = QLocale());

// Integer cents in the locale's currency format, "4,20 €", "€4.20"; the ISO code when the
// currency has no well-known symbol.
QString money(const Money &amount, const QLocale &locale = QLocale());

// A moment in the local time zone, with its year: "3 Dec 2026 14:00", "3 déc. 2026 14:00";
// "—" for none.
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());

// A day, with its year: "22 Jan 2027", "22 janv. 2027"; "—" for none.
QString date(const QDate &day, const QLocale &locale = QLocale());

// The pattern of dateTime(), for the fields where a moment is typed ("Start at…").
QString dateTimePattern();

// A whole percentage with the language's spacing: "9%", "9 %" (a no-break space in French).
QString percent(int value, const QLocale &locale = QLocale());

} // namespace format
} // namespace passerelle
