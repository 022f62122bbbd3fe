#include "core/api/JsonTree.h"

#include <QAnyStringView>
#include <QByteArrayView>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace passerelle {

using Type = JsonValue::Type;

struct JsonNode
{
    Type type = Type::Undefined;
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

    const JsonNode *node(qint32 index) const { return index >= 0 ? &nodes[size_t(index)] : nullptr; }
    QByteArrayView utf8(const JsonNode &n) const { return {source.constData() + n.payload, n.length}; }
    QStringView utf16(const JsonNode &n) const { return {decoded.constData() + n.payload, n.length}; }
    bool textEquals(const JsonNode &n, QStringView text) const;
    bool sameText(const JsonNode &a, const JsonNode &b) const;
    QString text(const JsonNode &n) const
    {
        return n.utf16 ? utf16(n).toString() : QString::fromUtf8(utf8(n));
    }
};

namespace {

constexpr int kMaxDepth = 1024; // as QJsonDocument
// A small object's keys are compared with each other; a big one's go through a set.
constexpr qsizetype kKeysComparedPairwise = 32;

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the valid UTF-8 sequence (of a code point beyond ASCII) at `p`, or 0.
qsizetype utf8SequenceAt(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    qsizetype length = 0;
    uchar low = 0x80, high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong form
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogate
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing beyond U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

class Parser
{
public:
    Parser(JsonTreeData &data) : d(data), begin(data.source.constData()), p(begin), end(begin + data.source.size())
    {
        // Upper bounds (each value takes at least one byte and a separator): reserved, never
        // touched beyond what is used, so the lists never move while they grow.
        const size_t size = size_t(data.source.size());
        d.nodes.reserve(size / 2 + 2);
        d.items.reserve(size / 2 + 1);
        d.members.reserve(size / 4 + 1);
    }

    QJsonParseError::ParseError error = QJsonParseError::NoError;
    qsizetype errorAt = 0;
    std::optional<QString> repeatedKey;

    bool parseDocument()
    {
        if (end - p > 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
            p += 3; // a UTF-8 byte order mark
        skipSpace();
        qint32 root = -1;
        if (p < end && *p == '[') {
            if (!parseArray(root))
                return false;
        } else if (p < end && *p == '{') {
            if (!parseObject(root))
                return false;
        } else {
            return fail(QJsonParseError::IllegalValue, 1);
        }
        skipSpace();
        return p == end || fail(QJsonParseError::GarbageAtEnd);
    }

private:
    JsonTreeData &d;
    const char *const begin;
    const char *p;
    const char *const end;
    int depth = 0;
    std::vector<qint32> pendingItems;
    std::vector<JsonMember> pendingMembers;

    bool fail(QJsonParseError::ParseError code, qsizetype ahead = 0)
    {
        error = code;
        errorAt = (p - begin) + ahead;
        return false;
    }

    void skipSpace()
    {
        while (p < end && isJsonSpace(*p))
            ++p;
    }

    qint32 add(Type type, qint64 payload = 0, qint32 length = 0, bool utf16 = false)
    {
        d.nodes.push_back(JsonNode {type, utf16, length, payload});
        return qint32(d.nodes.size() - 1);
    }

    bool parseValue(qint32 &node)
    {
        switch (*p) {
        case '"':
            return parseString(node);
        case '[':
            return parseArray(node);
        case '{':
            return parseObject(node);
        case 't':
            return parseWord("true", Type::Bool, 1, node);
        case 'f':
            return parseWord("false", Type::Bool, 0, node);
        case 'n':
            return parseWord("null", Type::Null, 0, node);
        default:
            return parseNumber(node);
        }
    }

    bool parseWord(const char *word, Type type, qint64 payload, qint32 &node)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (end - p < length || std::memcmp(p, word, size_t(length)) != 0)
            return fail(QJsonParseError::IllegalValue, 1);
        p += length;
        node = add(type, payload);
        return true;
    }

    // The grammar QJsonDocument reads: "1." and ".5" are numbers, "1e" and "-" are not.
    bool parseNumber(qint32 &node)
    {
        const char *start = p;
        bool integral = true;
        if (p < end && *p == '-')
            ++p;
        if (p < end && *p == '0') {
            ++p;
        } else {
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p < end && *p == '.') {
            integral = false;
            for (++p; p < end && isDigit(*p);)
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            integral = false;
            ++p;
            if (p < end && (*p == '-' || *p == '+'))
                ++p;
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p >= end)
            return fail(QJsonParseError::TerminationByNumber);
        if (integral) {
            qint64 value = 0;
            const auto [last, problem] = std::from_chars(start, p, value);
            if (problem == std::errc() && last == p && p != start) {
                node = add(Type::Integer, value);
                return true;
            }
        }
        bool ok = false;
        const double real = QByteArrayView(start, p - start).toDouble(&ok);
        if (!ok)
            return fail(QJsonParseError::IllegalNumber);
        // As QJsonDocument keeps them: a whole number that fits in 64 bits is an integer ("1.0", "-4.2e1").
        constexpr double kTwoTo63 = 9223372036854775808.0;
        if (std::trunc(real) == real && real >= -kTwoTo63 && real < kTwoTo63) {
            node = add(Type::Integer, static_cast<qint64>(real));
            return true;
        }
        qint64 bits = 0;
        static_assert(sizeof bits == sizeof real);
        std::memcpy(&bits, &real, sizeof bits);
        node = add(Type::Double, bits);
        return true;
    }

    bool parseString(qint32 &node)
    {
        const char *start = ++p;
        while (p < end) {
            const uchar c = uchar(*p);
            if (c == '"') {
                node = add(Type::String, start - begin, qint32(p - start));
                ++p;
                return true;
            }
            if (c == '\\')
                return parseEscapedString(start, node);
            if (c < 0x80) {
                ++p; // control characters pass here, as in QJsonDocument: the mapping cleans text
                continue;
            }
            const qsizetype length = utf8SequenceAt(reinterpret_cast<const uchar *>(p), reinterpret_cast<const uchar *>(end));
            if (length == 0)
                return fail(QJsonParseError::IllegalUTF8String);
            p += length;
        }
        return fail(QJsonParseError::UnterminatedString);
    }

    // The rare string with escapes is decoded to UTF-16 (a lone surrogate stays what it was).
    bool parseEscapedString(const char *start, qint32 &node)
    {
        const qsizetype offset = d.decoded.size();
        d.decoded.append(QString::fromUtf8(start, p - start));
        while (p < end) {
            const uchar c = uchar(*p);
            if (c == '"') {
                node = add(Type::String, offset, qint32(d.decoded.size() - offset), true);
                ++p;
                return true;
            }
            if (c == '\\') {
                if (!parseEscape())
                    return false;
            } else if (c < 0x80) {
                d.decoded.append(QChar(char16_t(c)));
                ++p;
            } else {
                const qsizetype length = utf8SequenceAt(reinterpret_cast<const uchar *>(p), reinterpret_cast<const uchar *>(end));
                if (length == 0)
                    return fail(QJsonParseError::IllegalUTF8String);
                d.decoded.append(QString::fromUtf8(p, length));
                p += length;
            }
        }
        return fail(QJsonParseError::UnterminatedString);
    }

    bool parseEscape()
    {
        ++p; // the backslash
        if (p >= end)
            return fail(QJsonParseError::IllegalEscapeSequence);
        const char escaped = *p++;
        switch (escaped) {
        case 'b':
            d.decoded.append(u'\b');
            return true;
        case 'f':
            d.decoded.append(u'\f');
            return true;
        case 'n':
            d.decoded.append(u'\n');
            return true;
        case 'r':
            d.decoded.append(u'\r');
            return true;
        case 't':
            d.decoded.append(u'\t');
            return true;
        case 'u': {
            if (end - p < 4)
                return fail(QJsonParseError::IllegalEscapeSequence);
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(p[i]);
                if (digit < 0)
                    return fail(QJsonParseError::IllegalEscapeSequence);
                unit = char16_t(unit * 16 + digit);
            }
            p += 4;
            d.decoded.append(QChar(unit));
            return true;
        }
        default:
            // '"', '\\', '/' and, as QJsonDocument reads them, any other byte stand for themselves.
            d.decoded.append(QChar(char16_t(uchar(escaped))));
            return true;
        }
    }

    bool parseArray(qint32 &node)
    {
        if (++depth > kMaxDepth)
            return fail(QJsonParseError::DeepNesting);
        ++p; // '['
        const size_t first = pendingItems.size();
        skipSpace();
        if (p < end && *p == ']') {
            ++p;
        } else {
            for (;;) {
                skipSpace();
                if (p >= end)
                    return fail(QJsonParseError::UnterminatedArray);
                qint32 item = -1;
                if (!parseValue(item))
                    return false;
                pendingItems.push_back(item);
                skipSpace();
                if (p >= end)
                    return fail(QJsonParseError::UnterminatedArray);
                const char next = *p++;
                if (next == ']')
                    break;
                if (next != ',')
                    return fail(QJsonParseError::MissingValueSeparator, -1);
                skipSpace();
                if (p < end && *p == ']')
                    return fail(QJsonParseError::MissingObject);
            }
        }
        const qint64 at = qint64(d.items.size());
        d.items.insert(d.items.end(), pendingItems.begin() + qsizetype(first), pendingItems.end());
        const qint32 count = qint32(pendingItems.size() - first);
        pendingItems.resize(first);
        node = add(Type::Array, at, count);
        --depth;
        return true;
    }

    bool parseObject(qint32 &node)
    {
        if (++depth > kMaxDepth)
            return fail(QJsonParseError::DeepNesting);
        ++p; // '{'
        const size_t first = pendingMembers.size();
        QSet<QString> bigObjectKeys;
        skipSpace();
        if (p < end && *p == '}') {
            ++p;
        } else {
            for (;;) {
                skipSpace();
                if (p >= end || *p != '"')
                    return fail(QJsonParseError::UnterminatedObject);
                qint32 key = -1;
                if (!parseString(key))
                    return false;
                noteRepeat(first, key, bigObjectKeys);
                skipSpace();
                if (p >= end || *p != ':')
                    return fail(QJsonParseError::MissingNameSeparator);
                ++p;
                skipSpace();
                if (p >= end)
                    return fail(QJsonParseError::UnterminatedObject);
                qint32 value = -1;
                if (!parseValue(value))
                    return false;
                pendingMembers.push_back({key, value});
                skipSpace();
                if (p >= end)
                    return fail(QJsonParseError::UnterminatedObject);
                const char next = *p++;
                if (next == '}')
                    break;
                if (next != ',')
                    return fail(QJsonParseError::MissingValueSeparator, -1);
                skipSpace();
                if (p < end && *p == '}')
                    return fail(QJsonParseError::MissingObject);
            }
        }
        const qint64 at = qint64(d.members.size());
        d.members.insert(d.members.end(), pendingMembers.begin() + qsizetype(first), pendingMembers.end());
        const qint32 count = qint32(pendingMembers.size() - first);
        pendingMembers.resize(first);
        node = add(Type::Object, at, count);
        --depth;
        return true;
    }

    // Compares the new key with the earlier keys of its object (from `first` in pendingMembers).
    void noteRepeat(size_t first, qint32 key, QSet<QString> &bigObjectKeys)
    {
        if (repeatedKey)
            return;
        const JsonNode &added = d.nodes[size_t(key)];
        const qsizetype earlier = qsizetype(pendingMembers.size() - first);
        if (earlier < kKeysComparedPairwise) {
            for (size_t i = first; i < pendingMembers.size(); ++i) {
                if (d.sameText(d.nodes[size_t(pendingMembers[i].key)], added)) {
                    repeatedKey = d.text(added);
                    return;
                }
            }
            return;
        }
        if (bigObjectKeys.isEmpty()) {
            for (size_t i = first; i < pendingMembers.size(); ++i)
                bigObjectKeys.insert(d.text(d.nodes[size_t(pendingMembers[i].key)]));
        }
        const QString text = d.text(added);
        if (bigObjectKeys.contains(text))
            repeatedKey = text;
        bigObjectKeys.insert(text);
    }
};

} // namespace

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
    Parser parser(*data);
    if (!parser.parseDocument()) {
        tree.m_error = {int(parser.errorAt), parser.error};
        return tree;
    }
    tree.m_repeatedKey = parser.repeatedKey;
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
    // The first of a repeated key (a repeat is refused anyway).
    for (qint64 i = object.payload; i < object.payload + object.length; ++i) {
        const JsonMember &m = m_tree->members[size_t(i)];
        if (m_tree->textEquals(m_tree->nodes[size_t(m.key)], key))
            return {m_tree, m.value};
    }
    return {};
}

} // namespace passerelle
