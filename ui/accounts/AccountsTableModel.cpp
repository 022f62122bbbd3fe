// The accounts table's rows, refreshed from each snapshot by diffing on the account id.
#include "ui/accounts/AccountsTableModel.h"

#include "core/model/QueueText.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

// Calls `signal(first, last)` once per run of consecutive rows in the sorted list.
template<typename F> void forEachRun(const QList<int> &sortedRows, F signal)
{
    for (qsizetype i = 0; i < sortedRows.size();) {
        qsizetype j = i;
        while (j + 1 < sortedRows.size() && sortedRows[j + 1] == sortedRows[j] + 1)
            ++j;
        signal(sortedRows[i], sortedRows[j]);
        i = j + 1;
    }
}

} // namespace

AccountsTableModel::AccountsTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountsTableModel::setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts,
                                     const QSet<qint64> &inFlight)
{
    VerdictCalculator calculator(snapshot, facts, inFlight);
    const bool sameRules = m_calculator && *m_calculator == calculator;
    // The very list of the last refresh, under the same rules: nothing to look at.
    if (sameRules && snapshot.accounts.isSharedWith(m_accounts))
        return;
    m_accounts = snapshot.accounts;
    m_calculator = std::move(calculator);
    if (!sameRules)
        m_verdicts.clear();
    ++m_generation;
    if (m_rows.isEmpty()) {
        loadAll(snapshot.accounts);
        return;
    }
    QList<int> changed;
    QList<Row> added;
    QSet<qint64> addedIds;
    for (const AccountRecord &account : snapshot.accounts) {
        const int at = m_rowById.value(account.id, -1);
        if (at < 0) {
            if (!addedIds.contains(account.id)) { // a duplicate id would make two rows for one account
                addedIds.insert(account.id);
                added.append(rowFor(account));
            }
            continue;
        }
        Row &row = m_rows[at];
        if (row.seen == m_generation)
            continue; // a duplicate id
        row.seen = m_generation;
        if (row.account == account)
            continue;
        row = rowFor(account);
        m_verdicts.remove(account.id);
        changed.append(at);
    }
    std::sort(changed.begin(), changed.end());
    forEachRun(changed,
               [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1)); });
    // New rules may change any row's buttons: one signal, and the verdicts of the rows on screen
    // are computed again when drawn.
    if (!sameRules && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Actions), index(static_cast<int>(m_rows.size()) - 1, Actions));
    removeUnseen();
    appendNew(std::move(added));
}

void AccountsTableModel::setSitesState(qint64 accountId, SitesState state)
{
    if (m_sites.value(accountId, SitesState::NotChecked) == state)
        return;
    m_sites.insert(accountId, state);
    if (const int row = m_rowById.value(accountId, -1); row >= 0)
        Q_EMIT dataChanged(index(row, Sites), index(row, Sites));
}

AccountsTableModel::Row AccountsTableModel::rowFor(const AccountRecord &account) const
{
    return Row {account, account.name.toCaseFolded(), downtime::forAccount(account), m_generation};
}

ActionVerdicts AccountsTableModel::verdictsOf(const Row &row) const
{
    auto it = m_verdicts.find(row.account.id);
    if (it == m_verdicts.end())
        it = m_verdicts.insert(row.account.id, m_calculator->verdictsFor(row.account));
    return *it;
}

void AccountsTableModel::loadAll(const AccountList &accounts)
{
    // The first list of all: every row built in place, once, and announced in one signal (no
    // intermediate list copied and grown row by row).
    QList<Row> rows;
    rows.reserve(accounts.size());
    m_rowById.reserve(accounts.size());
    for (const AccountRecord &account : accounts) {
        if (m_rowById.contains(account.id))
            continue; // a duplicate id would make two rows for one account
        m_rowById.insert(account.id, static_cast<int>(rows.size()));
        rows.append(rowFor(account));
    }
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, static_cast<int>(rows.size()) - 1);
    m_rows = std::move(rows);
    endInsertRows();
}

void AccountsTableModel::removeUnseen()
{
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].seen != m_generation) {
            gone.append(row);
            m_verdicts.remove(m_rows[row].account.id);
        }
    }
    if (gone.isEmpty())
        return;
    // Remove from the bottom so that the earlier runs keep their row numbers.
    QList<std::pair<int, int>> runs;
    forEachRun(gone, [&runs](int first, int last) { runs.prepend({first, last}); });
    for (const auto &[first, last] : runs) {
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

void AccountsTableModel::appendNew(QList<Row> &&incoming)
{
    if (incoming.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(incoming.size()) - 1);
    m_rows.reserve(m_rows.size() + incoming.size());
    for (Row &row : incoming)
        m_rows.append(std::move(row));
    for (int row = first; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows[row].account.id, row);
    endInsertRows();
}

void AccountsTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows[row].account.id, row);
}

int AccountsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AccountsTableModel::setScheduled(const QList<qint64> &accountIds, const QDateTime &startAt)
{
    const QSet<qint64> ids(accountIds.cbegin(), accountIds.cend());
    if (ids == m_scheduled && startAt == m_scheduledAt)
        return;
    QSet<qint64> touched = ids;
    touched.unite(m_scheduled);
    m_scheduled = ids;
    m_scheduledAt = startAt;
    m_scheduledText = ids.isEmpty() ? QString() : queuetext::scheduledStatus(startAt); // once, not per row
    for (const qint64 id : std::as_const(touched)) {
        if (const auto row = m_rowById.constFind(id); row != m_rowById.cend())
            Q_EMIT dataChanged(index(*row, Status), index(*row, Status));
    }
}

} // namespace passerelle::ui
