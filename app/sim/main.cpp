// passerelle-sim: the provider simulator served over HTTP on 127.0.0.1 (app/sim/README.md).
#include "app/sim/LogGuard.h"
#include "app/sim/SimHttpServer.h"
#include "app/sim/SimOptions.h"
#include "core/model/TrContext.h"
#include "core/sim/ScenarioLoader.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

PASSERELLE_TR_CONTEXT(SimMain);

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    simhttp::keepCredentialsOutOfLogs();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"passerelle-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));

    const simhttp::ParsedOptions parsed = simhttp::parseOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        print(parsed.exitNow ? stdout : stderr, parsed.message);
        return parsed.exitNow ? 0 : 2;
    }
    const simhttp::SimOptions &options = *parsed.options;
    const sim::LoadedScenario loaded
        = options.scenarioPath.isEmpty() ? sim::scenario::loadDefault() : sim::scenario::loadFile(options.scenarioPath);
    if (!loaded) {
        print(stderr, SimMain::tr("Bad scenario: %1").arg(loaded.error()));
        return 2;
    }

    sim::VirtualClock clock(loaded.value().start, options.timeScale);
    sim::ProviderSimulator simulator(loaded.value(), clock);
    simhttp::SimHttpServer::Settings settings;
    settings.apiKey = options.apiKey;
    settings.rateLimit = options.rateLimit;
    settings.faults.latencyMs = options.latencyMs;
    settings.faults.failRate = options.failRate;
    settings.faults.dropAfterPost = options.dropAfterPost;
    settings.faults.seed = loaded.value().seed;
    simhttp::SimHttpServer server(simulator, settings);
    const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        print(stderr, SimMain::tr("Cannot listen on 127.0.0.1:%1.").arg(options.port));
        return 1;
    }
    // Tests and scripts read the port from this exact first line.
    print(stdout, u"listening on http://127.0.0.1:%1/v1/"_s.arg(port));
    return app.exec();
}
