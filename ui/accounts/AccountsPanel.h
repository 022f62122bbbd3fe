#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QWidget>

class QLineEdit;

namespace passerelle::ui {

class AccountsFilterProxy;
class AccountsTableModel;
class AccountsView;

// The accounts list as the pages show it: a filter field above the sortable table.
class AccountsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPanel(QWidget *parent = nullptr);

    void setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts, const QSet<qint64> &inFlight);
    // The action buttons this page's step can ever enable; the others leave their room to the
    // columns (a laptop's width).
    void showActions(const QList<AccountAction> &actions);
    AccountsTableModel *model() const { return m_model; }
    AccountsFilterProxy *proxy() const { return m_proxy; }
    AccountsView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

protected:
    // Support mode enlarges the text: the columns follow, so that the buttons stay inside theirs.
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    void fitNameColumn(const AccountList &accounts);

    AccountsTableModel *m_model;
    AccountsFilterProxy *m_proxy;
    AccountsView *m_view;
    QLineEdit *m_filter;
};

} // namespace passerelle::ui
