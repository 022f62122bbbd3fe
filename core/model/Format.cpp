#include "core/model/Format.h"

#include "core/model/TrContext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::format {
namespace {

PASSERELLE_TR_CONTEXT(Format);

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Whole minutes, rounded up (the one rounding rule of durations).
qint64 minutesUp(qint64 seconds)
{
    return (seconds + kMinute - 1) / kMinute;
}

QString currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (isoCode.isEmpty() || isoCode.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (isoCode == u"EUR")
        return u"€"_s;
    if (isoCode == u"USD")
        return u"US$"_s;
    if (isoCode == u"GBP")
        return u"£"_s;
    return isoCode + u' ';
}

} // namespace

QString dataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString duration(std::chrono::seconds seconds, const QLocale &locale)
{
    const qint64 s = std::max<qint64>(seconds.count(), 0);
    if (s < kMinute)
        return Format::tr("%1 s").arg(locale.toString(s));
    const qint64 minutes = minutesUp(s);
    if (minutes < 60)
        return Format::tr("%1 min").arg(locale.toString(minutes));
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return Format::tr("%1 h").arg(locale.toString(hours));
    return Format::tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
}

QString timeLeft(std::chrono::seconds seconds, const QLocale &locale)
{
    if (seconds.count() < kMinute)
        return Format::tr("less than a minute");
    const qint64 minutes = minutesUp(seconds.count());
    const qint64 days = minutes * kMinute / kDay;
    const qint64 hours = (minutes * kMinute % kDay) / kHour;
    const qint64 rest = minutes % 60;
    // Spelled per form rather than "%n day(s)": English has no numerus translation to resolve it.
    QStringList parts;
    if (days > 0)
        parts << (days == 1 ? Format::tr("1 day") : Format::tr("%1 days").arg(locale.toString(days)));
    // Zero has its own form: French says it in the singular ("0 heure"), English in the plural.
    if (days > 0 || hours > 0)
        parts << (hours == 0   ? Format::tr("0 hours")
                  : hours == 1 ? Format::tr("1 hour")
                               : Format::tr("%1 hours").arg(locale.toString(hours)));
    parts << (rest == 0   ? Format::tr("0 minutes")
              : rest == 1 ? Format::tr("1 minute")
                          : Format::tr("%1 minutes").arg(locale.toString(rest)));
    return parts.join(u", "_s);
}

QString money(const Money &amount, const QLocale &locale)
{
    // Cents stay integers everywhere else; a double is exact enough for display below 2^53 cents.
    return locale.toCurrencyString(static_cast<double>(amount.cents) / 100.0, currencySymbol(amount.currency, locale),
                                   2);
}

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return u"—"_s;
    return locale.toString(when.toLocalTime(), dateTimePattern());
}

QString dateTimePattern()
{
    return u"d MMM yyyy HH:mm"_s;
}

QString percent(int value, const QLocale &locale)
{
    //: A percentage; French puts a no-break space before the sign.
    return Format::tr("%1%").arg(locale.toString(value));
}

QString date(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return u"—"_s;
    return locale.toString(day, u"d MMM yyyy"_s);
}

} // namespace passerelle::format
