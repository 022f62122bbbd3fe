#pragma once

#include "core/model/Money.h"

#include <QLocale>
#include <QString>

#include <chrono>

namespace passerelle::ui {

// Words for amounts of time and money, shared by the accounts list, the countdowns and the pages.
namespace format {

// A downtime estimate: "5 s", "12 min", "1 h 20 min".
QString duration(std::chrono::seconds seconds, const QLocale &locale = QLocale());
// A time left: "3 days, 4 hours, 12 minutes" (minutes rounded down; "less than a minute").
QString timeLeft(qint64 seconds);
// Integer cents in the locale's currency format; the ISO code when it is not the locale's own.
QString money(const Money &amount, const QLocale &locale = QLocale());
// The symbol for an ISO 4217 code: the locale's own, a few well-known ones, else the code itself.
QString currencySymbol(const QString &isoCode, const QLocale &locale = QLocale());
// "2.5 GB", in the locale's format.
QString dataSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace format
} // namespace passerelle::ui
