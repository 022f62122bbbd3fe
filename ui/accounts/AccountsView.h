#pragma once

#include "core/model/AccountRecord.h"

#include <QTableView>

class QMenu;

namespace passerelle::ui {

class ActionButtonsDelegate;

// The accounts table. Mouse users click the buttons of the actions column; keyboard users select
// a row and press Enter (or the menu key) for a menu of the four actions, or use their shortcuts
// directly. Disabled actions say why, in the menu as in the tooltips. A click in the Sites column
// (or the menu's last entry) asks for the account's site checks.
class AccountsView : public QTableView
{
    Q_OBJECT

public:
    explicit AccountsView(QWidget *parent = nullptr);

    ActionButtonsDelegate *actionsDelegate() const { return m_delegate; }
    QList<qint64> selectedAccountIds() const;
    // The per-row menu: one entry per action, disabled ones carrying core's reason.
    QMenu *createActionMenu(const QModelIndex &index, QWidget *parent);
    static QKeySequence shortcutFor(AccountAction action);

Q_SIGNALS:
    void actionRequested(qint64 accountId, passerelle::AccountAction action);
    // The details of an account's site checks: a click in the Sites column, or the row's menu.
    void sitesRequested(qint64 accountId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The table's bars keep their last picture (CachedScrollBar), with the handlers QAbstractItemView
    // gave its first bars: fetching more rows at the bottom, hover and editors following a scroll.
    void keepScrollBarPictures();
    void requestIfAllowed(const QModelIndex &index, AccountAction action);
    void showMenuAt(const QModelIndex &index, const QPoint &globalPos);

    ActionButtonsDelegate *m_delegate;
};

} // namespace passerelle::ui
