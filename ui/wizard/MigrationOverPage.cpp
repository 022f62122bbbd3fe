#include "ui/wizard/MigrationOverPage.h"

#include "core/model/Billing.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/session/MigrationSession.h"
#include "ui/wizard/WizardContext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

MigrationOverPage::MigrationOverPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::MigrationOver, context, parent), m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of the migration"));
    content()->addWidget(m_summary);
    content()->addStretch();
}

void MigrationOverPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const MigrationDetail &migration = snapshot.migration;
    qint64 observed = 0;
    int operations = 0;
    for (const ObservedOperation &op : session()->journal().observedOperations(session()->migrationId())) {
        if (op.startedAt.isValid() && op.endedAt.isValid() && op.action != AccountAction::Test) {
            observed += op.startedAt.secsTo(op.endedAt);
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
}

QString MigrationOverPage::summaryText() const
{
    return m_summary->text();
}

} // namespace passerelle::ui
