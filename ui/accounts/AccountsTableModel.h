#pragma once

#include "core/model/ActionVerdicts.h"
#include "core/model/Downtime.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "ui/accounts/StatusIcons.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace passerelle::ui {

// The accounts of the client server, one row each, refreshed from every snapshot by diffing on the
// account id: only rows that appear, disappear or change are signalled (never a reset).
class AccountsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Location, Version, Status, Sites, DatabaseSize, EstimatedDowntime, Actions, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        SortRole, // raw values: bytes, seconds, enum order, lower-case name
        VerdictsRole, // ActionVerdicts: core's answer for each action of the row
    };
    Q_ENUM(Role)

    explicit AccountsTableModel(QObject *parent = nullptr);

    // `inFlight`: the accounts with an action on its way (the rules keep the others waiting).
    void setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QSet<qint64> &inFlight);
    // The site checks' summary of one account (kept apart from the rows: it changes on its own).
    void setSitesState(qint64 accountId, SitesState state);
    // The accounts waiting in a scheduled queue: their status says "scheduled", not "idle".
    void setScheduled(const QList<qint64> &accountIds, const QDateTime &startAt);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For the proxy, without a QVariant or a translation per call (10,000 rows sort and filter
    // within a frame): a filter text, prepared once, matches a row by its name, place, version
    // or status; two rows compare by a column's raw value.
    struct Search
    {
        QString text;
        // One bit per value (1 << int(value)) whose words hold the text.
        quint32 locations = 0;
        quint32 versions = 0;
        quint32 statuses = 0;
    };
    static Search searchFor(const QString &text);
    bool matches(int row, const Search &search) const;
    bool lessThan(int leftRow, int rightRow, int column) const;

private:
    // Small on purpose: 10,000 of them are built, moved and paged in within a frame.
    struct Row
    {
        AccountRecord account;
        QString sortName; // case-folded once, not at each of the sort's comparisons
        downtime::Seconds downtime {0};
        quint64 seen = 0; // the last refresh whose snapshot had this account
    };

    Row rowFor(const AccountRecord &account) const;
    ActionVerdicts verdictsOf(const Row &row) const;
    void loadAll(const AccountList &accounts);
    void removeUnseen();
    void appendNew(QList<Row> &&incoming);
    void rebuildIndex();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QString accessibleText(const Row &row, int column) const;
    bool isScheduled(const AccountRecord &account) const;
    QString statusText(const AccountRecord &account) const;

    QList<Row> m_rows;
    AccountList m_accounts; // the last snapshot's list (shared, not copied)
    std::optional<VerdictCalculator> m_calculator; // the last snapshot's rules
    quint64 m_generation = 0;
    StatusIcons m_icons;
    QHash<qint64, int> m_rowById;
    // Computed when first asked (a row drawn, a tooltip), by account id, for the rules and the
    // account of the moment: 10,000 rows load within a frame.
    mutable QHash<qint64, ActionVerdicts> m_verdicts;
    QHash<qint64, SitesState> m_sites; // accounts not in it: not checked
    QSet<qint64> m_scheduled;
    QDateTime m_scheduledAt;
    QString m_scheduledText; // "scheduled for …", translated once per schedule
};

} // namespace passerelle::ui

Q_DECLARE_METATYPE(passerelle::ActionVerdicts)
