#pragma once

#include "core/api/ApiError.h"
#include "core/api/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace passerelle {

// Reads untrusted JSON strictly: the first problem is kept as a Protocol ApiError naming the
// field's path ("[2].transit.status"), and every later read returns a harmless default, so a
// mapping function reads straight through and checks ok() once at the end. Knows no field names.
class JsonReader
{
public:
    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    void fail(const QString &path, const QString &problem);

    // A member that must be present (null counts as present).
    QJsonValue member(const QJsonObject &object, const QString &path, const QString &key);

    qint64 integer(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum);
    std::optional<qint64> integerOrNull(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum);
    QString string(const QJsonValue &value, const QString &path);
    QString stringOrNull(const QJsonValue &value, const QString &path);
    bool boolean(const QJsonValue &value, const QString &path);
    QDateTime time(const QJsonValue &value, const QString &path);
    QDateTime timeOrNull(const QJsonValue &value, const QString &path);
    QJsonObject object(const QJsonValue &value, const QString &path);
    QJsonArray array(const QJsonValue &value, const QString &path);

private:
    std::optional<ApiError> m_error;
};

// A whole response body as JSON: refuses oversized bodies, empty bodies, HTML and syntax errors.
Expected<QJsonDocument> parseJsonBody(const QByteArray &body, qint64 maxBytes);
QString childPath(const QString &path, const QString &key);
QString indexPath(const QString &path, qsizetype index);
// "2026-11-23T10:00:00Z", or null for an invalid time.
QJsonValue isoTimeOrNull(const QDateTime &when);

} // namespace passerelle
