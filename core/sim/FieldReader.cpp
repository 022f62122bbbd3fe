#include "core/sim/FieldReader.h"

#include "core/model/TrContext.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim {
namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

PASSERELLE_TR_CONTEXT(ScenarioText);

} // namespace

FieldReader::FieldReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> error)
    : m_object(object), m_path(path), m_error(std::move(error))
{ }

QString FieldReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString FieldReader::indexPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

void FieldReader::fail(const QString &path, const QString &problem)
{
    if (failed())
        return;
    *m_error = path + u": "_s + problem;
}

void FieldReader::allowOnly(const QStringList &keys)
{
    const QStringList present = m_object.keys();
    for (const QString &key : present) {
        if (!keys.contains(key)) {
            fail(fieldPath(key), ScenarioText::tr("unknown field"));
            return;
        }
    }
}

bool FieldReader::present(const QString &key)
{
    if (failed())
        return false;
    if (!m_object.contains(key)) {
        fail(fieldPath(key), ScenarioText::tr("missing required field"));
        return false;
    }
    return true;
}

qint64 FieldReader::integer(const QString &key, qint64 minimum)
{
    if (!present(key))
        return minimum;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    const bool integral = value.isDouble() && std::isfinite(number) && std::floor(number) == number
        && std::fabs(number) <= kMaxExactInteger;
    if (!integral || number < double(minimum)) {
        fail(fieldPath(key),
             minimum == 0 ? ScenarioText::tr("expected a non-negative integer")
                          : ScenarioText::tr("expected an integer of at least %1").arg(minimum));
        return minimum;
    }
    return qint64(number);
}

qint64 FieldReader::optionalInteger(const QString &key, qint64 fallback, qint64 minimum)
{
    return has(key) ? integer(key, minimum) : fallback;
}

QString FieldReader::string(const QString &key, bool allowEmpty)
{
    if (!present(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString() || (!allowEmpty && value.toString().trimmed().isEmpty())) {
        fail(fieldPath(key),
             allowEmpty ? ScenarioText::tr("expected a string") : ScenarioText::tr("expected a non-empty string"));
        return {};
    }
    return value.toString();
}

QDateTime FieldReader::timestamp(const QString &key)
{
    const QString text = string(key);
    if (failed())
        return {};
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid() || when.timeSpec() != Qt::UTC) {
        fail(fieldPath(key), ScenarioText::tr("expected an ISO 8601 UTC timestamp such as 2026-11-23T10:00:00Z"));
        return {};
    }
    return when;
}

bool FieldReader::boolean(const QString &key, bool fallback)
{
    if (failed() || !has(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(fieldPath(key), ScenarioText::tr("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QJsonArray FieldReader::array(const QString &key, bool required)
{
    if (failed() || (!required && !has(key)) || !present(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(fieldPath(key), ScenarioText::tr("expected an array"));
        return {};
    }
    return value.toArray();
}

FieldReader FieldReader::object(const QString &key, bool required)
{
    const QString path = fieldPath(key);
    if (failed() || (!required && !has(key)) || !present(key))
        return FieldReader({}, path, m_error);
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        fail(path, ScenarioText::tr("expected an object"));
    return FieldReader(value.toObject(), path, m_error);
}

FieldReader FieldReader::element(const QJsonArray &items, const QString &key, qsizetype index)
{
    const QString path = indexPath(fieldPath(key), index);
    const QJsonValue value = items.at(index);
    if (!value.isObject())
        fail(path, ScenarioText::tr("expected an object"));
    return FieldReader(value.toObject(), path, m_error);
}

} // namespace passerelle::sim
