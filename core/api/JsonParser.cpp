#include "core/api/JsonTreeData.h"

#include <QSet>

#include <charconv>
#include <cmath>
#include <cstring>

namespace passerelle {

using Type = JsonValue::Type;

namespace {

constexpr int kMaxDepth = 1024; // as QJsonDocument
// A small object's keys are compared with each other; a big one's go through a set.
constexpr qsizetype kKeysComparedPairwise = 32;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

class Parser
{
public:
    Parser(JsonTreeData &data) : d(data), begin(data.source.constData()), p(begin), end(begin + data.source.size())
    {
        // Room for what a provider's answer holds (a value every 8 bytes, a member every 16, an
        // item every 64), so that the lists rarely move while they grow; more still fits.
        const size_t size = size_t(data.source.size());
        d.nodes.reserve(size / 8 + 2);
        d.members.reserve(size / 16 + 1);
        d.items.reserve(size / 64 + 1);
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
        JsonStringRead read;
        const QJsonParseError::ParseError problem = readJsonString(p, end, begin, d.decoded, read);
        if (problem != QJsonParseError::NoError)
            return fail(problem);
        node = add(Type::String, read.offset, read.length, read.utf16);
        return true;
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
                const JsonNode &other = d.nodes[size_t(pendingMembers[i].key)];
                if (!other.utf16 && !added.utf16 && other.length != added.length)
                    continue; // two UTF-8 texts of different lengths differ
                if (d.sameText(other, added)) {
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

bool parseJsonInto(JsonTreeData &data, QJsonParseError &error, std::optional<QString> &repeatedKey)
{
    Parser parser(data);
    if (!parser.parseDocument()) {
        error = {int(parser.errorAt), parser.error};
        return false;
    }
    repeatedKey = parser.repeatedKey;
    return true;
}

} // namespace passerelle
