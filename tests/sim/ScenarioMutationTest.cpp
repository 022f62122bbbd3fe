#include "core/sim/ScenarioLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace passerelle::sim;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue randomValue(QRandomGenerator &random)
{
    switch (random.bounded(8)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return -double(random.bounded(1000));
    case 3:
        return 1e300;
    case 4:
        return 0.5;
    case 5:
        return u"not what you expect"_s;
    case 6:
        return QJsonArray {1, u"x"_s};
    default:
        return QJsonObject {{u"unexpected"_s, 1}};
    }
}

// Replaces one value, chosen at random among every nested value, by a value of another shape.
QJsonValue mutate(const QJsonValue &node, QRandomGenerator &random, bool &done)
{
    if (done)
        return node;
    if ((!node.isObject() && !node.isArray()) || random.bounded(6) == 0) {
        done = true;
        return randomValue(random);
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        if (array.isEmpty())
            return node;
        const int index = int(random.bounded(int(array.size())));
        array[index] = mutate(array.at(index), random, done);
        return array;
    }
    QJsonObject object = node.toObject();
    const QStringList keys = object.keys();
    const QString key = keys.at(int(random.bounded(int(keys.size()))));
    object[key] = mutate(object.value(key), random, done);
    return object;
}

} // namespace

// A scenario file is user input: whatever it holds, the loader answers with a scenario or with one
// error naming the field, and never crashes.
TEST(ScenarioMutation, EveryMutatedFileLoadsOrNamesAField)
{
    QFile file(scenario::defaultScenarioPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
    static const QRegularExpression fieldError(u"^[a-z_]+(\\[\\d+\\])?(\\.[a-z_]+(\\[\\d+\\])?)*: \\S"_s);
    QRandomGenerator random(20241123);
    int refused = 0;
    for (int i = 0; i < 2000; ++i) {
        bool done = false;
        const QJsonObject mutated = mutate(original, random, done).toObject();
        const LoadedScenario loaded = scenario::parse(QJsonDocument(mutated).toJson());
        if (loaded)
            continue;
        ++refused;
        EXPECT_TRUE(fieldError.match(loaded.error()).hasMatch())
            << "mutation " << i << ": " << loaded.error().toStdString();
    }
    EXPECT_GT(refused, 1000); // most mutations break something, and each says where
}
