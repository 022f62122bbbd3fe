// The GUI thread's longest stall during a whole migration through the wizard, driven by the
// autopilot as a person would click: a dry-run, then a REST run against passerelle-sim. Measured
// without the end-to-end test's instruments (no pictures, no debug logging, no screen scans).
// Each stall over 16 ms is reported with the page on screen when it ended.
#include "core/backend/Backend.h"
#include "tests/e2e/StallMeter.h"
#include "tests/sim/SimProcess.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace passerelle;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kKey[] = "stall-bench-key-0d2e";
constexpr int kFrameMs = 16;

struct Stalls
{
    bool finished = false;
    qint64 longestMs = 0;
    int longestOnPage = -1;
    int overFrame = 0;
};

Stalls measure(const QString &journalDir, const std::function<void(ui::ConnectionPage *)> &connector,
               const std::function<void()> &fastForward)
{
    Stalls stalls;
    const SystemClock clock;
    ui::WizardContext context(
        [journalDir](const BackendOptions &options) {
            BackendOptions inFolder = options;
            inFolder.journalPath = journalDir + u"/journal.sqlite"_s;
            return openBackend(inFolder);
        },
        &clock);
    context.openUrl = [](const QUrl &) { return true; };
    ui::PasserelleWizard wizard(&context, u"0.0.0-bench"_s);
    wizard.show();
    e2e::StallMeter meter(kFrameMs, 2);
    meter.onStall = [&](qint64 ms) {
        ++stalls.overFrame;
        if (ms >= stalls.longestMs) {
            stalls.longestMs = ms;
            stalls.longestOnPage = wizard.currentId();
        }
    };
    ui::Autopilot pilot(&wizard, &context, QString());
    pilot.setTimeLimit(170000);
    pilot.setConnector(connector);
    if (fastForward)
        pilot.setFastForward(fastForward);
    QSignalSpy finished(&pilot, &ui::Autopilot::finished);
    meter.start();
    pilot.start();
    stalls.finished = finished.wait(180000) && finished.at(0).at(0).toBool();
    meter.stop();
    stalls.longestMs = std::max(stalls.longestMs, meter.longestStallMs());
    return stalls;
}

QString row(const QString &run, const Stalls &stalls)
{
    return u"%1 %2 %3 %4%5\n"_s.arg(run, -34)
        .arg(u"%1 ms"_s.arg(stalls.longestMs), 10)
        .arg(stalls.longestOnPage < 0 ? u"-"_s : QString::number(stalls.longestOnPage), 8)
        .arg(stalls.overFrame, 10)
        .arg(stalls.finished ? QString() : u"  (the run did not finish)"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString tablePath;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument.startsWith(u"--table="_s))
            tablePath = argument.mid(8);
    }
    QTemporaryDir dir;
    const Stalls dryRun = measure(dir.filePath(u"dry-run"_s), [](ui::ConnectionPage *page) { page->dryRunButton()->click(); }, {});

    sim::test::SimProcess simulator;
    if (!simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--time-scale"_s, u"600"_s})) {
        std::fputs("passerelle-sim did not start\n", stderr);
        return 1;
    }
    QNetworkAccessManager network;
    const QString address = simulator.url(QString()).toString();
    const Stalls rest = measure(
        dir.filePath(u"rest"_s),
        [&](ui::ConnectionPage *page) {
            page->urlEdit()->setText(address);
            page->keyEdit()->setText(QString::fromLatin1(kKey));
            page->connectButton()->click();
        },
        [&] { // support's hours skipped: the simulator jumps to its next event
            QNetworkRequest request(simulator.skipUrl());
            request.setRawHeader("Authorization", sim::test::basicAuth(QString::fromLatin1(kKey)));
            QNetworkReply *reply = network.post(request, QByteArray());
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    simulator.stopAndCollectOutput();

    QString table = u"The GUI thread's longest stall in a whole migration (budget: one frame, %1 ms):\n"_s.arg(kFrameMs);
    table += u"%1 %2 %3 %4\n"_s.arg(u"run"_s, -34).arg(u"longest"_s, 10).arg(u"on page"_s, 8).arg(u"> frame"_s, 10);
    table += row(u"dry-run (12 accounts)"_s, dryRun) + row(u"REST against passerelle-sim"_s, rest);
    std::fputs(qPrintable(table), stdout);
    if (!tablePath.isEmpty()) {
        QFile out(tablePath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    return dryRun.finished && rest.finished ? 0 : 1;
}
