#include "tests/ui/UiFixtures.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/diagram/ServerDiagram.h"
#include <QApplication>
using namespace passerelle; using namespace passerelle::testing; using namespace passerelle::ui;
static void shot(QWidget &w, const char *name, QSize size) { w.resize(size); w.show(); QApplication::processEvents(); w.grab().save(QStringLiteral("/tmp/uipng/%1.png").arg(QLatin1String(name))); }
int main(int argc, char **argv) {
    QApplication app(argc, argv);
    MigrationSnapshot s1 = makeSnapshot(4);
    s1.accounts[0].name = QStringLiteral("shop.example.com");
    { ServerDiagram d; d.setSnapshot(s1); shot(d, "d1", {1116, 256}); }
    MigrationSnapshot s4 = transitReady(s1); moveToTransit(s4.accounts[0]); s4.accounts[1].status = AccountStatus::Migrating;
    { ServerDiagram d; d.setSnapshot(s4); shot(d, "d4", {1116, 256}); }
    MigrationSnapshot s7 = transitReady(s1); for (auto &a : s7.accounts) moveToTransit(a);
    s7.migration.clientServer.status = ClientServerStatus::Reinstalled; s7.accounts[0].location = Location::Client; s7.accounts[1].status = AccountStatus::MovingBack;
    { ServerDiagram d; d.setSnapshot(s7); shot(d, "d7", {1116, 256}); }
    MigrationSnapshot s200 = transitReady(makeSnapshot(200)); for (int i = 0; i < 80; ++i) moveToTransit(s200.accounts[i]);
    { ServerDiagram d; d.setSnapshot(s200); shot(d, "d200", {900, 300}); }
    { ServerDiagram d; d.setSnapshot(s200); shot(d, "d200small", {500, 220}); }
    { AccountsPanel p; p.setSnapshot(s4, LocalFacts()); shot(p, "accounts", {1000, 260}); }
    ManualClock clock(at("2026-12-17T11:00:00Z"));
    { CountdownPanel c(&clock); c.setSnapshot(s4, LocalFacts()); shot(c, "countdown", {700, 120}); }
    return 0;
}
