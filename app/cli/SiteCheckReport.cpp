#include "app/cli/SiteCheckReport.h"

#include "app/cli/TextColumns.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {
namespace {

PASSERELLE_TR_CONTEXT(SiteCheckReport);

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject resultJson(const sites::SiteCheckResult &result)
{
    const sites::SiteObservation &o = result.observation;
    return {
        {u"account"_s, result.accountName},
        {u"account_id"_s, result.accountId},
        {u"site"_s, result.siteName},
        {u"address"_s, result.address},
        {u"url"_s, o.finalUrl.isEmpty() ? QJsonValue() : QJsonValue(o.finalUrl.toString(QUrl::FullyEncoded))},
        {u"http_status"_s, o.httpStatus == 0 ? QJsonValue() : QJsonValue(o.httpStatus)},
        {u"verdict"_s, sites::verdictToken(result.verdict)},
        {u"details"_s, result.details},
        {u"title"_s, textOrNull(o.title)},
        {u"tls"_s, o.tls},
        {u"certificate_expiry"_s, isoTime(o.certificateExpiry)},
        {u"body_size"_s, o.bodySize},
        {u"body_truncated"_s, o.bodyTruncated},
        {u"fingerprint"_s, textOrNull(QString::fromLatin1(o.fingerprint))},
        {u"response_ms"_s, o.responseMs},
        {u"checked_at"_s, isoTime(o.checkedAt)},
        {u"reference_checked_at"_s, isoTime(result.reference ? result.reference->checkedAt : QDateTime())},
    };
}

} // namespace

bool anyBroken(const QList<sites::SiteCheckResult> &results)
{
    return std::any_of(results.cbegin(), results.cend(), [](const sites::SiteCheckResult &result) {
        return result.verdict == sites::SiteVerdict::Broken;
    });
}

QJsonObject siteCheckJson(const QList<sites::SiteCheckResult> &results, bool dryRun)
{
    QJsonArray array;
    for (const sites::SiteCheckResult &result : results)
        array.append(resultJson(result));
    return {{u"sites"_s, array}, {u"broken"_s, anyBroken(results)}, {u"dry_run"_s, dryRun}};
}

QString siteCheckText(const QList<sites::SiteCheckResult> &results)
{
    QString text;
    int broken = 0;
    int notChecked = 0;
    for (const sites::SiteCheckResult &result : results) {
        text += SiteCheckReport::tr("%1, %2: %3 (%4)")
                    .arg(result.accountName, result.address, sites::verdictName(result.verdict), result.details)
            + u'\n';
        broken += result.verdict == sites::SiteVerdict::Broken ? 1 : 0;
        notChecked += result.verdict == sites::SiteVerdict::NotChecked ? 1 : 0;
    }
    text += SiteCheckReport::tr("%n address(es) checked", nullptr, int(results.size()) - notChecked) + u", "_s
        + SiteCheckReport::tr("%n broken.", nullptr, broken) + u'\n';
    if (notChecked > 0)
        text += SiteCheckReport::tr("%n address(es) not checked (too many for one account).", nullptr, notChecked)
            + u'\n';
    return text;
}

} // namespace passerelle::cli
