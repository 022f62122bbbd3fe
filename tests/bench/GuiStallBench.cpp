// The GUI thread's longest stall in whole runs of the wizard, measured without the tests' own
// instruments (no pictures, no debug log, no screen scans): a dry-run tour, and a run against the
// real passerelle-sim with the journal written on the GUI thread (the design before the journal's
// own thread, for comparison) and on its own thread (the product). Two measures: how late a 5 ms
// timer ran (the time the thread was away), and the longest single event with its receiver and
// type (the cause). Prints a table and keeps it in the file named by the first argument, which
// ./test.sh prints at the end.
#include "core/backend/Backend.h"
#include "core/journal/SqliteJournal.h"
#include "core/journal/ThreadedJournal.h"
#include "tests/e2e/StallMeter.h"
#include "tests/sim/SimProcess.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

const QByteArray kKey = QByteArrayLiteral("pk-stall-bench");
constexpr int kRunLimitMs = 170000;

// Times every event the GUI thread dispatches from its event loop (nested sends count in their
// outer event): the longest one, and what it was.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_measuring)
            return nested(receiver, event);
        // Read before: the event may delete its receiver (deleteLater).
        const char *receiverClass = receiver->metaObject()->className();
        const QEvent::Type type = event->type();
        QElapsedTimer timer;
        timer.start();
        const bool handled = nested(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        if (ns > m_longestNs) {
            m_longestNs = ns;
            m_cause = QString::fromLatin1(receiverClass) + u' '
                + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type));
        }
        return handled;
    }

    void startMeasuring()
    {
        m_longestNs = 0;
        m_cause.clear();
        m_measuring = true;
    }
    void stopMeasuring() { m_measuring = false; }
    double longestEventMs() const { return double(m_longestNs) / 1e6; }
    QString cause() const { return m_cause; }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }

    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestNs = 0;
    QString m_cause;
};

struct Figures
{
    QString name;
    bool succeeded = false;
    QString message;
    qint64 longestStallMs = 0;
    int over16 = 0;
    int over50 = 0;
    double longestEventMs = 0;
    QString cause;
    double seconds = 0;
};

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
    pilot.setTimeLimit(kRunLimitMs);
    if (connector)
        pilot.setConnector(connector);
    if (fastForward)
        pilot.setFastForward(fastForward);
    QSignalSpy finished(&pilot, &ui::Autopilot::finished);
    e2e::StallMeter over16(16);
    e2e::StallMeter over50(50);
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
    figures.seconds = double(run.elapsed()) / 1000;
    figures.longestStallMs = std::max(over16.longestStallMs(), over50.longestStallMs());
    figures.over16 = over16.stallsOverBudget();
    figures.over50 = over50.stallsOverBudget();
    figures.longestEventMs = app.longestEventMs();
    figures.cause = app.cause();
    if (!finished.isEmpty()) {
        figures.succeeded = finished.at(0).at(0).toBool();
        figures.message = finished.at(0).at(1).toString();
    } else {
        figures.message = u"the autopilot never finished"_s;
    }
    figures.succeeded = figures.succeeded && context.session()
        && context.session()->currentStep() == Step::MigrationOver;
    return figures;
}

// The journal as it was before it had its own thread: the same file, committed on this thread.
void journalOnThisThread(Backend &backend, const QString &path)
{
    backend.session.reset();
    backend.diskJournal.reset();
    auto journal = std::make_unique<SqliteJournal>(path);
    if (!journal->open())
        qFatal("cannot open the journal: %s", qPrintable(journal->lastError()));
    backend.memoryJournal = std::move(journal);
    backend.session = std::make_unique<MigrationSession>(backend.api.get(), backend.clock, backend.memoryJournal.get());
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
    return runWizard(
        app, name,
        [&](const BackendOptions &options) -> Expected<std::unique_ptr<Backend>, BackendError> {
            BackendOptions here = options;
            here.journalPath = journal;
            auto opened = openBackend(here);
            if (opened && journalOnGuiThread)
                journalOnThisThread(*opened.value(), journal);
            return opened;
        },
        [&](ui::ConnectionPage *page) {
            page->urlEdit()->setText(address);
            QTest::keyClicks(page->accountEdit(), u"ops@acme.example"_s);
            QTest::keyClicks(page->keyEdit(), QString::fromLatin1(kKey));
            QTest::mouseClick(page->connectButton(), Qt::LeftButton);
        },
        skip);
}

QString table(const QList<Figures> &runs)
{
    QString text = u"GUI thread stalls, whole wizard runs (tests/bench/GuiStallBench; no pictures, no debug log):\n"_s;
    text += u"%1 %2 %3 %4 %5  %6\n"_s.arg(u"run"_s, -62)
                .arg(u"longest"_s, 8)
                .arg(u">16 ms"_s, 7)
                .arg(u">50 ms"_s, 7)
                .arg(u"time"_s, 7)
                .arg(u"longest event (cause)"_s);
    for (const Figures &run : runs) {
        if (!run.succeeded) {
            text += u"%1 FAILED: %2\n"_s.arg(run.name, -62).arg(run.message);
            continue;
        }
        text += u"%1 %2 %3 %4 %5  %6\n"_s.arg(run.name, -62)
                    .arg(u"%1 ms"_s.arg(run.longestStallMs), 8)
                    .arg(run.over16, 7)
                    .arg(run.over50, 7)
                    .arg(u"%1 s"_s.arg(run.seconds, 0, 'f', 1), 7)
                    .arg(u"%1 ms %2"_s.arg(run.longestEventMs, 0, 'f', 1).arg(run.cause));
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    nameTheApplication();
    const QString output = app.arguments().value(1);
    QList<Figures> runs;
    runs << runWizard(app, u"dry-run, whole tour (journal in memory)"_s, openBackend, {}, {});
    runs << runAgainstSimulator(app, u"passerelle-sim, journal committed on the GUI thread (before)"_s, true);
    runs << runAgainstSimulator(app, u"passerelle-sim, journal on its own thread"_s, false);
    const QString text = table(runs);
    std::fputs(qPrintable(text), stdout);
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0)
            return 2;
    }
    for (const Figures &run : runs) {
        if (!run.succeeded)
            return 1;
    }
    return 0;
}
