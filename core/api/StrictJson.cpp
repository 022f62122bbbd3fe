#include "core/api/StrictJson.h"

#include "core/api/ProviderText.h"
#include "core/model/TrContext.h"

#include <QSet>
#include <QVariant>

#include <cmath>
#include <optional>
#include <vector>

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(Protocol);

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

// A key as the parser understands it: "a" and "\u0061" are the same key.
QByteArray decodedKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return raw;
    const QJsonDocument text = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return text.array().at(0).toString().toUtf8();
}

// QJsonDocument keeps one value of a key repeated in an object, silently: which one is not the
// contract's business, so the repeat itself is refused. Runs over bytes already known to be valid
// JSON, without recursion: one frame per open object or list.
std::optional<QString> firstRepeatedKey(const QByteArray &json)
{
    struct Frame
    {
        bool isObject = false;
        bool expectsKey = false;
        QSet<QByteArray> keys;
    };
    std::vector<Frame> open;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        switch (json.at(i)) {
        case '{':
            open.push_back({true, true, {}});
            break;
        case '[':
            open.push_back({});
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            break;
        case ',':
            if (!open.empty() && open.back().isObject)
                open.back().expectsKey = true;
            break;
        case '"': {
            const qsizetype start = i + 1;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (open.empty() || !open.back().expectsKey)
                break;
            Frame &object = open.back();
            object.expectsKey = false;
            const QByteArray key = decodedKey(json.mid(start, i - start));
            if (object.keys.contains(key))
                return QString::fromUtf8(key);
            object.keys.insert(key);
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (m_error)
        return;
    // The path and the problem may quote the provider's own keys and values.
    const QString cleanPath = contract::cleanProviderText(path);
    const QString where = cleanPath.isEmpty() ? Protocol::tr("the response") : cleanPath;
    m_error = ApiError::protocol(cleanPath, Protocol::tr("Unexpected answer from the provider: %1: %2.")
                                                .arg(where, contract::cleanProviderText(problem)));
}

QJsonValue JsonReader::member(const QJsonObject &object, const QString &path, const QString &key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        fail(childPath(path, key), Protocol::tr("missing field"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

qint64 JsonReader::integer(const QJsonValue &value, const QString &path, qint64 minimum, qint64 maximum)
{
    if (!ok())
        return minimum;
    if (!value.isDouble()) {
        fail(path, Protocol::tr("expected an integer"));
        return minimum;
    }
    // Qt keeps integers that fit in 64 bits exactly; anything else arrives as a double.
    const QVariant variant = value.toVariant();
    qint64 number = 0;
    if (variant.typeId() == QMetaType::LongLong) {
        number = variant.toLongLong();
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

std::optional<qint64> JsonReader::integerOrNull(const QJsonValue &value, const QString &path, qint64 minimum,
                                                qint64 maximum)
{
    if (value.isNull())
        return std::nullopt;
    return integer(value, path, minimum, maximum);
}

QString JsonReader::string(const QJsonValue &value, const QString &path)
{
    if (!ok())
        return QString();
    if (!value.isString()) {
        fail(path, Protocol::tr("expected a string"));
        return QString();
    }
    return value.toString();
}

QString JsonReader::stringOrNull(const QJsonValue &value, const QString &path)
{
    return value.isNull() ? QString() : string(value, path);
}

bool JsonReader::boolean(const QJsonValue &value, const QString &path)
{
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(path, Protocol::tr("expected true or false"));
        return false;
    }
    return value.toBool();
}

QDateTime JsonReader::time(const QJsonValue &value, const QString &path)
{
    const QString text = string(value, path);
    if (!ok())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid() || when.timeSpec() == Qt::LocalTime) {
        // The contract's times are UTC with an explicit zone ("Z" or an offset).
        fail(path, Protocol::tr("expected an ISO 8601 time with a time zone"));
        return {};
    }
    return when.toUTC();
}

QDateTime JsonReader::timeOrNull(const QJsonValue &value, const QString &path)
{
    return value.isNull() ? QDateTime() : time(value, path);
}

QJsonObject JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (!ok())
        return {};
    if (!value.isObject()) {
        fail(path, Protocol::tr("expected an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonValue &value, const QString &path)
{
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(path, Protocol::tr("expected a list"));
        return {};
    }
    return value.toArray();
}

Expected<QJsonDocument> parseJsonBody(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() > maxBytes)
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer is larger than 16 MiB; it was refused."));
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer was empty where JSON was expected."));
    if (trimmed.startsWith('<'))
        return ApiError::protocol(QString(), Protocol::tr("The provider answered with a web page (HTML) instead of JSON."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::protocol(QString(), Protocol::tr("The provider's answer is not valid JSON (%1 at byte %2).")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
    if (const auto key = firstRepeatedKey(trimmed))
        return ApiError::protocol(*key, Protocol::tr("The provider's answer gives the field \"%1\" twice in one object.")
                                            .arg(*key));
    return document;
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
