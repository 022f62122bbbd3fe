#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QStringList>

namespace passerelle::ui::format {
namespace {

// lupdate reads the context from this class, so the .ts context matches the runtime one.
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QString duration(std::chrono::seconds seconds, const QLocale &locale)
{
    const qint64 s = std::max<qint64>(seconds.count(), 0);
    if (s < kMinute)
        return Format::tr("%1 s").arg(locale.toString(s));
    // Estimates are rounded up: a downtime is never announced shorter than the rule says.
    const qint64 minutes = (s + kMinute - 1) / kMinute;
    if (minutes < 60)
        return Format::tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return Format::tr("%1 h").arg(locale.toString(hours));
    return Format::tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
}

QString timeLeft(qint64 seconds)
{
    if (seconds < kMinute)
        return Format::tr("less than a minute");
    const int days = static_cast<int>(seconds / kDay);
    const int hours = static_cast<int>((seconds % kDay) / kHour);
    const int minutes = static_cast<int>((seconds % kHour) / kMinute);
    // Spelled per form rather than "%n day(s)": English has no numerus translation to resolve it.
    QStringList parts;
    if (days > 0)
        parts << (days == 1 ? Format::tr("1 day") : Format::tr("%1 days").arg(days));
    if (days > 0 || hours > 0)
        parts << (hours == 1 ? Format::tr("1 hour") : Format::tr("%1 hours").arg(hours));
    parts << (minutes == 1 ? Format::tr("1 minute") : Format::tr("%1 minutes").arg(minutes));
    return parts.join(QStringLiteral(", "));
}

QString currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (isoCode.isEmpty() || isoCode.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (isoCode == u"EUR")
        return QStringLiteral("€");
    if (isoCode == u"USD")
        return QStringLiteral("US$");
    if (isoCode == u"GBP")
        return QStringLiteral("£");
    return isoCode + QLatin1Char(' ');
}

QString money(const Money &amount, const QLocale &locale)
{
    const QString symbol = currencySymbol(amount.currency, locale);
    // Cents stay integers everywhere else; a double is exact enough for display below 2^53 cents.
    return locale.toCurrencyString(static_cast<double>(amount.cents) / 100.0, symbol, 2);
}

QString dataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace passerelle::ui::format
