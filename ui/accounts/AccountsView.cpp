#include "ui/accounts/AccountsView.h"

#include "core/model/RuleText.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/ActionButtonsDelegate.h"
#include "ui/common/CachedScrollBar.h"
#include "ui/common/PlainText.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace passerelle::ui {

AccountsView::AccountsView(QWidget *parent) : QTableView(parent), m_delegate(new ActionButtonsDelegate(this))
{
    keepScrollBarPictures();
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setMouseTracking(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    setAccessibleName(tr("Accounts"));
    setAccessibleDescription(tr("Select an account and press Enter to choose an action: %1 test, %2 migrate, "
                                "%3 rollback, %4 move back.")
                                 .arg(shortcutFor(AccountAction::Test).toString(QKeySequence::NativeText),
                                      shortcutFor(AccountAction::Migrate).toString(QKeySequence::NativeText),
                                      shortcutFor(AccountAction::Rollback).toString(QKeySequence::NativeText),
                                      shortcutFor(AccountAction::MoveBack).toString(QKeySequence::NativeText)));
    connect(m_delegate, &ActionButtonsDelegate::actionRequested, this, &AccountsView::actionRequested);
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == AccountsTableModel::Sites)
            Q_EMIT sitesRequested(index.data(AccountsTableModel::AccountIdRole).toLongLong());
    });
}

void AccountsView::keepScrollBarPictures()
{
    auto *vertical = new CachedScrollBar(Qt::Vertical, this);
    setVerticalScrollBar(vertical);
    connect(vertical, &QScrollBar::actionTriggered, this, &AccountsView::verticalScrollbarAction);
    connect(vertical, &QScrollBar::valueChanged, this, &AccountsView::verticalScrollbarValueChanged);
    auto *horizontal = new CachedScrollBar(Qt::Horizontal, this);
    setHorizontalScrollBar(horizontal);
    connect(horizontal, &QScrollBar::actionTriggered, this, &AccountsView::horizontalScrollbarAction);
    connect(horizontal, &QScrollBar::valueChanged, this, &AccountsView::horizontalScrollbarValueChanged);
}

QKeySequence AccountsView::shortcutFor(AccountAction action)
{
    switch (action) {
    case AccountAction::Test:
        return QKeySequence(Qt::CTRL | Qt::Key_T);
    case AccountAction::Migrate:
        return QKeySequence(Qt::CTRL | Qt::Key_M);
    case AccountAction::Rollback:
        // The undoing of Ctrl+M; never Ctrl+R, everyone's "refresh" (it checks now on every step).
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    case AccountAction::MoveBack:
        return QKeySequence(Qt::CTRL | Qt::Key_B);
    }
    return {};
}

QList<qint64> AccountsView::selectedAccountIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows(AccountsTableModel::Name);
    // In the order the user sees them: the queue follows the sorted view.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(AccountsTableModel::AccountIdRole).toLongLong();
    return ids;
}

void AccountsView::requestIfAllowed(const QModelIndex &index, AccountAction action)
{
    if (!index.isValid())
        return;
    const auto verdicts = index.data(AccountsTableModel::VerdictsRole).value<ActionVerdicts>();
    if (verdicts.of(action))
        Q_EMIT actionRequested(index.data(AccountsTableModel::AccountIdRole).toLongLong(), action);
}

QMenu *AccountsView::createActionMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(
        tr("Actions for %1").arg(index.siblingAtColumn(AccountsTableModel::Name).data().toString()));
    menu->setToolTipsVisible(true);
    const auto verdicts = index.data(AccountsTableModel::VerdictsRole).value<ActionVerdicts>();
    const QPersistentModelIndex row(index);
    for (const AccountAction action : kAccountActions) {
        const Verdict &verdict = verdicts.of(action);
        QAction *item = menu->addAction(text::actionName(action));
        item->setShortcut(shortcutFor(action));
        item->setEnabled(verdict.hasValue());
        item->setToolTip(plainToolTip(verdict ? text::actionName(action) : verdict.error()));
        // A disabled entry still tells why in its status tip, read by screen readers.
        item->setStatusTip(verdict.error());
        connect(item, &QAction::triggered, this, [this, row, action] { requestIfAllowed(row, action); });
    }
    menu->addSeparator();
    QAction *sites = menu->addAction(tr("Site checks…"));
    connect(sites, &QAction::triggered, this, [this, row] {
        if (row.isValid())
            Q_EMIT sitesRequested(row.data(AccountsTableModel::AccountIdRole).toLongLong());
    });
    return menu;
}

void AccountsView::showMenuAt(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QMenu *menu = createActionMenu(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void AccountsView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        const QKeySequence pressed(event->keyCombination());
        for (const AccountAction action : kAccountActions) {
            if (pressed == shortcutFor(action)) {
                requestIfAllowed(current, action);
                event->accept();
                return;
            }
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Menu) {
            scrollTo(current); // the menu opens under its row, which must be in sight first
            showMenuAt(current, viewport()->mapToGlobal(visualRect(current).bottomLeft()));
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void AccountsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (event->reason() != QContextMenuEvent::Mouse && index.isValid())
        scrollTo(index);
    const QPoint where = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : viewport()->mapToGlobal(visualRect(index).bottomLeft());
    showMenuAt(index, where);
}

} // namespace passerelle::ui
