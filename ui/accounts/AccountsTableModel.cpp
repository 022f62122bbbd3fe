#include "ui/accounts/AccountsTableModel.h"

#include "core/model/QueueText.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "ui/common/PlainText.h"

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

QVariant AccountsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (column == Sites)
            return m_icons.icon(m_sites.value(row.account.id, SitesState::NotChecked));
        return column == Status ? QVariant(m_icons.icon(row.account.status)) : QVariant();
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row, column));
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::TextAlignmentRole:
        if (column == DatabaseSize || column == EstimatedDowntime)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AccountIdRole:
        return row.account.id;
    case SortRole:
        return sortData(row, column);
    case VerdictsRole:
        return QVariant::fromValue(verdictsOf(row));
    default:
        return {};
    }
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
    for (const qint64 id : std::as_const(touched)) {
        if (const auto row = m_rowById.constFind(id); row != m_rowById.cend())
            Q_EMIT dataChanged(index(*row, Status), index(*row, Status));
    }
}

QVariant AccountsTableModel::displayData(const Row &row, int column) const
{
    const AccountRecord &account = row.account;
    switch (column) {
    case Name:
        return account.name;
    case Location:
        return text::locationName(account.location);
    case Version:
        return text::versionName(account.version);
    case Status:
        if (account.status == AccountStatus::Idle && m_scheduled.contains(account.id))
            return queuetext::scheduledStatus(m_scheduledAt);
        return text::statusName(account.status);
    case DatabaseSize:
        return format::dataSize(account.databaseSize);
    case EstimatedDowntime:
        return format::duration(row.downtime);
    case Sites:
        return sitesStateName(m_sites.value(account.id, SitesState::NotChecked));
    default:
        return {};
    }
}

QVariant AccountsTableModel::sortData(const Row &row, int column) const
{
    const AccountRecord &account = row.account;
    switch (column) {
    case Name:
        return row.sortName;
    case Location:
        return static_cast<int>(account.location);
    case Version:
        return static_cast<int>(account.version);
    case Status:
        return static_cast<int>(account.status);
    case DatabaseSize:
        return account.databaseSize;
    case EstimatedDowntime:
        return static_cast<qint64>(row.downtime.count());
    case Sites:
        return static_cast<int>(m_sites.value(account.id, SitesState::NotChecked));
    default:
        return account.id;
    }
}

AccountsTableModel::Search AccountsTableModel::searchFor(const QString &text)
{
    Search search;
    search.text = text;
    const auto bitIf = [&text](const QString &words, auto value) {
        return words.contains(text, Qt::CaseInsensitive) ? quint32(1) << static_cast<int>(value) : 0u;
    };
    for (const passerelle::Location location : {passerelle::Location::Client, passerelle::Location::Transit})
        search.locations |= bitIf(text::locationName(location), location);
    for (const passerelle::Version version : {passerelle::Version::Old, passerelle::Version::New})
        search.versions |= bitIf(text::versionName(version), version);
    for (int s = static_cast<int>(AccountStatus::Idle); s <= static_cast<int>(AccountStatus::Failed); ++s)
        search.statuses |= bitIf(text::statusName(static_cast<AccountStatus>(s)), s);
    return search;
}

bool AccountsTableModel::matches(int row, const Search &search) const
{
    const AccountRecord &account = m_rows[row].account;
    const auto has = [](quint32 bits, auto value) { return (bits >> static_cast<int>(value)) & 1u; };
    return has(search.locations, account.location) || has(search.versions, account.version)
        || has(search.statuses, account.status) || account.name.contains(search.text, Qt::CaseInsensitive);
}

bool AccountsTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows[leftRow];
    const Row &right = m_rows[rightRow];
    const AccountRecord &a = left.account;
    const AccountRecord &b = right.account;
    switch (column) {
    case Name:
        return left.sortName < right.sortName;
    case Location:
        return a.location < b.location;
    case Version:
        return a.version < b.version;
    case Status:
        return a.status < b.status;
    case DatabaseSize:
        return a.databaseSize < b.databaseSize;
    case EstimatedDowntime:
        return left.downtime < right.downtime;
    default:
        return a.id < b.id;
    }
}

QString AccountsTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case Status:
        return row.account.lastError.isEmpty()
            ? text::statusName(row.account.status)
            : tr("%1: %2").arg(text::statusName(row.account.status), row.account.lastError);
    case EstimatedDowntime:
        return tr("An estimate (one minute per GiB of databases), never a promise.");
    case Sites:
        return tr("%1. Click for the details of each address.")
            .arg(sitesStateName(m_sites.value(row.account.id, SitesState::NotChecked)));
    case Actions: {
        QStringList lines;
        const ActionVerdicts verdicts = verdictsOf(row);
        for (const AccountAction action : kAccountActions) {
            const Verdict &verdict = verdicts.of(action);
            lines << (verdict ? tr("%1: available").arg(text::actionName(action))
                              : tr("%1: %2").arg(text::actionName(action), verdict.error()));
        }
        return lines.join(u'\n');
    }
    default:
        return displayData(row, column).toString();
    }
}

QString AccountsTableModel::accessibleText(const Row &row, int column) const
{
    switch (column) {
    case Status:
        return tr("Status: %1").arg(text::statusName(row.account.status));
    case EstimatedDowntime:
        return tr("Estimated downtime: %1").arg(format::duration(row.downtime));
    case Sites:
        return tr("Sites: %1").arg(sitesStateName(m_sites.value(row.account.id, SitesState::NotChecked)));
    case Actions: {
        QStringList available;
        const ActionVerdicts verdicts = verdictsOf(row);
        for (const AccountAction action : kAccountActions) {
            if (verdicts.of(action))
                available << text::actionName(action);
        }
        return available.isEmpty() ? tr("No action available now")
                                   : tr("Available actions: %1").arg(available.join(u", "_s));
    }
    default:
        return displayData(row, column).toString();
    }
}

QVariant AccountsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Account");
    case Location:
        return tr("Where");
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case DatabaseSize:
        return tr("Databases");
    case EstimatedDowntime:
        return tr("Estimated downtime");
    case Sites:
        return tr("Sites");
    case Actions:
        return tr("Actions");
    default:
        return {};
    }
}

} // namespace passerelle::ui
