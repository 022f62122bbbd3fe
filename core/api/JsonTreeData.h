#pragma once

// The storage of a JsonTree, shared by its parser and its values (not for use elsewhere).
#include "core/api/JsonTree.h"

#include <QByteArrayView>

#include <vector>

namespace passerelle {

using JsonType = JsonValue::Type;

struct JsonNode
{
    JsonType type = JsonType::Undefined;
    bool utf16 = false; // a string with escapes: its text is in `decoded`, not in the source
    qint32 length = 0; // strings: UTF-8 bytes or UTF-16 units; lists and objects: items or members
    qint64 payload = 0; // a bool, an integer, a double's bits, a string's offset, the first child's index
};

struct JsonMember
{
    qint32 key; // a string node
    qint32 value;
};

struct JsonTreeData
{
    QByteArray source;
    QString decoded; // the strings that had escapes, one after the other
    std::vector<JsonNode> nodes;
    std::vector<qint32> items; // the items of each list, list after list
    std::vector<JsonMember> members; // the members of each object, object after object

    QByteArrayView utf8(const JsonNode &n) const { return {source.constData() + n.payload, n.length}; }
    QStringView utf16(const JsonNode &n) const { return {decoded.constData() + n.payload, n.length}; }
    bool textEquals(const JsonNode &n, QStringView text) const;
    bool sameText(const JsonNode &a, const JsonNode &b) const;
    QString text(const JsonNode &n) const { return n.utf16 ? utf16(n).toString() : QString::fromUtf8(utf8(n)); }
};

// Where a string's text is: in the source (offset, UTF-8 bytes) or, when it had escapes, in the
// decoded buffer (offset, UTF-16 units).
struct JsonStringRead
{
    qint64 offset = 0;
    qint32 length = 0;
    bool utf16 = false;
};
// Reads the string whose opening quote is at `p` (in the text that starts at `begin`); on success
// `p` is past its closing quote.
QJsonParseError::ParseError readJsonString(const char *&p, const char *end, const char *begin, QString &decoded,
                                           JsonStringRead &out);

// Parses `data.source` into `data`: false with `error` set for a text QJsonDocument would refuse;
// `repeatedKey` is the first key an object gives twice.
bool parseJsonInto(JsonTreeData &data, QJsonParseError &error, std::optional<QString> &repeatedKey);

} // namespace passerelle
