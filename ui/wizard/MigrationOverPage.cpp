#include "ui/wizard/MigrationOverPage.h"

#include "core/model/Billing.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/report/MigrationReport.h"
#include "core/session/MigrationSession.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

QString exportText()
{
    return MigrationOverPage::tr("E&xport the report…");
}

} // namespace

MigrationOverPage::MigrationOverPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::MigrationOver, context, parent), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_export(new QPushButton(exportText(), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of the migration"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Downtime per move, estimated"),
                                        tr("To the transit server, observed"), tr("Back, observed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Downtime per account"));
    m_export->setToolTip(tr("The report (HTML, PDF) with every account, move and step of the migration."));
    content()->addWidget(m_summary);
    content()->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_export);
    row->addStretch(1);
    content()->addLayout(row);
    connect(m_export, &QPushButton::clicked, this, &MigrationOverPage::exportRequested);
}

void MigrationOverPage::showExport(bool writing, bool failed, const QString &message)
{
    m_export->setEnabled(!writing);
    m_export->setText(writing ? tr("Writing the PDF…") : exportText());
    errorLabel()->showMessage(failed ? MessageLabel::Kind::Error : MessageLabel::Kind::Info, message);
}

void MigrationOverPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const MigrationDetail &migration = snapshot.migration;
    // The accounts and their observed moves: the activity log and the site checks are the export's,
    // not this page's (read at every poll, they would grow with the migration's history).
    report::ReportInput input = report::currentState(*session());
    input.observed = session()->journal().observedOperations(session()->migrationId());
    const report::MigrationReport built = report::buildReport(input);
    qint64 observed = 0;
    int operations = 0;
    for (const report::MoveLine &move : built.moves) {
        if (move.observedSeconds >= 0) {
            observed += move.observedSeconds;
            ++operations;
        }
    }
    // Every account moved twice: to the transit server and back (docs/process.md, "Downtime").
    const downtime::Seconds estimated = 2 * downtime::forAccounts(snapshot.accounts);
    const QDateTime now = context()->clock()->now();
    QStringList lines;
    lines << tr("Accounts migrated: %1.").arg(snapshot.accounts.size());
    lines << tr("Downtime, estimated: %1 in total (each account moved twice).").arg(format::duration(estimated));
    lines << (operations > 0 ? tr("Downtime, observed by Passerelle: %1 over %2 moves.")
                                   .arg(format::duration(std::chrono::seconds(observed)))
                                   .arg(operations)
                             : tr("Downtime, observed: no move was watched from start to end by Passerelle."));
    lines << tr("Transit server cost beyond the free period: %1.")
                 .arg(format::money(billing::transitCost(migration, session()->facts(), now)));
    lines << tr("Transit server ready: %1. Reinstall started: %2. Reinstalled: %3.")
                 .arg(format::dateTime(migration.transit.readyAt),
                      format::dateTime(migration.clientServer.reinstallStartedAt),
                      format::dateTime(migration.clientServer.reinstalledAt));
    m_summary->setText(lines.join(u'\n'));

    const auto seconds = [](qint64 value) {
        return value < 0 ? tr("not observed") : format::duration(std::chrono::seconds(value));
    };
    m_table->setRowCount(int(built.accounts.size()));
    for (int row = 0; row < built.accounts.size(); ++row) {
        const report::AccountLine &line = built.accounts.at(row);
        const QStringList cells = {line.name, format::duration(std::chrono::seconds(line.estimatedSeconds)),
                                   seconds(line.observedToTransitSeconds), seconds(line.observedBackSeconds)};
        for (int column = 0; column < cells.size(); ++column) {
            // A poll changes few cells: the others keep their item, and their size in the columns.
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setText(cells.at(column));
            else
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

QString MigrationOverPage::summaryText() const
{
    return m_summary->text();
}

} // namespace passerelle::ui
