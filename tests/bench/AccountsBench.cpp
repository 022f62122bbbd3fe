#include "tests/ui/UiFixtures.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"

#include <QApplication>
#include <benchmark/benchmark.h>

#include <memory>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

constexpr int kAccounts = 10000;
constexpr int kChanged = kAccounts / 100;

// Step 4: the transit server is ready, so every row asks the migrate rule too.
MigrationSnapshot bigSnapshot()
{
    return transitReady(makeSnapshot(kAccounts));
}

// The same snapshot with 1% of the accounts (spread over the list) in another status.
MigrationSnapshot withOnePercentChanged(MigrationSnapshot snapshot)
{
    for (int i = 0; i < kChanged; ++i)
        snapshot.accounts[i * 100 + 37].status = AccountStatus::Tested;
    return snapshot;
}

struct Stack
{
    AccountsTableModel model;
    AccountsFilterProxy proxy;
    AccountsView view;

    Stack()
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.sortByColumn(AccountsTableModel::Name, Qt::AscendingOrder);
        view.resize(1000, 600);
        view.show();
    }
};

void InitialLoad(benchmark::State &state)
{
    const MigrationSnapshot snapshot = bigSnapshot();
    const LocalFacts facts;
    for (auto _ : state) {
        state.PauseTiming();
        auto stack = std::make_unique<Stack>();
        QApplication::processEvents();
        state.ResumeTiming();
        stack->model.setSnapshot(snapshot, facts, {});
        QApplication::processEvents(); // the view lays out and paints what the model gave it
        state.PauseTiming();
        if (stack->proxy.rowCount() != kAccounts)
            state.SkipWithError("not every account reached the view");
        stack.reset();
        state.ResumeTiming();
    }
    state.counters["accounts"] = kAccounts;
}

void StatusRefreshOnePercent(benchmark::State &state)
{
    const LocalFacts facts;
    const MigrationSnapshot before = bigSnapshot();
    const MigrationSnapshot after = withOnePercentChanged(before);
    Stack stack;
    stack.model.setSnapshot(before, facts, {});
    QApplication::processEvents();

    qint64 signalledRows = 0;
    qint64 resets = 0;
    QObject::connect(&stack.model, &QAbstractItemModel::dataChanged,
                     [&signalledRows](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         signalledRows += bottomRight.row() - topLeft.row() + 1;
                     });
    QObject::connect(&stack.model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    bool forth = true;
    qint64 refreshes = 0;
    for (auto _ : state) {
        stack.model.setSnapshot(forth ? after : before, facts, {});
        QApplication::processEvents();
        forth = !forth;
        ++refreshes;
    }
    const double perRefresh = refreshes ? double(signalledRows) / double(refreshes) : 0;
    // Only the changed rows may be signalled: exactly 1% of them, and never a reset.
    if (perRefresh != kChanged || resets != 0)
        state.SkipWithError("the refresh signalled rows that did not change");
    state.counters["accounts"] = kAccounts;
    state.counters["changed_rows"] = kChanged;
    state.counters["signalled_rows_per_refresh"] = perRefresh;
    state.counters["resets"] = double(resets);
}

BENCHMARK(InitialLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(StatusRefreshOnePercent)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
