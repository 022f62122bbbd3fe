#include "core/api/StrictJson.h"

#include "core/api/ProviderText.h"
#include "core/model/TrContext.h"

#include <cmath>
#include <optional>

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(Protocol);

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

} // namespace

void JsonReader::fail(const JsonPath &path, const QString &problem)
{
    if (m_error)
        return;
    // The path and the problem may quote the provider's own keys and values.
    const QString cleanPath = contract::cleanProviderText(path.toString());
    const QString where = cleanPath.isEmpty() ? Protocol::tr("the response") : cleanPath;
    m_error = ApiError::protocol(cleanPath, Protocol::tr("Unexpected answer from the provider: %1: %2.")
                                                .arg(where, contract::cleanProviderText(problem)));
}

JsonValue JsonReader::member(const JsonValue &object, const QString &path, const QString &key)
{
    const JsonValue value = object.member(key);
    if (value.isUndefined())
        fail(JsonPath(path, key), Protocol::tr("missing field"));
    return value;
}

qint64 JsonReader::integer(const JsonValue &value, const JsonPath &path, qint64 minimum, qint64 maximum)
{
    if (!ok())
        return minimum;
    if (!value.isNumber()) {
        fail(path, Protocol::tr("expected an integer"));
        return minimum;
    }
    // Integers that fit in 64 bits are kept exactly; anything else arrives as a double.
    qint64 number = 0;
    if (value.isInteger()) {
        number = value.toInteger();
    } else {
        const double real = value.toDouble();
        if (!std::isfinite(real) || std::trunc(real) != real || std::fabs(real) > kMaxExactDouble) {
            fail(path, Protocol::tr("expected an exact integer"));
            return minimum;
        }
        number = static_cast<qint64>(real);
    }
    if (number > (qint64(1) << 53) || number < -(qint64(1) << 53)) {
        fail(path, Protocol::tr("integer beyond 2^53"));
        return minimum;
    }
    if (number < minimum || number > maximum) {
        fail(path, Protocol::tr("integer out of range (%1..%2)").arg(minimum).arg(maximum));
        return minimum;
    }
    return number;
}

std::optional<qint64> JsonReader::integerOrNull(const JsonValue &value, const JsonPath &path, qint64 minimum,
                                                qint64 maximum)
{
    if (value.isNull())
        return std::nullopt;
    return integer(value, path, minimum, maximum);
}

QString JsonReader::string(const JsonValue &value, const JsonPath &path)
{
    if (!ok())
        return QString();
    if (!value.isString()) {
        fail(path, Protocol::tr("expected a string"));
        return QString();
    }
    return value.toString();
}

QString JsonReader::stringOrNull(const JsonValue &value, const JsonPath &path)
{
    return value.isNull() ? QString() : string(value, path);
}

bool JsonReader::boolean(const JsonValue &value, const JsonPath &path)
{
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(path, Protocol::tr("expected true or false"));
        return false;
    }
    return value.toBool();
}

QDateTime JsonReader::time(const JsonValue &value, const JsonPath &path)
{
    const QString text = string(value, path);
    if (!ok())
        return {};
    const QDateTime when = contractTime(text);
    if (!when.isValid())
        fail(path, Protocol::tr("expected an ISO 8601 time with a time zone"));
    return when;
}

QDateTime contractTime(const QString &text)
{
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() && when.timeSpec() != Qt::LocalTime ? when.toUTC() : QDateTime();
}

QDateTime JsonReader::timeOrNull(const JsonValue &value, const JsonPath &path)
{
    return value.isNull() ? QDateTime() : time(value, path);
}

JsonValue JsonReader::object(const JsonValue &value, const JsonPath &path)
{
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(path, Protocol::tr("expected an object"));
        return {};
    }
    return value;
}

JsonValue JsonReader::array(const JsonValue &value, const JsonPath &path)
{
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(path, Protocol::tr("expected a list"));
        return {};
    }
    return value;
}

Expected<JsonTree> parseJsonBody(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() > maxBytes)
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer is larger than 16 MiB; it was refused."));
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer was empty where JSON was expected."));
    if (trimmed.startsWith('<'))
        return ApiError::protocol(QString(), Protocol::tr("The provider answered with a web page (HTML) instead of JSON."));
    // One pass reads the syntax and finds a repeated key (QJsonDocument would keep one of the two
    // values silently: which one is not the contract's business, so the repeat itself is refused).
    JsonTree tree = JsonTree::parse(trimmed);
    if (!tree.isValid())
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer is not valid JSON (%1 at byte %2).")
                                                 .arg(tree.error().errorString())
                                                 .arg(tree.error().offset));
    if (const auto &key = tree.repeatedKey())
        return ApiError::protocol(*key, Protocol::tr("The provider's answer gives the field \"%1\" twice in one object.")
                                            .arg(*key));
    return tree;
}

QString JsonPath::toString() const
{
    return m_key ? childPath(*m_parent, *m_key) : *m_parent;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QJsonValue isoTimeOrNull(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue(QJsonValue::Null);
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace passerelle
