#pragma once

#include "core/model/AccountRecord.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QRect>
#include <QStyledItemDelegate>

#include <optional>

namespace passerelle::ui {

// Paints Test / Migrate / Rollback / Move back as push buttons in the actions column and turns
// clicks on enabled ones into actionRequested (the idea of KeePassXC's RowButtonHelper). A
// disabled button's tooltip says why, in core's words.
class ActionButtonsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActionButtonsDelegate(QObject *parent = nullptr);

    // The width every button needs, side by side, in this font (labels differ by language).
    int buttonsWidth(const QFontMetrics &metrics) const;
    // The buttons a page shows (all four by default): the actions its step can ever allow. The
    // row's menu keeps all four, with their reasons.
    void setShownActions(const QList<AccountAction> &actions) { m_shown = actions; }
    const QList<AccountAction> &shownActions() const { return m_shown; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where each action's button sits inside a cell (public for tests and the view).
    QRect buttonRect(const QStyleOptionViewItem &option, AccountAction action) const;
    std::optional<AccountAction> actionAt(const QStyleOptionViewItem &option, const QPoint &pos) const;

Q_SIGNALS:
    void actionRequested(qint64 accountId, passerelle::AccountAction action);

private:
    int buttonWidth(const QFontMetrics &metrics, AccountAction action) const;
    bool isActionsCell(const QModelIndex &index) const;

    QList<AccountAction> m_shown {kAccountActions.cbegin(), kAccountActions.cend()};
    QPersistentModelIndex m_pressedIndex;
    std::optional<AccountAction> m_pressedAction;
    QPersistentModelIndex m_hoverIndex;
    std::optional<AccountAction> m_hoverAction;
};

} // namespace passerelle::ui
