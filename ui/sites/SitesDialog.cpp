#include "ui/sites/SitesDialog.h"

#include "core/model/Format.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"
#include "core/sites/ObservationText.h"
#include "ui/accounts/StatusIcons.h"
#include "ui/common/PlainText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace passerelle::ui {
namespace {

namespace shown = sites::observationtext;

SitesState stateOf(sites::SiteVerdict verdict)
{
    switch (verdict) {
    case sites::SiteVerdict::Same:
        return SitesState::Same;
    case sites::SiteVerdict::Changed:
        return SitesState::Changed;
    case sites::SiteVerdict::Broken:
        return SitesState::Broken;
    case sites::SiteVerdict::NotChecked:
        return SitesState::NotChecked;
    case sites::SiteVerdict::Baseline:
        break;
    }
    return SitesState::Reference;
}

// "before → after" of one field, or the value alone without a reference.
template<typename Field>
QString both(const sites::SiteCheckResult &result, Field field)
{
    return shown::beforeAfter(result.reference ? field(*result.reference) : QString(), field(result.observation));
}

} // namespace

SitesDialog::SitesDialog(MigrationSession &session, qint64 accountId, QWidget *parent)
    : QDialog(parent), m_session(session), m_accountId(accountId), m_icon(new QLabel(this)),
      m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)), m_changes(new QLabel(this)),
      m_checkAgain(new QPushButton(tr("Check &again"), this))
{
    const AccountRecord *account = session.snapshot().account(accountId);
    setWindowTitle(tr("Sites of %1").arg(account ? account->name : QString::number(accountId)));
    m_summary->setTextFormat(Qt::PlainText); // addresses, titles and names come from outside
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Result"), tr("HTTP status"), tr("Page title"),
                                        tr("Size"), tr("Certificate expires"), tr("Response time"),
                                        tr("What changed")});
    m_table->setAccessibleName(tr("Each address, before and after"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkAgain->setToolTip(tr("Check every address of this account now and compare with the reference."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkAgain, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_changes);
    layout->addWidget(buttons);
    resize(1100, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkAgain, &QPushButton::clicked, this, &SitesDialog::checkAgain);
    connect(&session.sites(), &SiteWatch::sitesChanged, this, [this](qint64 changed) {
        if (changed == m_accountId)
            refresh();
    });
    refresh();
}

void SitesDialog::checkAgain()
{
    if (const AccountRecord *account = m_session.snapshot().account(m_accountId))
        m_session.sites().check({*account}, SiteWatch::Mode::Compare);
}

void SitesDialog::refresh()
{
    const AccountSites &checks = m_session.sites().sitesOf(m_accountId);
    StatusIcons icons;
    m_icon->setPixmap(icons.icon(checks.state).pixmap(24, 24));
    const qsizetype broken = std::count_if(checks.results.cbegin(), checks.results.cend(), [](const auto &result) {
        return result.verdict == sites::SiteVerdict::Broken;
    });
    QString summary = sitesStateName(checks.state);
    if (!checks.results.isEmpty())
        summary = broken > 0
            ? tr("%1: %2 of %n address(es) broken.", nullptr, int(checks.results.size())).arg(summary).arg(broken)
            : tr("%1 (%n address(es)).", nullptr, int(checks.results.size())).arg(summary);
    if (checks.referenceMissing)
        summary += u' '
            + tr("No reference could be recorded before the migration: there is nothing to compare the answers "
                 "with.");
    if (!checks.results.isEmpty() && checks.results.constFirst().observation.checkedAt.isValid())
        summary += u' '
            + tr("Last checked: %1.").arg(format::dateTime(checks.results.constFirst().observation.checkedAt));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_checkAgain->setEnabled(m_session.sites().isEnabled() && checks.state != SitesState::Checking);

    QStringList changes;
    m_table->setRowCount(static_cast<int>(checks.results.size()));
    for (int row = 0; row < checks.results.size(); ++row) {
        const sites::SiteCheckResult &result = checks.results.at(row);
        const SitesState state = stateOf(result.verdict);
        const auto put = [this, row](int column, const QString &value) {
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(plainToolTip(value));
            m_table->setItem(row, column, item);
            return item;
        };
        put(Address, result.address);
        put(Result, sitesStateName(state))->setIcon(icons.icon(state));
        put(HttpStatus, both(result, shown::status));
        put(Title, both(result, shown::title));
        put(Size, both(result, shown::size));
        put(Certificate, both(result, shown::certificate));
        put(ResponseTime, both(result, shown::responseTime));
        put(WhatChanged, result.details);
        if (state == SitesState::Changed || state == SitesState::Broken)
            changes << tr("%1: %2").arg(result.address, result.details);
    }
    // Each column as wide as its heading and contents; the last one fills what is left, never
    // less (a scroll bar rather than "Ce qui a chang").
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    header->setStretchLastSection(header->length() < m_table->viewport()->width());
    m_changes->setText(changes.join(u'\n'));
    m_changes->setVisible(!changes.isEmpty());
}

} // namespace passerelle::ui
