#pragma once

#include "core/api/ApiError.h"
#include "core/api/Expected.h"
#include "core/api/JsonTree.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace passerelle {

// Where a value sits in the document ("[2].transit.status"): the parent's path and the key, put
// together only when an error names it (a parameter, never kept: it points to its strings).
class JsonPath
{
public:
    JsonPath(const QString &path) : m_parent(&path) { } // NOLINT(google-explicit-constructor)
    JsonPath(const QString &parent, const QString &key) : m_parent(&parent), m_key(&key) { }
    QString toString() const;

private:
    const QString *m_parent;
    const QString *m_key = nullptr;
};

// Reads untrusted JSON strictly: the first problem is kept as a Protocol ApiError naming the
// field's path ("[2].transit.status"), and every later read returns a harmless default, so a
// mapping function reads straight through and checks ok() once at the end. Knows no field names.
class JsonReader
{
public:
    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    void fail(const JsonPath &path, const QString &problem);

    // A member that must be present (null counts as present).
    JsonValue member(const JsonValue &object, const QString &path, const QString &key);

    qint64 integer(const JsonValue &value, const JsonPath &path, qint64 minimum, qint64 maximum);
    std::optional<qint64> integerOrNull(const JsonValue &value, const JsonPath &path, qint64 minimum, qint64 maximum);
    QString string(const JsonValue &value, const JsonPath &path);
    QString stringOrNull(const JsonValue &value, const JsonPath &path);
    bool boolean(const JsonValue &value, const JsonPath &path);
    QDateTime time(const JsonValue &value, const JsonPath &path);
    QDateTime timeOrNull(const JsonValue &value, const JsonPath &path);
    // An object or a list, or an undefined value after an error.
    JsonValue object(const JsonValue &value, const JsonPath &path);
    JsonValue array(const JsonValue &value, const JsonPath &path);

private:
    std::optional<ApiError> m_error;
};

// A whole response body as JSON, read in one pass: refuses oversized bodies, empty bodies, HTML,
// syntax errors and a key repeated in one object.
Expected<JsonTree> parseJsonBody(const QByteArray &body, qint64 maxBytes);
QString childPath(const QString &path, const QString &key);
QString indexPath(const QString &path, qsizetype index);
// "2026-11-23T10:00:00Z", or null for an invalid time.
QJsonValue isoTimeOrNull(const QDateTime &when);
// The contract's times: ISO 8601 with an explicit zone ("Z" or an offset), read as UTC; an invalid
// QDateTime for anything else.
QDateTime contractTime(const QString &text);

} // namespace passerelle
