#pragma once

#include <QSortFilterProxyModel>

namespace passerelle::ui {

// Keeps the activity rows of one category (empty: all) whose time, account or text contains the
// filter text (case-insensitive).
class ActivityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterProxy(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    void setCategoryFilter(const QString &category);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_category;
};

} // namespace passerelle::ui
