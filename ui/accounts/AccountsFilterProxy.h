#pragma once

#include <QSortFilterProxyModel>

namespace passerelle::ui {

// Sorts the accounts by their raw values (bytes, seconds) and filters them by any visible word.
class AccountsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountsFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace passerelle::ui
