#pragma once

#include "core/model/Expected.h"
#include "core/sim/Scenario.h"

#include <QByteArray>
#include <QString>

namespace passerelle::sim {

// A scenario, or the one error that says which field is wrong and why
// ("accounts[3].database_size: expected a non-negative integer").
using LoadedScenario = Expected<Scenario, QString>;

// Reads scenario files (format: resources/scenarios/README.md). Strict: an unknown field, a wrong
// type, a duplicate id or name is an error naming the field; nothing here can crash on input.
namespace scenario {

QString defaultScenarioPath(); // the built-in scenario, compiled in as a Qt resource
LoadedScenario parse(const QByteArray &json);
LoadedScenario loadFile(const QString &path);
LoadedScenario loadDefault();

} // namespace scenario
} // namespace passerelle::sim
