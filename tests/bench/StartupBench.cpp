// Start-up against a bare QWizard: runs the wizard (`passerelle --dry-run`) and a bare QWizard
// with eight empty pages in pairs, alternating which goes first, and compares the time from
// starting the process to the first paint of its window, and the peak memory at that moment.
// Both processes report through ui/common/FirstPaintWatch; the figures are medians.
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
    double peakMiB = 0;
};

std::optional<Launch> launch(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passerelle::ui::FirstPaintWatch::kProbeVariable), QStringLiteral("1"));
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
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        if (fields[0] == "first_paint_steady_us") {
            const auto startedUs
                = std::chrono::duration_cast<std::chrono::microseconds>(started.time_since_epoch()).count();
            result.firstPaintMs = double(fields[1].toLongLong() - startedUs) / 1000.0;
            painted = true;
        } else if (fields[0] == "peak_rss_kib") {
            result.peakMiB = double(fields[1].toLongLong()) / 1024.0;
        }
    }
    if (!painted)
        std::fprintf(stderr, "%s painted nothing: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return painted ? std::optional(result) : std::nullopt;
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
    QList<double> bareMs, wizardMs, bareMiB, wizardMiB, timeRatios, memoryRatios;
    for (int pair = 0; pair < pairs; ++pair) {
        // Alternate the order so that neither always runs on a machine warmed by the other.
        std::optional<Launch> first = pair % 2 ? launch(wizard, wizardArguments) : launch(bare, {});
        std::optional<Launch> second = pair % 2 ? launch(bare, {}) : launch(wizard, wizardArguments);
        if (!first || !second)
            return 1;
        const Launch &b = pair % 2 ? *second : *first;
        const Launch &w = pair % 2 ? *first : *second;
        bareMs << b.firstPaintMs;
        wizardMs << w.firstPaintMs;
        bareMiB << b.peakMiB;
        wizardMiB << w.peakMiB;
        timeRatios << w.firstPaintMs / b.firstPaintMs;
        memoryRatios << w.peakMiB / b.peakMiB;
    }
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QString table
        = QStringLiteral("Start-up, %1 paired runs on %2 (medians; goal: ratio <= 1.20 time, <= 1.25 memory)\n"
                         "%3 %4 %5\n%6 %7 %8\n%9 %10 %11\n")
              .arg(pairs)
              .arg(platform.isEmpty() ? QStringLiteral("the default platform") : QString::fromLatin1(platform))
              .arg(QStringLiteral("program"), -24)
              .arg(QStringLiteral("first paint"), 14)
              .arg(QStringLiteral("peak memory"), 14)
              .arg(QStringLiteral("bare QWizard, 8 pages"), -24)
              .arg(QStringLiteral("%1 ms").arg(median(bareMs), 0, 'f', 1), 14)
              .arg(QStringLiteral("%1 MiB").arg(median(bareMiB), 0, 'f', 1), 14)
              .arg(QStringLiteral("passerelle --dry-run"), -24)
              .arg(QStringLiteral("%1 ms").arg(median(wizardMs), 0, 'f', 1), 14)
              .arg(QStringLiteral("%1 MiB").arg(median(wizardMiB), 0, 'f', 1), 14)
          + QStringLiteral("%1 %2 %3\n")
                .arg(QStringLiteral("ratio (median of pairs)"), -24)
                .arg(QStringLiteral("%1x").arg(median(timeRatios), 0, 'f', 2), 14)
                .arg(QStringLiteral("%1x").arg(median(memoryRatios), 0, 'f', 2), 14);
    std::fputs(qPrintable(table), stdout);
    if (parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    return 0;
}
