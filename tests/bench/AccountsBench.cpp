// The 10,000-account figures of the wizard, each beside a baseline measured in the same run:
// the accounts panel (model, proxy, view) against the same rows in a plain QStandardItemModel,
// the server diagram against an empty widget's paint, the account list's JSON parse and mapping
// against a bare QJsonDocument::fromJson of the same bytes.
#include "core/api/ApiContract.h"
#include "core/model/RuleText.h"
#include "tests/bench/RatioTable.h"
#include "tests/ui/UiFixtures.h"
#include "ui/accounts/AccountsFilterProxy.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/diagram/ServerDiagram.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

#include <cstdio>
#include <memory>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

constexpr int kAccounts = 10000;
constexpr int kChanged = kAccounts / 100;
const QString kFilter = QStringLiteral("site-12"); // 111 of the 10,000 names

// Step 4: the transit server is ready, so every row asks the migrate rule too.
MigrationSnapshot bigSnapshot()
{
    return transitReady(makeSnapshot(kAccounts));
}

int changedRow(int i)
{
    return i * 100 + 37; // spread over the list
}

// The same snapshot with 1% of the accounts in another status.
MigrationSnapshot withOnePercentChanged(MigrationSnapshot snapshot)
{
    for (int i = 0; i < kChanged; ++i)
        snapshot.accounts[changedRow(i)].status = AccountStatus::Tested;
    return snapshot;
}

// What the wizard shows: the accounts panel in a window of the wizard's size.
struct Panel
{
    AccountsPanel panel;

    Panel()
    {
        panel.resize(1000, 600);
        panel.show();
        QApplication::processEvents();
    }
};

// The baseline: the same rows as display texts in a QStandardItemModel, sorted through a plain
// QSortFilterProxyModel into a plain QTableView.
struct PlainTable
{
    QStandardItemModel model;
    QSortFilterProxyModel proxy;
    QTableView view;

    PlainTable()
    {
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::AscendingOrder);
        view.resize(1000, 600);
        view.show();
        QApplication::processEvents();
    }

    void fill(const QList<QStringList> &rows)
    {
        for (const QStringList &row : rows) {
            QList<QStandardItem *> items;
            for (const QString &text : row)
                items << new QStandardItem(text);
            model.appendRow(items);
        }
    }
};

// The display texts of the big snapshot, row by row, for the baseline.
const QList<QStringList> &texts()
{
    static const QList<QStringList> rows = [] {
        AccountsTableModel model;
        model.setSnapshot(bigSnapshot(), {}, {});
        QList<QStringList> texts;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList columns;
            for (int column = 0; column < AccountsTableModel::ColumnCount; ++column)
                columns << model.index(row, column).data().toString();
            texts << columns;
        }
        return texts;
    }();
    return rows;
}

void InitialLoad(benchmark::State &state)
{
    const MigrationSnapshot snapshot = bigSnapshot();
    for (auto _ : state) {
        state.PauseTiming();
        auto panel = std::make_unique<Panel>();
        int inserts = 0;
        QObject::connect(panel->panel.model(), &QAbstractItemModel::rowsInserted, [&inserts] { ++inserts; });
        state.ResumeTiming();
        panel->panel.setSnapshot(snapshot, {}, {});
        QApplication::processEvents(); // the view lays out and paints what the model gave it
        state.PauseTiming();
        if (panel->panel.proxy()->rowCount() != kAccounts)
            state.SkipWithError("not every account reached the view");
        if (inserts != 1)
            state.SkipWithError("the rows were not announced in one insert");
        panel.reset();
        state.ResumeTiming();
    }
}

void InitialLoad_baseline(benchmark::State &state)
{
    const QList<QStringList> &source = texts();
    for (auto _ : state) {
        state.PauseTiming();
        auto table = std::make_unique<PlainTable>();
        state.ResumeTiming();
        table->fill(source);
        QApplication::processEvents();
        state.PauseTiming();
        table.reset();
        state.ResumeTiming();
    }
}

void StatusRefreshOnePercent(benchmark::State &state)
{
    const MigrationSnapshot before = bigSnapshot();
    const MigrationSnapshot after = withOnePercentChanged(before);
    Panel panel;
    AccountsTableModel &model = *panel.panel.model();
    panel.panel.setSnapshot(before, {}, {});
    QApplication::processEvents();

    qint64 signalledRows = 0;
    qint64 resets = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&signalledRows](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         signalledRows += bottomRight.row() - topLeft.row() + 1;
                     });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    bool forth = true;
    qint64 refreshes = 0;
    for (auto _ : state) {
        panel.panel.setSnapshot(forth ? after : before, {}, {});
        QApplication::processEvents();
        forth = !forth;
        ++refreshes;
    }
    const double perRefresh = refreshes ? double(signalledRows) / double(refreshes) : 0;
    // Only the changed rows may be signalled: exactly 1% of them, and never a reset.
    if (perRefresh != kChanged || resets != 0)
        state.SkipWithError("the refresh signalled rows that did not change");
    state.counters["changed_rows"] = kChanged;
    state.counters["signalled_rows"] = perRefresh;
}

