#include "core/sites/ObservationText.h"

#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites::observationtext {
namespace {

PASSERELLE_TR_CONTEXT(SiteObservationText);

} // namespace

QString status(const SiteObservation &observation)
{
    if (observation.answered())
        return QString::number(observation.httpStatus);
    return SiteObservationText::tr("no answer: %1").arg(observation.failureDetail);
}

QString title(const SiteObservation &observation)
{
    return observation.title.isEmpty() ? SiteObservationText::tr("(no title)") : observation.title;
}

QString size(const SiteObservation &observation)
{
    if (!observation.answered())
        return u"—"_s;
    const QString bytes = format::dataSize(observation.bodySize);
    return observation.bodyTruncated ? SiteObservationText::tr("%1 (cut)").arg(bytes) : bytes;
}

QString certificate(const SiteObservation &observation)
{
    if (!observation.certificateExpiry.isValid())
        return SiteObservationText::tr("no certificate");
    return format::date(observation.certificateExpiry.toLocalTime().date());
}

QString responseTime(const SiteObservation &observation)
{
    return SiteObservationText::tr("%1 ms").arg(observation.responseMs);
}

QString beforeAfter(const QString &before, const QString &after)
{
    if (before.isNull() || before == after)
        return after;
    return SiteObservationText::tr("%1 → %2").arg(before, after);
}

} // namespace passerelle::sites::observationtext
