// The GUI thread's longest stall in whole runs of the wizard, measured without the tests' own
// instruments (no pictures, no debug log, no screen scans): a dry-run tour, and a run against the
// real passerelle-sim with the journal written on the GUI thread (the design before the journal's
// own thread, for comparison) and on its own thread (the product). Two measures: how late a 5 ms
// timer ran (the time the thread was away), and the longest single event with its receiver and
// type (the cause). Prints a table and keeps it in the file named by the first argument, which
// ./test.sh prints at the end. PASSERELLE_STALL_EVENTS=1 also lists every event over a frame.
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
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
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
        // notify() runs on every thread that dispatches events (the journal's, the network's).
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0 || !m_measuring) {
            // Sent events (a click's signals, a resize) are part of their outer event's work.
            if (m_measuring && m_depth > 0 && event->type() == QEvent::Timer)
                ++m_nestedEvents;
            return nested(receiver, event);
        }
        // Read before: the event may delete its receiver (deleteLater).
        const char *receiverClass = receiver->metaObject()->className();
        const QEvent::Type type = event->type();
        QPointer<QObject> alive(receiver);
        QElapsedTimer timer;
        timer.start();
        const bool handled = nested(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        if (m_listEvents && ns > kFrameNs)
            listEvent(ns, alive, receiverClass, type);
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
        m_nestedEvents = 0;
        m_cause.clear();
        m_measuring = true;
    }
    void stopMeasuring() { m_measuring = false; }
    // Which page is on screen, for the list of long events.
    void setPageName(std::function<QString()> page) { m_page = std::move(page); }
    double longestEventMs() const { return double(m_longestNs) / 1e6; }
    // Events dispatched inside another event (a nested event loop, or QTest's typing): the outer
    // event's time then holds theirs too.
    int nestedEvents() const { return m_nestedEvents; }
    QString cause() const { return m_cause; }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }

    // Each event over a frame on standard error, with its receiver's parents and the page on
    // screen: what to look at first.
    void listEvent(qint64 ns, const QPointer<QObject> &receiver, const char *receiverClass, QEvent::Type type) const
    {
        QString chain = QString::fromLatin1(receiverClass);
        for (QObject *parent = receiver ? receiver->parent() : nullptr; parent; parent = parent->parent())
            chain += u" < "_s + QString::fromLatin1(parent->metaObject()->className());
        std::fprintf(stderr, "event over a frame: %.1f ms %s to %s, page %s\n", double(ns) / 1e6,
                     QMetaEnum::fromType<QEvent::Type>().valueToKey(type), qPrintable(chain),
                     qPrintable(m_page ? m_page() : QString()));
    }

    static constexpr qint64 kFrameNs = 16'000'000;
    const bool m_listEvents = qEnvironmentVariableIsSet("PASSERELLE_STALL_EVENTS");
    int m_depth = 0;
    bool m_measuring = false;
    qint64 m_longestNs = 0;
    int m_nestedEvents = 0;
    QString m_cause;
    std::function<QString()> m_page;
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
    int nestedEvents = 0;
    QString cause;
    double longestJournalCallMs = -1; // -1: no journal on disk
    double longestJournalWriteMs = -1;
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
    app.setPageName([&wizard] { return QString::number(wizard.currentId()); });
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
    app.setPageName({});
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

// Times every call the GUI thread makes into the journal: the part of its stalls the journal causes.
class TimedJournal final : public JournalStore
{
public:
    explicit TimedJournal(JournalStore &inner) : m_inner(inner) { }
    double longestCallMs() const { return double(std::max(m_longestNs, m_longestWriteNs)) / 1e6; }
    // Writes and intents only: what a click or a poll costs the GUI thread.
    double longestWriteMs() const { return double(m_longestWriteNs) / 1e6; }

    // Declared first: the calls below deduce their result from it.
    template<typename Call> auto timed(Call call)
    {
        QElapsedTimer timer;
        timer.start();
        auto result = call();
        note(timer.nsecsElapsed());
        return result;
    }
    void note(qint64 ns) { m_longestNs = std::max(m_longestNs, ns); }
    template<typename Call> bool timedWrite(Call call)
    {
        QElapsedTimer timer;
        timer.start();
        const bool result = call();
        noteWrite(timer.nsecsElapsed());
        return result;
    }
    void noteWrite(qint64 ns) { m_longestWriteNs = std::max(m_longestWriteNs, ns); }