void StatusRefreshOnePercent_baseline(benchmark::State &state)
{
    PlainTable table;
    table.fill(texts());
    QApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        for (int i = 0; i < kChanged; ++i)
            table.model.item(changedRow(i), AccountsTableModel::Status)
                ->setText(text::statusName(forth ? AccountStatus::Tested : AccountStatus::Idle));
        QApplication::processEvents();
        forth = !forth;
    }
}

// Sorting by status, then by name again, as a click on each header would.
void SortByColumn(benchmark::State &state)
{
    Panel panel;
    panel.panel.setSnapshot(bigSnapshot(), {}, {});
    QApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        panel.panel.view()->sortByColumn(forth ? AccountsTableModel::Status : AccountsTableModel::Name,
                                         Qt::AscendingOrder);
        QApplication::processEvents();
        forth = !forth;
    }
}

void SortByColumn_baseline(benchmark::State &state)
{
    PlainTable table;
    table.fill(texts());
    QApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        table.view.sortByColumn(forth ? AccountsTableModel::Status : AccountsTableModel::Name, Qt::AscendingOrder);
        QApplication::processEvents();
        forth = !forth;
    }
}

// Typing a filter, then clearing it.
void Filter(benchmark::State &state)
{
    Panel panel;
    panel.panel.setSnapshot(bigSnapshot(), {}, {});
    QApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        panel.panel.proxy()->setFilterText(forth ? kFilter : QString());
        QApplication::processEvents();
        forth = !forth;
    }
    panel.panel.proxy()->setFilterText(kFilter);
    state.counters["rows_shown"] = panel.panel.proxy()->rowCount();
}

void Filter_baseline(benchmark::State &state)
{
    PlainTable table;
    table.fill(texts());
    QApplication::processEvents();
    bool forth = true;
    for (auto _ : state) {
        table.proxy.setFilterFixedString(forth ? kFilter : QString());
        QApplication::processEvents();
        forth = !forth;
    }
}

// Half the accounts on each server: both boxes hold 5,000.
void DiagramPaint(benchmark::State &state)
{
    MigrationSnapshot snapshot = bigSnapshot();
    for (int i = 0; i < kAccounts; i += 2)
        moveToTransit(snapshot.accounts[i]);
    ServerDiagram diagram;
    diagram.resize(900, 300);
    diagram.setSnapshot(snapshot);
    QImage image(diagram.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        diagram.render(&image);
}

void DiagramPaint_baseline(benchmark::State &state)
{
    QWidget empty;
    empty.resize(900, 300);
    QImage image(empty.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        empty.render(&image);
}

QByteArray accountListJson()
{
    QJsonArray array;
    for (const AccountRecord &account : bigSnapshot().accounts)
        array.append(contract::toJson(account));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void JsonParseAndMap(benchmark::State &state)
{
    const QByteArray body = accountListJson();
    for (auto _ : state) {
        const auto accounts = contract::parseMigrationAccounts(body);
        if (!accounts || accounts.value().size() != kAccounts)
            state.SkipWithError("the list did not parse");
        benchmark::DoNotOptimize(accounts);
    }
    state.counters["bytes"] = double(body.size());
}

void JsonParseAndMap_baseline(benchmark::State &state)
{
    const QByteArray body = accountListJson();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        benchmark::DoNotOptimize(document);
    }
}

BENCHMARK(InitialLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(InitialLoad_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(StatusRefreshOnePercent)->Unit(benchmark::kMillisecond);
BENCHMARK(StatusRefreshOnePercent_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(SortByColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(SortByColumn_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(Filter)->Unit(benchmark::kMillisecond);
BENCHMARK(Filter_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(DiagramPaint)->Unit(benchmark::kMillisecond);
BENCHMARK(DiagramPaint_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(JsonParseAndMap)->Unit(benchmark::kMillisecond);
BENCHMARK(JsonParseAndMap_baseline)->Unit(benchmark::kMillisecond);

// Our own option, taken out before Google Benchmark reads the others: where to write the table.
QString takeTableOption(int &argc, char **argv)
{
    const QByteArray prefix = "--table=";
    QString path;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument.startsWith(prefix))
            path = QString::fromLocal8Bit(argument.mid(prefix.size()));
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString tablePath = takeTableOption(argc, argv);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::RatioTableReporter reporter({{QStringLiteral("InitialLoad"), 8},
                                        {QStringLiteral("StatusRefreshOnePercent"), 2},
                                        {QStringLiteral("SortByColumn"), 16},
                                        {QStringLiteral("Filter"), 16},
                                        {QStringLiteral("DiagramPaint"), 8},
                                        {QStringLiteral("JsonParseAndMap"), 20}});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const QString table = reporter.table(QStringLiteral("The wizard with 10,000 accounts (per operation):"));
    std::fputs(qPrintable(table), stdout);
    if (!tablePath.isEmpty()) {
        QFile out(tablePath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }
    return 0;
}
