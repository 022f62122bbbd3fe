#pragma once

#include <QString>
#include <optional>

namespace passerelle {

// An amount in integer cents: money never goes through floating point.
struct Money
{
    qint64 cents = 0;
    QString currency;

    friend bool operator==(const Money &, const Money &) = default;
};

// Parses the API's decimal strings ("4.20", "4.2", "4") into cents; nullopt when malformed,
// negative, or more precise than a cent.
std::optional<qint64> parseDecimalCents(const QString &text);
// "4.20": the API's form, also used in reports.
QString formatDecimalCents(qint64 cents);

} // namespace passerelle
