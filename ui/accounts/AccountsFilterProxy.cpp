#include "ui/accounts/AccountsFilterProxy.h"

#include "ui/accounts/AccountsTableModel.h"

namespace passerelle::ui {

AccountsFilterProxy::AccountsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AccountsTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AccountsFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool AccountsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(AccountsTableModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace passerelle::ui
