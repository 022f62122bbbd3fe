// Start-up against a bare QWizard: runs the wizard (`passerelle --dry-run`) and a bare QWizard
// with eight empty pages in pairs, alternating which goes first, and compares the time from
// starting the process to the first drawing of its window — its pixels sent to the X server, seen
// from outside by tests/bench/FirstDrawShim.cpp, the same way for both (the goal) — and the peak
// memory then. Also shown, from inside through ui/common/FirstPaintWatch: the first paint event,
// an internal moment before anything is visible, which falls earlier or later depending on what a
// window prepares before it paints. Medians.
#include "ui/common/FirstPaintWatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace {

struct Launch
{
    double firstPaintMs = 0;
    double firstDrawMs = 0;
    double peakMiB = 0; // at the first drawing
};

std::optional<Launch> launch(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passerelle::ui::FirstPaintWatch::kProbeVariable),
                       QString::fromLatin1(passerelle::ui::FirstPaintWatch::kUntilDrawn));
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PASSERELLE_FIRST_DRAW_SHIM));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const auto started = std::chrono::steady_clock::now();
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    Launch result;
    bool painted = false;
    bool drawn = false;
    const auto startedUs = std::chrono::duration_cast<std::chrono::microseconds>(started.time_since_epoch()).count();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        if (fields[0] == "first_paint_steady_us") {
            result.firstPaintMs = double(fields[1].toLongLong() - startedUs) / 1000.0;
            painted = true;
        } else if (fields[0] == "first_draw_steady_us") {
            result.firstDrawMs = double(fields[1].toLongLong() - startedUs) / 1000.0;
            drawn = true;
        } else if (fields[0] == "first_draw_peak_rss_kib") {
            result.peakMiB = double(fields[1].toLongLong()) / 1024.0;
        }
    }
    if (!painted || !drawn) {
        std::fprintf(stderr, "%s %s: %s\n", qPrintable(program), painted ? "drew nothing" : "painted nothing",
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pairsOption(QStringLiteral("pairs"), QStringLiteral("Paired runs (default 9)."),
                                         QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Also write the table to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption wizardOption(QStringLiteral("wizard"),
                                          QStringLiteral("Another passerelle to measure (e.g. an earlier build)."),
                                          QStringLiteral("PATH"), QStringLiteral(PASSERELLE_WIZARD));
    parser.addOptions({pairsOption, outOption, wizardOption});
    parser.process(app);
    const int pairs = std::max(1, parser.value(pairsOption).toInt());

    const QString bare = QStringLiteral(PASSERELLE_BARE_WIZARD);
    const QString wizard = parser.value(wizardOption);
    const QStringList wizardArguments {QStringLiteral("--dry-run")};
    // One of each first, unmeasured: the libraries reach the page cache.
    if (!launch(bare, {}) || !launch(wizard, wizardArguments))
        return 1;
    // One figure of both programs over the pairs: medians, and the median of the pairs' ratios.
    struct Series
    {
        QList<double> bare, wizard, ratios;
        void add(double bareValue, double wizardValue)
        {
            bare << bareValue;
            wizard << wizardValue;
            ratios << wizardValue / bareValue;
        }
    };
    Series draw, paint, memory;
    for (int pair = 0; pair < pairs; ++pair) {
        // Alternate the order so that neither always runs on a machine warmed by the other.
        std::optional<Launch> first = pair % 2 ? launch(wizard, wizardArguments) : launch(bare, {});
        std::optional<Launch> second = pair % 2 ? launch(bare, {}) : launch(wizard, wizardArguments);
        if (!first || !second)
            return 1;
        const Launch &b = pair % 2 ? *second : *first;
        const Launch &w = pair % 2 ? *first : *second;
        draw.add(b.firstDrawMs, w.firstDrawMs);
        paint.add(b.firstPaintMs, w.firstPaintMs);
        memory.add(b.peakMiB, w.peakMiB);
    }
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const auto ms = [](double value) { return QStringLiteral("%1 ms").arg(value, 0, 'f', 1); };
    const auto mib = [](double value) { return QStringLiteral("%1 MiB").arg(value, 0, 'f', 1); };
    const auto ratio = [](double value) { return QStringLiteral("%1x").arg(value, 0, 'f', 2); };
    const auto row = [](const QString &name, const QString &drawn, const QString &painted, const QString &peak) {
        return QStringLiteral("%1 %2 %3 %4\n").arg(name, -24).arg(drawn, 14).arg(painted, 14).arg(peak, 14);
    };
    const QString table
        = QStringLiteral("Start-up, %1 paired runs on %2 (medians; goal: ratio <= 1.20 time to the first drawing of "
                         "the window, <= 1.25 memory then)\n")
              .arg(pairs)
              .arg(platform.isEmpty() ? QStringLiteral("the default platform") : QString::fromLatin1(platform))
        + row(QStringLiteral("program"), QStringLiteral("first drawing"), QStringLiteral("paint event"),
              QStringLiteral("peak memory"))
        + row(QStringLiteral("bare QWizard, 8 pages"), ms(median(draw.bare)), ms(median(paint.bare)),
              mib(median(memory.bare)))
        + row(QStringLiteral("passerelle --dry-run"), ms(median(draw.wizard)), ms(median(paint.wizard)),
              mib(median(memory.wizard)))
        + row(QStringLiteral("ratio (median of pairs)"), ratio(median(draw.ratios)), ratio(median(paint.ratios)),
              ratio(median(memory.ratios)));
    std::fputs(qPrintable(table), stdout);
    if (parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    return 0;
}
