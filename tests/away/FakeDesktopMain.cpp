// fake-desktop: the fake notification service and portal on the session bus
// (DBUS_SESSION_BUS_ADDRESS), one line per event on stdout; on SIGTERM or SIGINT a summary line
// "summary notifications=N inhibitions=M held=K" and exit 0.
#include "tests/away/FakeDesktop.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace passerelle::fakes;

namespace {

std::atomic_bool stopAsked = false;

void askToStop(int)
{
    stopAsked = true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeDesktop desktop(QDBusConnection::sessionBus());
    if (!desktop.registerServices()) {
        std::fprintf(stderr, "fake-desktop: cannot take the service names on the session bus\n");
        return 1;
    }
    QObject::connect(&desktop, &FakeDesktop::notified, [&desktop] {
        const FakeDesktop::Shown &shown = desktop.shown.constLast();
        std::printf("notify app=%s summary=%s\n", qPrintable(shown.appName), qPrintable(shown.summary));
        std::fflush(stdout);
    });
    int reported = 0;
    QObject::connect(&desktop, &FakeDesktop::inhibitionsChanged, [&desktop, &reported] {
        for (; reported < desktop.inhibitions.size(); ++reported) {
            std::printf("inhibit flags=%u reason=%s\n", desktop.inhibitions.at(reported).flags,
                        qPrintable(desktop.inhibitions.at(reported).reason));
        }
        std::printf("held=%d\n", desktop.heldCount());
        std::fflush(stdout);
    });
    std::signal(SIGTERM, askToStop);
    std::signal(SIGINT, askToStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [&] {
        if (!stopAsked)
            return;
        std::printf("summary notifications=%d inhibitions=%d held=%d\n", int(desktop.shown.size()),
                    int(desktop.inhibitions.size()), desktop.heldCount());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    stopCheck.start(100);
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
