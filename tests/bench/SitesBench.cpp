// Site checks against a local web server (issue: site checks, "measure"): how many addresses a
// second with the product's 4 connections, over http and over https, and the memory that takes,
// also when every page runs past the 2 MiB cap. The server runs in its own thread.
#include "core/sites/NetworkSiteProber.h"
#include "tests/sites/WebServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <benchmark/benchmark.h>

#include <future>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::sites;
using namespace passerelle::sites::test;

namespace {

constexpr int kAddresses = 200;

// Peak resident memory of this process so far, in MiB (Linux), 0 elsewhere.
double peakRssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

class ServerThread final : public QThread
{
public:
    explicit ServerThread(bool overCap) : m_overCap(overCap) { }
    std::future<std::pair<quint16, quint16>> ports() { return m_ports.get_future(); }

protected:
    void run() override
    {
        WebServer server;
        const WebAnswer page = WebAnswer::page("Bench", QByteArray(10 * 1024, 'p'));
        for (int i = 0; i < kAddresses; ++i) {
            server.setSite("s" + QByteArray::number(i) + ".sites.test", [this, page](const WebRequest &) {
                if (!m_overCap)
                    return page;
                WebAnswer endless;
                endless.delivery = WebAnswer::Delivery::Endless;
                endless.streamBytes = 8 * 1024 * 1024;
                return endless;
            });
        }
        server.listen();
        m_ports.set_value({server.httpPort(), server.httpsPort()});
        exec();
    }

private:
    bool m_overCap;
    std::promise<std::pair<quint16, quint16>> m_ports;
};

// state.range(0): 0 http, 1 https; state.range(1): 1 when every body runs past the cap.
void CheckAddresses(benchmark::State &state)
{
    const bool https = state.range(0) == 1;
    ServerThread thread(state.range(1) == 1);
    auto ports = thread.ports();
    thread.start();
    const auto [httpPort, httpsPort] = ports.get();
    ProbeSettings settings;
    settings.tls = WebServer::trustingTestCa();
    settings.connectTo
        = {*ConnectTo::parse(u":443:127.0.0.1:%1"_s.arg(https ? httpsPort : WebServer::closedPort())),
           *ConnectTo::parse(u":80:127.0.0.1:%1"_s.arg(httpPort))};
    const double rssBefore = peakRssMiB();
    qint64 checks = 0;
    int failures = 0;
    for (auto _ : state) {
        NetworkSiteProber prober(settings);
        std::vector<std::unique_ptr<SiteProbeJob>> jobs;
        int done = 0;
        QEventLoop loop;
        for (int i = 0; i < kAddresses; ++i) {
            jobs.emplace_back(prober.probe(u"s%1.sites.test"_s.arg(i)));
            QObject::connect(jobs.back().get(), &ApiJob::finished, &loop, [&] {
                if (++done == kAddresses)
                    loop.quit();
            });
        }
        loop.exec();
        for (const auto &job : jobs)
            failures += job->value().failure == SiteObservation::Failure::None ? 0 : 1;
        checks += kAddresses;
    }
    thread.quit();
    thread.wait();
    if (failures > 0)
        state.SkipWithError("some checks failed");
    state.counters["checks/s"] = benchmark::Counter(double(checks), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MiB"] = peakRssMiB();
    state.counters["rss_growth_MiB"] = peakRssMiB() - rssBefore;
}

} // namespace

BENCHMARK(CheckAddresses)
    ->ArgNames({"https", "over_cap"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
