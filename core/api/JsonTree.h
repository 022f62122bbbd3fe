#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace passerelle {

struct JsonTreeData;

// One value of a JsonTree (a view: valid while its tree lives). Reading a member or an item that
// is not there gives an undefined value, never a crash.
class JsonValue
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Integer, Double, String, Array, Object };

    JsonValue() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    // A number: written as an integer that fits in 64 bits (Integer), or any other (Double).
    bool isNumber() const { return type() == Type::Integer || type() == Type::Double; }
    bool isInteger() const { return type() == Type::Integer; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const;
    qint64 toInteger() const; // 0 unless isInteger()
    double toDouble() const; // 0 unless isNumber()
    QString toString() const; // empty unless isString()

    // Arrays: their items; objects: their members.
    qsizetype size() const;
    JsonValue at(qsizetype index) const;
    JsonValue member(QStringView key) const;
    bool contains(QStringView key) const { return !member(key).isUndefined(); }

private:
    friend class JsonTree;
    JsonValue(const JsonTreeData *tree, qint32 node) : m_tree(tree), m_node(node) { }

    const JsonTreeData *m_tree = nullptr;
    qint32 m_node = -1;
};

// A JSON text (RFC 8259, read as leniently as QJsonDocument::fromJson reads it, which it replaces)
// parsed in one pass that also notes the first key repeated within one object, which
// QJsonDocument would silently drop. The top level is an object or a list.
class JsonTree
{
public:
    // The error's offset is in bytes from the start of `json`.
    static JsonTree parse(const QByteArray &json);

    bool isValid() const { return m_error.error == QJsonParseError::NoError; }
    const QJsonParseError &error() const { return m_error; }
    // The first key, in reading order, that an object of a valid text gives twice.
    const std::optional<QString> &repeatedKey() const { return m_repeatedKey; }
    JsonValue root() const;

private:
    std::shared_ptr<const JsonTreeData> m_data;
    QJsonParseError m_error {0, QJsonParseError::NoError};
    std::optional<QString> m_repeatedKey;
};

} // namespace passerelle
