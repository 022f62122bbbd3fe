#include "core/sites/SiteComparison.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

PASSERELLE_TR_CONTEXT(SiteCheckText);

int statusClass(int status)
{
    return status / 100;
}

// Within 20 % of the reference's size (an empty reference stays empty).
bool similarSize(qint64 reference, qint64 now)
{
    return qAbs(now - reference) * 5 <= reference;
}

QString size(qint64 bytes)
{
    return format::dataSize(bytes);
}

QString titleText(const QString &title)
{
    return title.isEmpty() ? SiteCheckText::tr("no title") : SiteCheckText::tr("“%1”").arg(title);
}

// "HTTP 200, “Shop”, 12.3 KiB"
QString summary(const SiteObservation &o)
{
    return SiteCheckText::tr("HTTP %1, %2, %3").arg(o.httpStatus).arg(titleText(o.title), size(o.bodySize));
}

std::optional<QString> whyBroken(const SiteObservation &now, const std::optional<SiteObservation> &reference)
{
    if (now.failure != SiteObservation::Failure::None)
        return now.failureDetail;
    if (statusClass(now.httpStatus) == 5)
        return SiteCheckText::tr("HTTP %1: the server failed").arg(now.httpStatus);
    if (reference && reference->answered() && statusClass(now.httpStatus) == 4
        && statusClass(reference->httpStatus) == 2)
        return SiteCheckText::tr("HTTP %1, was %2").arg(now.httpStatus).arg(reference->httpStatus);
    return std::nullopt;
}

QStringList changes(const SiteObservation &now, const SiteObservation &reference)
{
    if (!reference.answered())
        return {SiteCheckText::tr("answers now (%1); it did not when the reference was recorded (%2)")
                    .arg(summary(now), reference.failureDetail)};
    QStringList changed;
    if (statusClass(now.httpStatus) != statusClass(reference.httpStatus))
        changed << SiteCheckText::tr("HTTP %1, was %2").arg(now.httpStatus).arg(reference.httpStatus);
    if (now.title != reference.title)
        changed << SiteCheckText::tr("title %1, was %2").arg(titleText(now.title), titleText(reference.title));
    if (now.fingerprint != reference.fingerprint && !similarSize(reference.bodySize, now.bodySize))
        changed << SiteCheckText::tr("size %1, was %2").arg(size(now.bodySize), size(reference.bodySize));
    if (now.finalUrl.scheme() == u"http"_s && reference.finalUrl.scheme() == u"https"_s)
        changed << SiteCheckText::tr("served over http only, was https");
    return changed;
}

} // namespace

SiteJudgement judge(const SiteObservation &now, const std::optional<SiteObservation> &reference)
{
    if (const std::optional<QString> broken = whyBroken(now, reference))
        return {SiteVerdict::Broken, *broken};
    if (!reference)
        return {SiteVerdict::Baseline, SiteCheckText::tr("reference recorded: %1").arg(summary(now))};
    const QStringList changed = changes(now, *reference);
    if (changed.isEmpty())
        return {SiteVerdict::Same, SiteCheckText::tr("same as the reference: %1").arg(summary(now))};
    return {SiteVerdict::Changed, changed.join(u"; "_s)};
}

QString verdictToken(SiteVerdict verdict)
{
    switch (verdict) {
    case SiteVerdict::Baseline:
        return u"baseline"_s;
    case SiteVerdict::Same:
        return u"same"_s;
    case SiteVerdict::Changed:
        return u"changed"_s;
    case SiteVerdict::Broken:
        return u"broken"_s;
    case SiteVerdict::NotChecked:
        return u"not_checked"_s;
    }
    return QString();
}

std::optional<SiteVerdict> verdictFromToken(const QString &token)
{
    for (const SiteVerdict verdict : kSiteVerdicts) {
        if (verdictToken(verdict) == token)
            return verdict;
    }
    return std::nullopt;
}

QString verdictName(SiteVerdict verdict)
{
    switch (verdict) {
    case SiteVerdict::Baseline:
        return SiteCheckText::tr("baseline");
    case SiteVerdict::Same:
        return SiteCheckText::tr("same");
    case SiteVerdict::Changed:
        return SiteCheckText::tr("changed");
    case SiteVerdict::Broken:
        return SiteCheckText::tr("broken");
    case SiteVerdict::NotChecked:
        return SiteCheckText::tr("not checked");
    }
    return QString();
}

} // namespace passerelle::sites
