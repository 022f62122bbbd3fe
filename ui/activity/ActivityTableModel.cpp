#include "ui/activity/ActivityTableModel.h"

#include "core/journal/ActivityCategory.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "ui/common/PlainText.h"

#include <algorithm>

namespace passerelle::ui {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ActivityTableModel::setEntries(const QList<ActivityEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const ActivityEntry &a, const ActivityEntry &b) { return a.at < b.at; });
    endResetModel();
}

void ActivityTableModel::append(const ActivityEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void ActivityTableModel::setAccountNames(const QHash<qint64, QString> &names)
{
    m_accountNames = names;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::accountName(qint64 accountId) const
{
    if (accountId == 0)
        return {};
    return m_accountNames.value(accountId, tr("account %1").arg(accountId));
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    if (role == CategoryRole)
        return entry.category;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return plainToolTip(entry.text);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return format::dateTime(entry.at);
    case CategoryColumn: return ActivityCategory::displayName(entry.category);
    case AccountColumn: return accountName(entry.accountId);
    case TextColumn: return entry.text;
    case ColumnCount: break;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case CategoryColumn: return tr("Category");
    case AccountColumn: return tr("Account");
    case TextColumn: return tr("What happened");
    case ColumnCount: break;
    }
    return {};
}

} // namespace passerelle::ui
