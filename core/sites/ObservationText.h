#pragma once

#include "core/sites/SiteObservation.h"

#include <QString>

// How one address's answer reads for people (translated): the wizard's Sites dialog and the
// report show the same words.
namespace passerelle::sites::observationtext {

// "200", or why there was no answer ("no answer: certificate …").
QString status(const SiteObservation &observation);
// The page's title, or "(no title)".
QString title(const SiteObservation &observation);
// "8.2 KiB", "2 MiB (cut)" when the body went past the cap.
QString size(const SiteObservation &observation);
// The certificate's expiry date, "no certificate" over plain http.
QString certificate(const SiteObservation &observation);
// "120 ms".
QString responseTime(const SiteObservation &observation);
// "before → after", or the one value when both read the same or there is no reference.
QString beforeAfter(const QString &before, const QString &after);

} // namespace passerelle::sites::observationtext
