#include "core/sites/SiteObservation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

using Failure = SiteObservation::Failure;

constexpr std::array<std::pair<Failure, QLatin1StringView>, 7> kFailures = {{
    {Failure::None, "none"_L1},
    {Failure::Connection, "connection"_L1},
    {Failure::Certificate, "certificate"_L1},
    {Failure::Tls, "tls"_L1},
    {Failure::Timeout, "timeout"_L1},
    {Failure::Redirect, "redirect"_L1},
    {Failure::Protocol, "protocol"_L1},
}};

QJsonValue timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc()) : QDateTime();
}

} // namespace

QByteArray toJournalText(const SiteObservation &o)
{
    QString failure;
    for (const auto &[value, name] : kFailures) {
        if (value == o.failure)
            failure = name;
    }
    const QJsonObject object {
        {u"address"_s, o.address},
        {u"final_url"_s, o.finalUrl.toString(QUrl::FullyEncoded)},
        {u"http_status"_s, o.httpStatus},
        {u"failure"_s, failure},
        {u"failure_detail"_s, o.failureDetail},
        {u"tls"_s, o.tls},
        {u"certificate_expiry"_s, timeOrNull(o.certificateExpiry)},
        {u"title"_s, o.title},
        {u"fingerprint"_s, QString::fromLatin1(o.fingerprint)},
        {u"body_size"_s, o.bodySize},
        {u"body_truncated"_s, o.bodyTruncated},
        {u"response_ms"_s, o.responseMs},
        {u"checked_at"_s, timeOrNull(o.checkedAt)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<SiteObservation> fromJournalText(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    SiteObservation o;
    const QString failure = object.value(u"failure"_s).toString();
    bool knownFailure = false;
    for (const auto &[value, name] : kFailures) {
        if (failure == name) {
            o.failure = value;
            knownFailure = true;
        }
    }
    if (!knownFailure || !object.value(u"address"_s).isString())
        return std::nullopt;
    o.address = object.value(u"address"_s).toString();
    o.finalUrl = QUrl(object.value(u"final_url"_s).toString(), QUrl::StrictMode);
    o.httpStatus = object.value(u"http_status"_s).toInt();
    o.failureDetail = object.value(u"failure_detail"_s).toString();
    o.tls = object.value(u"tls"_s).toBool();
    o.certificateExpiry = timeFrom(object.value(u"certificate_expiry"_s));
    o.title = object.value(u"title"_s).toString();
    o.fingerprint = object.value(u"fingerprint"_s).toString().toLatin1();
    o.bodySize = qint64(object.value(u"body_size"_s).toDouble());
    o.bodyTruncated = object.value(u"body_truncated"_s).toBool();
    o.responseMs = qint64(object.value(u"response_ms"_s).toDouble());
    o.checkedAt = timeFrom(object.value(u"checked_at"_s));
    return o;
}

} // namespace passerelle::sites
