// JsonTree reads what QJsonDocument reads (it replaces it on the provider's answers): the same texts
// accepted, the same values, plus the key an object repeats, which QJsonDocument drops silently.
#include "core/api/JsonTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::Literals::StringLiterals;

using passerelle::JsonTree;
using passerelle::JsonValue;

namespace {

// Empty when `ours` holds what `theirs` holds, else where they differ.
std::string difference(const JsonValue &ours, const QJsonValue &theirs, const std::string &where)
{
    switch (theirs.type()) {
    case QJsonValue::Null:
        return ours.isNull() ? std::string() : where + ": not null";
    case QJsonValue::Bool:
        return ours.isBool() && ours.toBool() == theirs.toBool() ? std::string() : where + ": bool";
    case QJsonValue::Double: {
        const bool integer = theirs.toVariant().typeId() == QMetaType::LongLong;
        if (integer != ours.isInteger() || !ours.isNumber())
            return where + ": integer or double";
        if (integer ? ours.toInteger() != theirs.toVariant().toLongLong() : ours.toDouble() != theirs.toDouble())
            return where + ": number";
        return {};
    }
    case QJsonValue::String:
        return ours.isString() && ours.toString() == theirs.toString() ? std::string() : where + ": string";
    case QJsonValue::Array: {
        const QJsonArray array = theirs.toArray();
        if (!ours.isArray() || ours.size() != array.size())
            return where + ": list size";
        for (qsizetype i = 0; i < array.size(); ++i) {
            const std::string inner = difference(ours.at(i), array.at(i), where + '[' + std::to_string(i) + ']');
            if (!inner.empty())
                return inner;
        }
        return {};
    }
    case QJsonValue::Object: {
        const QJsonObject object = theirs.toObject();
        if (!ours.isObject() || ours.size() != object.size())
            return where + ": object size";
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string inner
                = difference(ours.member(it.key()), it.value(), where + '.' + it.key().toStdString());
            if (!inner.empty())
                return inner;
        }
        return {};
    }
    case QJsonValue::Undefined:
        break;
    }
    return where + ": undefined";
}

// Empty when both read `json` alike.
std::string disagreement(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const JsonTree tree = JsonTree::parse(json);
    if (tree.isValid() != (error.error == QJsonParseError::NoError))
        return tree.isValid() ? "accepted what QJsonDocument refuses" : "refused what QJsonDocument accepts";
    if (!tree.isValid() || tree.repeatedKey())
        return {};
    return difference(tree.root(), document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                      "root");
}

class JsonTreeReads : public ::testing::TestWithParam<const char *>
{
};

TEST_P(JsonTreeReads, AsQJsonDocumentDoes)
{
    const QByteArray json(GetParam());
    EXPECT_EQ(disagreement(json), std::string()) << json.toPercentEncoding().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Texts, JsonTreeReads,
    ::testing::Values("{}", "[]", "[[]]", " [1] ", "{\"\":1}", "[\"\\ud800\"]", "[\"\\udc00x\"]", "[\"a\x01\"]",
                      "[\"\t\"]", "[\"\x7f\"]", "[\"\\u0000\"]", "[\"\\uD83D\\uDE00\"]", "[\"\\uDE00\\uD83D\"]",
                      "[\"\\u00e9\\u00E9\"]", "[\"\\x\"]", "[\"\\/\\\\\\\"\\b\\f\\n\\r\\t\"]", "[\"\\u12\"]",
                      "[\"\\u12g4\"]", "[\"\\\"]", "[\"\xc3\xa9\"]", "[\"\xe2\x82\xac\"]", "[\"\xf0\x9f\x98\x80\"]",
                      "[\"\xef\xbf\xbe\"]", "[\"\xc0\xaf\"]", "[\"\xed\xa0\x80\"]", "[\"\xff\"]", "[\"\xc3\"]",
                      "[\"\xf4\x90\x80\x80\"]", "[\"\\\xc3\xa9\"]", "42", "\"s\"", "\xef\xbb\xbf[1]", "[1.]", "[.5]",
                      "[-.5]", "[.]", "[01]", "[1e]", "[-]", "[-0]", "[-0.0]", "[1e400]", "[-1e400]", "[1e-400]",
                      "[1,]", "{\"a\":1,}", "[NaN]", "[1]x", "[\"\\x\"", "{\"a\" 1}", "{1:2}", "[true false]",
                      "[1\x0b]", "[1E+2]", "[-01]", "[1.5e-3]", "[1.0]", "[1e18]", "[1e19]", "[-4.2e1]",
                      "[9007199254740993.0]", "[0e5]", "[9223372036854775807]", "[9223372036854775808]",
                      "[-9223372036854775808]", "[-9223372036854775809]", "[9007199254740993]", "[tru]", "[nul]",
                      "[true,false,null]", "[1.e3]", "[+1]", "[", "{", "[1", "{\"a\"", "{\"a\":", "{\"a\":1", "[\"abc",
                      "[,1]", "{,}", "{\"a\":1,\"b\":[{},{\"c\":null}]}", "[\"\\u00\"]", "[1 2]", "{\"a\":1 \"b\":2}",
                      "[\r\n\t 1 \r\n]"));

