#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::simhttp {

// passerelle-sim's command line (app/sim/README.md).
struct SimOptions
{
    quint16 port = 0; // 0: pick a free one and print it
    QString scenarioPath; // empty: the built-in scenario
    double timeScale = 360.0;
    QString apiKey = QStringLiteral("dry-run-key");
    int latencyMs = 0;
    double failRate = 0.0;
    bool rateLimit = false;
    int dropAfterPost = 0;
};

struct ParsedOptions
{
    std::optional<SimOptions> options;
    QString message; // the error, or the help or version text when `exitNow`
    bool exitNow = false;
};

ParsedOptions parseOptions(const QStringList &arguments);

} // namespace passerelle::simhttp