    LocalFacts loadFacts(qint64 m) override
    {
        return timed([&] { return m_inner.loadFacts(m); });
    }
    bool saveFacts(qint64 m, const LocalFacts &f) override
    {
        return timedWrite([&] { return m_inner.saveFacts(m, f); });
    }
    void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) override
    {
        // Only the commit is timed, not what `then` sends when the store calls it at once.
        QElapsedTimer timer;
        timer.start();
        qint64 beforeThen = -1;
        m_inner.commitIntent(intent, context, [&beforeThen, &timer, then](const Expected<ActionIntent, QString> &c) {
            if (beforeThen < 0)
                beforeThen = timer.nsecsElapsed();
            then(c);
        });
        noteWrite(beforeThen >= 0 ? beforeThen : timer.nsecsElapsed());
    }
    bool recordOutcome(qint64 id, IntentOutcome o, const QString &d, const QDateTime &at) override
    {
        return timedWrite([&] { return m_inner.recordOutcome(id, o, d, at); });
    }
    QList<ActionIntent> intentsInDoubt(qint64 m) override
    {
        return timed([&] { return m_inner.intentsInDoubt(m); });
    }
    bool logActivity(qint64 m, const ActivityEntry &e) override
    {
        return timedWrite([&] { return m_inner.logActivity(m, e); });
    }
    QList<ActivityEntry> activity(qint64 m, int limit) override
    {
        return timed([&] { return m_inner.activity(m, limit); });
    }
    bool recordObservedOperation(qint64 m, const ObservedOperation &o) override
    {
        return timedWrite([&] { return m_inner.recordObservedOperation(m, o); });
    }
    QList<ObservedOperation> observedOperations(qint64 m) override
    {
        return timed([&] { return m_inner.observedOperations(m); });
    }
    bool saveSiteBaseline(qint64 m, const SiteBaselineRecord &b) override
    {
        return timedWrite([&] { return m_inner.saveSiteBaseline(m, b); });
    }
    QList<SiteBaselineRecord> siteBaselines(qint64 m) override
    {
        return timed([&] { return m_inner.siteBaselines(m); });
    }
    bool saveSiteCheck(qint64 m, const SiteCheckRecord &c) override
    {
        return timed([&] { return m_inner.saveSiteCheck(m, c); });
    }
    QList<SiteCheckRecord> siteChecks(qint64 m) override { return timed([&] { return m_inner.siteChecks(m); }); }
    bool saveScheduledQueue(qint64 m, const ScheduledQueue &q) override
    {
        return timed([&] { return m_inner.saveScheduledQueue(m, q); });
    }
    bool clearScheduledQueue(qint64 m) override { return timed([&] { return m_inner.clearScheduledQueue(m); }); }
    std::optional<ScheduledQueue> scheduledQueue(qint64 m) override
    {
        return timed([&] { return m_inner.scheduledQueue(m); });
    }
    bool recordReminderGiven(qint64 m, const QString &r, const QDateTime &at) override
    {
        return timed([&] { return m_inner.recordReminderGiven(m, r, at); });
    }
    QStringList remindersGiven(qint64 m) override { return timed([&] { return m_inner.remindersGiven(m); }); }
    QString lastError() const override { return m_inner.lastError(); }

private:
    JournalStore &m_inner;
    qint64 m_longestNs = 0;
    qint64 m_longestWriteNs = 0;
};

// The journal on disk as the bench runs it: before, the same file committed on the GUI thread
// (the design before the journal had its own thread); now, the product's. Both timed.
struct BenchJournal
{
    std::unique_ptr<JournalStore> sqliteHere; // before only
    std::unique_ptr<TimedJournal> timed;
};

void timeTheJournal(Backend &backend, const QString &path, bool onGuiThread, BenchJournal &journal)
{
    backend.session.reset();
    JournalStore *store = backend.diskJournal.get();
    if (onGuiThread) {
        backend.diskJournal.reset();
        auto sqlite = std::make_unique<SqliteJournal>(path);
        if (!sqlite->open())
            qFatal("cannot open the journal: %s", qPrintable(sqlite->lastError()));
        store = sqlite.get();
        journal.sqliteHere = std::move(sqlite);
    }
    journal.timed = std::make_unique<TimedJournal>(*store);
    backend.session = std::make_unique<MigrationSession>(backend.api.get(), backend.clock, journal.timed.get());
    if (backend.diskJournal) {
        QObject::connect(backend.diskJournal.get(), &ThreadedJournal::writeFailed, backend.session.get(),
                         &MigrationSession::journalError);
    }
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

QString table(const QList<Figures> &runs)
{
    QString text = u"GUI thread stalls, whole wizard runs (tests/bench/GuiStallBench; no pictures, no debug log):\n"_s;
    text += u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(u"run"_s, -62)
                .arg(u"write"_s, 8)
                .arg(u"journal"_s, 8)
                .arg(u"stall"_s, 8)
                .arg(u">16 ms"_s, 7)
                .arg(u">50 ms"_s, 7)
                .arg(u"time"_s, 7)
                .arg(u"longest event (cause)"_s);
    for (const Figures &run : runs) {
        if (!run.succeeded) {
            text += u"%1 FAILED: %2\n"_s.arg(run.name, -62).arg(run.message);
            continue;
        }
        const QString event = run.nestedEvents > 0
            ? u"%1 ms %2 (%3 timers ran in nested loops)"_s.arg(run.longestEventMs, 0, 'f', 1)
                  .arg(run.cause)
                  .arg(run.nestedEvents)
            : u"%1 ms %2"_s.arg(run.longestEventMs, 0, 'f', 1).arg(run.cause);
        const auto ms = [](double value) { return value < 0 ? u"-"_s : u"%1 ms"_s.arg(value, 0, 'f', 1); };
        text += u"%1 %2 %3 %4 %5 %6 %7  %8\n"_s.arg(run.name, -62)
                    .arg(ms(run.longestJournalWriteMs), 8)
                    .arg(ms(run.longestJournalCallMs), 8)
                    .arg(u"%1 ms"_s.arg(run.longestStallMs), 8)
                    .arg(run.over16, 7)
                    .arg(run.over50, 7)
                    .arg(u"%1 s"_s.arg(run.seconds, 0, 'f', 1), 7)
                    .arg(event);
    }
    text += u"write: the longest write or intent the GUI thread handed to the journal on disk; journal: the "
            "longest call of any kind (the reads at start included); "
            "stall: the longest lateness of a 5 ms timer (the time the GUI thread was away); >16 ms, >50 ms: how "
            "many stalls went past a frame, past 50 ms; longest event: the slowest event the loop dispatched.\n"_s;
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
