#include "app/sim/SimOptions.h"

#include "core/model/TrContext.h"

#include <QCommandLineParser>

namespace passerelle::simhttp {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(SimHttpText);

template<typename Number>
bool readNumber(const QCommandLineParser &parser, const QString &name, Number minimum, Number maximum, Number &out,
                QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < double(minimum) || value > double(maximum)) {
        error = SimHttpText::tr("--%1: expected a number from %2 to %3").arg(name).arg(minimum).arg(maximum);
        return false;
    }
    out = Number(value);
    return true;
}

} // namespace

ParsedOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SimHttpText::tr("Serves the provider's migration API on 127.0.0.1 from a simulated provider."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(u"version"_s, SimHttpText::tr("Show the version."));
    parser.addOption(version);
    parser.addOptions({
        {u"port"_s, SimHttpText::tr("TCP port on 127.0.0.1; 0 picks a free one (printed on the first line)."),
         u"PORT"_s, u"0"_s},
        {u"scenario"_s, SimHttpText::tr("Scenario file (JSON); the built-in scenario by default."), u"FILE"_s},
        {u"time-scale"_s, SimHttpText::tr("Simulated seconds per real second (default 360: one hour per ten seconds)."),
         u"X"_s},
        {u"api-key"_s, SimHttpText::tr("The API key clients must send (default dry-run-key)."), u"KEY"_s},
        {u"latency"_s, SimHttpText::tr("Delay every answer by MS milliseconds."), u"MS"_s},
        {u"fail-rate"_s, SimHttpText::tr("Answer this share of requests (0..1) with 503."), u"P"_s},
        {u"rate-limit"_s, SimHttpText::tr("Enforce 50 POST and 250 GET per sliding minute (429 + Retry-After).")},
        {u"drop-after-post"_s, SimHttpText::tr("Process the Nth POST, then close its connection without answering."),
         u"N"_s},
    });
    if (!parser.parse(arguments))
        return {std::nullopt, parser.errorText(), false};
    if (parser.isSet(help))
        return {std::nullopt, parser.helpText(), true};
    if (parser.isSet(version))
        return {std::nullopt, QStringLiteral("passerelle-sim " PASSERELLE_VERSION), true};
    if (!parser.positionalArguments().isEmpty())
        return {std::nullopt, SimHttpText::tr("unexpected argument: %1").arg(parser.positionalArguments().first()),
                false};

    SimOptions options;
    QString error;
    int port = 0;
    const bool numbersOk = readNumber(parser, u"port"_s, 0, 65535, port, error)
        && readNumber(parser, u"time-scale"_s, 0.0, 1e9, options.timeScale, error)
        && readNumber(parser, u"latency"_s, 0, 600000, options.latencyMs, error)
        && readNumber(parser, u"fail-rate"_s, 0.0, 1.0, options.failRate, error)
        && readNumber(parser, u"drop-after-post"_s, 0, 1000000, options.dropAfterPost, error);
    if (!numbersOk)
        return {std::nullopt, error, false};
    options.port = quint16(port);
    options.scenarioPath = parser.value(u"scenario"_s);
    options.rateLimit = parser.isSet(u"rate-limit"_s);
    if (parser.isSet(u"api-key"_s)) {
        options.apiKey = parser.value(u"api-key"_s);
        if (options.apiKey.isEmpty() || options.apiKey.contains(u' ') || options.apiKey.contains(u':'))
            return {std::nullopt, SimHttpText::tr("--api-key: expected a non-empty key without spaces or colons"),
                    false};
    }
    return {options, QString(), false};
}

} // namespace passerelle::simhttp
