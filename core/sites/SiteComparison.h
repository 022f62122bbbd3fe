#pragma once

#include "core/sites/SiteObservation.h"

#include <QString>

#include <optional>

namespace passerelle::sites {

enum class SiteVerdict {
    Baseline, // recorded as the reference
    Same, // same status class, same title, and a body within 20 % in size or identical
    Changed, // answers, but not as the reference did; the details say what changed
    Broken, // a 5xx, no answer (connection, TLS, timeout, redirects), or a 4xx where it was a 2xx
    NotChecked, // past the addresses one account's check takes: no answer asked, no verdict
};

inline constexpr SiteVerdict kSiteVerdicts[]
    = {SiteVerdict::Baseline, SiteVerdict::Same, SiteVerdict::Changed, SiteVerdict::Broken, SiteVerdict::NotChecked};

struct SiteJudgement
{
    SiteVerdict verdict = SiteVerdict::Baseline;
    QString details; // for people, translated
};

// `now` against the reference; without one, `now` becomes the reference (Baseline), unless it is
// broken, which is said whatever the reference.
SiteJudgement judge(const SiteObservation &now, const std::optional<SiteObservation> &reference);

// For scripts: "baseline", "same", "changed", "broken", "not_checked" (never translated).
QString verdictToken(SiteVerdict verdict);
std::optional<SiteVerdict> verdictFromToken(const QString &token);
// For people, translated.
QString verdictName(SiteVerdict verdict);

} // namespace passerelle::sites