TEST(JsonTree, ReadsMutatedAnswersAsQJsonDocumentDoes)
{
    const QList<QByteArray> seeds = {
        R"([{"account": 301, "name": "acme-shop", "database_size": 3221225472, "files_size": 8589934592,
            "mail_size": 1073741824, "location": "client", "version": "old", "status": "idle",
            "operation_started_at": null, "operation_estimated_end": null, "rollback_available": false,
            "last_error": "d\u00e9j\u00e0 \"vu\"\n"}])",
        R"({"id": 7, "deadline": "2027-01-31T23:59:59Z", "price": -4.2e1, "transit": {"status": "ready",
            "precopy_percent": 100, "list": [1, 2.5, true, null, "\ud83d\ude00", []]}, "finalization": {"by": null}})",
    };
    const QByteArray alphabet("{}[]\",:\\/ 0123456789.eE+-tfnul\x01\x7f\xc3\xa9\xff\xed\xa0");
    std::mt19937 random(20261130); // the same cases on every run
    int refused = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray json = seeds[round % seeds.size()];
        for (int change = 1 + int(random() % 3); change > 0; --change) {
            const qsizetype at = qsizetype(random() % quint32(json.size()));
            const char byte = alphabet[qsizetype(random() % quint32(alphabet.size()))];
            switch (random() % 4) {
            case 0:
                json[at] = byte;
                break;
            case 1:
                json.remove(at, 1);
                break;
            case 2:
                json.insert(at, byte);
                break;
            default:
                json.insert(at, json.mid(at, qsizetype(random() % 12))); // a key or a value repeated
                break;
            }
        }
        const std::string problem = disagreement(json);
        ASSERT_EQ(problem, std::string()) << json.toPercentEncoding().toStdString();
        refused += JsonTree::parse(json).isValid() ? 0 : 1;
    }
    EXPECT_GT(refused, 1000) << "the mutations reach the parser's errors";
    EXPECT_LT(refused, 3900) << "the mutations reach valid texts too";
}

TEST(JsonTree, NamesTheFirstKeyAnObjectRepeats)
{
    const auto repeated = [](const char *json) { return JsonTree::parse(QByteArray(json)).repeatedKey(); };
    EXPECT_EQ(repeated(R"({"a": 1, "b": 2})"), std::nullopt);
    EXPECT_EQ(repeated(R"([{"a": 1}, {"a": 2}])"), std::nullopt) << "two objects may share their keys";
    EXPECT_EQ(repeated(R"({"a": {"a": 1}})"), std::nullopt);
    EXPECT_EQ(repeated(R"({"a": 1, "a": 2})"), u"a"_s);
    EXPECT_EQ(repeated(R"({"status": 1, "st\u0061tus": 2})"), u"status"_s) << "escaped, it is the same key";
    EXPECT_EQ(repeated(R"({"\u00e9": 1, "é": 2})"), u"é"_s);
    EXPECT_EQ(repeated(R"({"b": {"x": 1, "x": 2}, "b": 3})"), u"x"_s) << "the first in reading order";
    EXPECT_EQ(repeated(R"({"s": "\"a\": 1, \"a\"", "t": 2})"), std::nullopt) << "keys inside strings are text";

    // A big object goes through a set rather than comparing every pair of its keys.
    QByteArray big = "{";
    for (int i = 0; i < 200; ++i)
        big += "\"key" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ',';
    EXPECT_EQ(JsonTree::parse(big + "\"last\": 0}").repeatedKey(), std::nullopt);
    EXPECT_EQ(JsonTree::parse(big + "\"key150\": 0}").repeatedKey(), u"key150"_s);
    EXPECT_EQ(JsonTree::parse(big + "\"k\\u0065y7\": 0}").repeatedKey(), u"key7"_s);
}

TEST(JsonTree, RefusesNestingBeyondQJsonDocumentsLimit)
{
    const auto nested = [](int depth) -> QByteArray { return QByteArray(depth, '[') + QByteArray(depth, ']'); };
    EXPECT_TRUE(JsonTree::parse(nested(1024)).isValid());
    const JsonTree tooDeep = JsonTree::parse(nested(1025));
    ASSERT_FALSE(tooDeep.isValid());
    EXPECT_EQ(tooDeep.error().error, QJsonParseError::DeepNesting);
}

TEST(JsonTree, AnswersUndefinedForWhatIsNotThere)
{
    const JsonTree tree = JsonTree::parse(R"({"list": [1], "text": "x"})");
    ASSERT_TRUE(tree.isValid());
    const JsonValue root = tree.root();
    EXPECT_TRUE(root.member(u"missing").isUndefined());
    EXPECT_TRUE(root.member(u"list").at(1).isUndefined());
    EXPECT_TRUE(root.member(u"list").at(-1).isUndefined());
    EXPECT_TRUE(root.member(u"text").member(u"x").isUndefined());
    EXPECT_TRUE(root.member(u"missing").member(u"x").at(0).isUndefined());
    EXPECT_EQ(root.member(u"text").size(), 0);
    EXPECT_TRUE(JsonTree::parse("[").root().isUndefined());
}

} // namespace
