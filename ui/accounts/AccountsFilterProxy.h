#pragma once

#include "ui/accounts/AccountsTableModel.h"

#include <QSortFilterProxyModel>

namespace passerelle::ui {

// Sorts the accounts by their raw values (bytes, seconds) and filters them by any visible word,
// asking the accounts model directly rather than through QVariants.
class AccountsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountsFilterProxy(QObject *parent = nullptr);

    void setSourceModel(AccountsTableModel *model);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    using QSortFilterProxyModel::setSourceModel; // only accounts
    AccountsTableModel *m_accounts = nullptr;
    AccountsTableModel::Search m_search;
};

} // namespace passerelle::ui
