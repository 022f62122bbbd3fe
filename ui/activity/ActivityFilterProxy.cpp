#include "ui/activity/ActivityFilterProxy.h"

#include "ui/activity/ActivityTableModel.h"

namespace passerelle::ui {

ActivityFilterProxy::ActivityFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) { }

void ActivityFilterProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ActivityFilterProxy::setCategoryFilter(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_category.isEmpty()
        && source->index(sourceRow, 0, sourceParent).data(ActivityTableModel::CategoryRole).toString() != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace passerelle::ui
