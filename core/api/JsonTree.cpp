#include "core/api/JsonTree.h"

#include "core/api/JsonTreeData.h"

#include <QAnyStringView>

#include <algorithm>
#include <cstring>

namespace passerelle {

bool JsonTreeData::textEquals(const JsonNode &n, QStringView text) const
{
    if (n.utf16)
        return utf16(n) == text;
    const QByteArrayView bytes = utf8(n);
    if (bytes.size() < text.size())
        return false; // UTF-8 never takes fewer bytes than UTF-16 takes units
    if (bytes.size() == text.size()) {
        qsizetype i = 0;
        while (i < bytes.size() && uchar(bytes[i]) < 0x80 && char16_t(uchar(bytes[i])) == text[i].unicode())
            ++i;
        if (i == bytes.size())
            return true;
        if (uchar(bytes[i]) < 0x80)
            return false; // an ASCII byte differs
        return QAnyStringView::equal(QUtf8StringView(bytes), text);
    }
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return QAnyStringView::equal(QUtf8StringView(bytes), text);
    }
    return false; // ASCII text takes as many bytes as units
}

bool JsonTreeData::sameText(const JsonNode &a, const JsonNode &b) const
{
    if (!a.utf16 && !b.utf16)
        return utf8(a) == utf8(b);
    if (a.utf16 && b.utf16)
        return utf16(a) == utf16(b);
    return a.utf16 ? textEquals(b, utf16(a)) : textEquals(a, utf16(b));
}

JsonTree JsonTree::parse(const QByteArray &json)
{
    JsonTree tree;
    auto data = std::make_shared<JsonTreeData>();
    data->source = json;
    if (json.size() >= (qsizetype(1) << 30)) {
        tree.m_error = {0, QJsonParseError::DocumentTooLarge};
        return tree;
    }
    if (!parseJsonInto(*data, tree.m_error, tree.m_repeatedKey))
        return tree;
    tree.m_data = std::move(data);
    return tree;
}

JsonValue JsonTree::root() const
{
    // The root is the last node made: a list or an object closes after everything in it.
    return m_data ? JsonValue(m_data.get(), qint32(m_data->nodes.size()) - 1) : JsonValue();
}

JsonValue::Type JsonValue::type() const
{
    return m_tree ? m_tree->nodes[size_t(m_node)].type : Type::Undefined;
}

bool JsonValue::toBool() const
{
    return isBool() && m_tree->nodes[size_t(m_node)].payload != 0;
}

qint64 JsonValue::toInteger() const
{
    return isInteger() ? m_tree->nodes[size_t(m_node)].payload : 0;
}

double JsonValue::toDouble() const
{
    if (isInteger())
        return double(m_tree->nodes[size_t(m_node)].payload);
    if (!isNumber())
        return 0;
    double real = 0;
    std::memcpy(&real, &m_tree->nodes[size_t(m_node)].payload, sizeof real);
    return real;
}

QString JsonValue::toString() const
{
    return isString() ? m_tree->text(m_tree->nodes[size_t(m_node)]) : QString();
}

qsizetype JsonValue::size() const
{
    return isArray() || isObject() ? m_tree->nodes[size_t(m_node)].length : 0;
}

JsonValue JsonValue::at(qsizetype index) const
{
    if (!isArray() || index < 0 || index >= size())
        return {};
    const JsonNode &list = m_tree->nodes[size_t(m_node)];
    return {m_tree, m_tree->items[size_t(list.payload + index)]};
}

JsonValue JsonValue::member(QStringView key) const
{
    if (!isObject())
        return {};
    const JsonNode &object = m_tree->nodes[size_t(m_node)];
    // The contract's keys are ASCII: a key of another length is passed over at once.
    const bool asciiKey = std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80; });
    // The first of a repeated key (a repeat is refused anyway).
    for (qint64 i = object.payload; i < object.payload + object.length; ++i) {
        const JsonMember &m = m_tree->members[size_t(i)];
        const JsonNode &candidate = m_tree->nodes[size_t(m.key)];
        if (asciiKey && !candidate.utf16 && candidate.length != key.size())
            continue;
        if (m_tree->textEquals(candidate, key))
            return {m_tree, m.value};
    }
    return {};
}

} // namespace passerelle
