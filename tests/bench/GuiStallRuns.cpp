#include "tests/bench/GuiStallRuns.h"

#include "core/backend/Backend.h"
#include "tests/bench/GuiStallApplication.h"
#include "tests/bench/GuiStallJournal.h"
#include "tests/e2e/StallMeter.h"
#include "tests/sim/SimProcess.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::bench {
namespace {

using namespace passerelle;

const QByteArray kKey = QByteArrayLiteral("pk-stall-bench");
constexpr int kRunLimitMs = 170000;

Figures runWizard(TimedApplication &app, const QString &name, const ui::SessionFactory &factory,
                  const std::function<void(ui::ConnectionPage *)> &connector, const std::function<void()> &fastForward)
{
    Figures figures;
    figures.name = name;
    const SystemClock clock;
    ui::WizardContext context(factory, &clock);
    context.openUrl = [](const QUrl &) { return true; };
    ui::PasserelleWizard wizard(&context, u"0.0.0-bench"_s);
    wizard.show();
    ui::Autopilot pilot(&wizard, &context, QString()); // no pictures
    app.setPageName([&wizard] { return QString::number(wizard.currentId()); });
    pilot.setTimeLimit(kRunLimitMs);
    if (connector)
        pilot.setConnector(connector);
    if (fastForward)
        pilot.setFastForward(fastForward);
    QSignalSpy finished(&pilot, &ui::Autopilot::finished);
    e2e::StallMeter over16(16);
    e2e::StallMeter over50(50);
    if (app.listsEvents()) {
        // PASSERELLE_STALL_EVENTS=12 lists the stalls over 12 ms (1: over a frame).
        const int listFrom = qEnvironmentVariableIntValue("PASSERELLE_STALL_EVENTS");
        over16.setReportFrom(listFrom > 1 ? listFrom : 16);
        over16.onStall = [&app, &wizard](qint64 stallMs) {
            std::fprintf(stderr, "stall of %lld ms on page %d, made of:\n%s", static_cast<long long>(stallMs),
                         wizard.currentId(), qPrintable(app.recentEvents(stallMs + 5)));
        };
    }
    QElapsedTimer run;
    run.start();
    app.startMeasuring();
    over16.start();
    over50.start();
    pilot.start();
    finished.wait(kRunLimitMs + 10000);
    over16.stop();
    over50.stop();
    app.stopMeasuring();
    app.setPageName({});
    if (app.listsEvents())
        std::fprintf(stderr, "%s: %s", qPrintable(name), qPrintable(app.paintBreakdown()));
    figures.seconds = double(run.elapsed()) / 1000;
    figures.longestStallMs = std::max(over16.longestStallMs(), over50.longestStallMs());
    figures.over16 = over16.stallsOverBudget();
    figures.over50 = over50.stallsOverBudget();
    figures.longestEventMs = app.longestEventMs();
    figures.nestedEvents = app.nestedEvents();
    figures.cause = app.cause();
    if (!finished.isEmpty()) {
        figures.succeeded = finished.at(0).at(0).toBool();
        figures.message = finished.at(0).at(1).toString();
    } else {
        figures.message = u"the autopilot never finished"_s;
    }
    figures.succeeded
        = figures.succeeded && context.session() && context.session()->currentStep() == Step::MigrationOver;
    return figures;
}

} // namespace

Figures runDryRun(TimedApplication &app, const QString &name)
{
    return runWizard(app, name, openBackend, {}, {});
}

Figures runAgainstSimulator(TimedApplication &app, const QString &name, bool journalOnGuiThread)
{
    sim::test::SimProcess simulator;
    if (!simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--time-scale"_s, u"600"_s})) {
        Figures failed;
        failed.name = name;
        failed.message = u"passerelle-sim did not start"_s;
        return failed;
    }
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    QNetworkAccessManager network;
    // Support's hours, skipped: the simulator jumps to its next event.
    const auto skip = [&] {
        QNetworkRequest request(simulator.skipUrl());
        request.setRawHeader("Authorization", sim::test::basicAuth(QString::fromLatin1(kKey)));
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    const QString address = simulator.url(QString()).toString();
    // Declared before the run: the wizard's backend (and its session) goes first.
    BenchJournal timed;
    Figures figures = runWizard(
        app, name,
        [&](const BackendOptions &options) -> Expected<std::unique_ptr<Backend>, BackendError> {
            BackendOptions here = options;
            here.journalPath = journal;
            auto opened = openBackend(here);
            if (opened)
                timeTheJournal(*opened.value(), journal, journalOnGuiThread, timed);
            return opened;
        },
        // Filled in at once: QTest's typing would run the event loop inside the measured event.
        [&](ui::ConnectionPage *page) {
            page->urlEdit()->setText(address);
            page->accountEdit()->setText(u"ops@acme.example"_s);
            page->keyEdit()->setText(QString::fromLatin1(kKey));
            page->connectButton()->click();
        },
        skip);
    figures.longestJournalCallMs = timed.timed ? timed.timed->longestCallMs() : -1;
    figures.longestJournalWriteMs = timed.timed ? timed.timed->longestWriteMs() : -1;
    return figures;
}

} // namespace passerelle::bench
