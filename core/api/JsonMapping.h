#pragma once

#include "core/api/ApiContract.h"
#include "core/api/Expected.h"
#include "core/api/ProviderText.h"
#include "core/api/StrictJson.h"
#include "core/model/TrContext.h"

#include <QLatin1StringView>
#include <QSet>

#include <array>
#include <utility>

// The generic machinery of the contract's mapping: tables of enum names, strict field reads, and
// whole-body parsing. It knows no field name or status string; those stay in ApiContract.cpp.
namespace passerelle::contract::mapping {

PASSERELLE_TR_CONTEXT(Protocol);

inline constexpr qint64 kIdMax = kMaxExactInteger;
inline constexpr qint64 kSizeMax = kMaxExactInteger;

template<typename Enum, size_t N>
using Names = std::array<std::pair<Enum, QLatin1StringView>, N>;

template<typename Enum, size_t N>
QString nameOf(const Names<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString(name);
    }
    return QString();
}

template<typename Enum, size_t N>
bool valueOf(const Names<Enum, N> &names, const QString &text, Enum &out)
{
    for (const auto &[candidate, name] : names) {
        if (text == name) {
            out = candidate;
            return true;
        }
    }
    return false;
}

// Reads an enum member; an unknown string is a protocol error naming the field.
template<typename Enum, size_t N>
Enum readEnum(JsonReader &reader, const JsonValue &object, const QString &path, const QString &key,
              const Names<Enum, N> &names)
{
    const JsonPath fieldPath(path, key);
    const QString text = reader.string(reader.member(object, path, key), fieldPath);
    Enum value = names[0].first;
    if (reader.ok() && !valueOf(names, text, value))
        reader.fail(fieldPath, Protocol::tr("unknown value \"%1\"").arg(text));
    return value;
}

// Every reading below follows one pattern: read the fields, then check the reader once.
struct Fields
{
    JsonReader &reader;
    const JsonValue &object;
    const QString &path;

    JsonValue at(const QString &key) const { return reader.member(object, path, key); }
    JsonPath pathOf(const QString &key) const { return {path, key}; }
    qint64 id(const QString &key) const { return reader.integer(at(key), pathOf(key), 0, kIdMax); }
    qint64 size(const QString &key) const { return reader.integer(at(key), pathOf(key), 0, kSizeMax); }
    // Every string the provider sends is shown somewhere: no control character passes.
    QString text(const QString &key) const { return cleanProviderText(reader.string(at(key), pathOf(key))); }
    QString textOrNull(const QString &key) const
    {
        return cleanProviderText(reader.stringOrNull(at(key), pathOf(key)));
    }
    QDateTime timeOrNull(const QString &key) const { return reader.timeOrNull(at(key), pathOf(key)); }
    QDateTime time(const QString &key) const { return reader.time(at(key), pathOf(key)); }
    bool flag(const QString &key) const { return reader.boolean(at(key), pathOf(key)); }
    JsonValue child(const QString &key) const { return reader.object(at(key), pathOf(key)); }
};

// An object answer must be about what was asked: GET /v1/migration/7/ answering for migration 8
// (or an action on account 301 answering for 302) is a protocol error, never applied.
inline void requireIdentity(JsonReader &reader, const QString &field, qint64 answered, qint64 asked)
{
    if (reader.ok() && answered != asked)
        reader.fail(field, QCoreApplication::translate("Protocol", "answers for %1 where %2 was asked")
                               .arg(answered)
                               .arg(asked));
}

// A field that tells the items of a list apart (an id, or a name that selects an account).
template<typename T, typename V>
struct UniqueKey
{
    QString field;
    V T::*member;
};

template<typename T, typename V>
UniqueKey<T, V> uniqueBy(const QString &field, V T::*member)
{
    return {field, member};
}

inline QString asText(qint64 value) { return QString::number(value); }
inline QString asText(const QString &value) { return u'"' + value + u'"'; }

// Two items with the same key make the whole list doubtful (an action could reach the wrong
// one): a protocol error naming the second occurrence.
template<typename T, typename V>
void requireUnique(JsonReader &reader, const QList<T> &items, const UniqueKey<T, V> &key)
{
    QSet<V> seen;
    seen.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
        const V &value = items.at(i).*key.member;
        if (seen.contains(value))
            reader.fail(childPath(indexPath(QString(), i), key.field),
                        QCoreApplication::translate("Protocol", "%1 appears twice in the list").arg(asText(value)));
        seen.insert(value);
    }
}

// Parses a body whose top level is an object, with `read` mapping it.
template<typename T, typename Read>
Expected<T> parseObject(const QByteArray &body, Read read)
{
    const Expected<JsonTree> tree = parseJsonBody(body, kMaxBodyBytes);
    if (!tree)
        return tree.error();
    JsonReader reader;
    const JsonValue object = reader.object(tree.value().root(), QString());
    T value = read(reader, object);
    if (!reader.ok())
        return reader.error();
    return value;
}

// Parses a body whose top level is a list of objects, each mapped by `read`; each of `uniqueKeys`
// must differ from item to item.
template<typename T, typename Read, typename... Keys>
Expected<QList<T>> parseList(const QByteArray &body, Read read, const Keys &...uniqueKeys)
{
    const Expected<JsonTree> tree = parseJsonBody(body, kMaxBodyBytes);
    if (!tree)
        return tree.error();
    JsonReader reader;
    const JsonValue array = tree.value().root();
    if (!array.isArray()) {
        reader.fail(QString(), Protocol::tr("expected a list"));
        return reader.error();
    }
    QList<T> values;
    values.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = indexPath(QString(), i);
        values.append(read(reader, reader.object(array.at(i), path), path));
    }
    (requireUnique(reader, values, uniqueKeys), ...);
    if (!reader.ok())
        return reader.error();
    return values;
}

} // namespace passerelle::contract::mapping
