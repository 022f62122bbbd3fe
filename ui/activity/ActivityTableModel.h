#pragma once

#include "core/journal/JournalStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace passerelle::ui {

// The activity log as a table: every action, answer and state change with its time, newest last.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, CategoryColumn, AccountColumn, TextColumn, ColumnCount };
    // The raw category ("action", "answer"...), for the category filter.
    static constexpr int CategoryRole = Qt::UserRole + 1;

    explicit ActivityTableModel(QObject *parent = nullptr);

    void setEntries(const QList<ActivityEntry> &entries); // any order; kept oldest first
    void append(const ActivityEntry &entry);
    void setAccountNames(const QHash<qint64, QString> &names);
    const QList<ActivityEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString accountName(qint64 accountId) const;

    QList<ActivityEntry> m_entries;
    QHash<qint64, QString> m_accountNames;
};

} // namespace passerelle::ui
