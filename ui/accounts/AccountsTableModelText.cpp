// What each cell of the accounts table says: shown, read aloud, and in its tooltip, alike.
#include "ui/accounts/AccountsTableModel.h"

#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "ui/common/PlainText.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

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

bool AccountsTableModel::isScheduled(const AccountRecord &account) const
{
    return account.status == AccountStatus::Idle && m_scheduled.contains(account.id);
}

// An idle account waiting in a scheduled queue says so wherever its status is said.
QString AccountsTableModel::statusText(const AccountRecord &account) const
{
    return isScheduled(account) ? m_scheduledText : text::statusName(account.status);
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
        return statusText(account);
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

QString AccountsTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case Status:
        return row.account.lastError.isEmpty() ? statusText(row.account)
                                               : tr("%1: %2").arg(statusText(row.account), row.account.lastError);
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
        return tr("Status: %1").arg(statusText(row.account));
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
