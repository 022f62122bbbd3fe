#include "ui/accounts/ActionButtonsDelegate.h"

#include "core/model/RuleText.h"
#include "ui/accounts/AccountsTableModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace passerelle::ui {
namespace {

constexpr int kMargin = 2;
constexpr int kSpacing = 4;
constexpr int kPadding = 16;

ActionVerdicts verdictsOf(const QModelIndex &index)
{
    return index.data(AccountsTableModel::VerdictsRole).value<ActionVerdicts>();
}

} // namespace

ActionButtonsDelegate::ActionButtonsDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

bool ActionButtonsDelegate::isActionsCell(const QModelIndex &index) const
{
    return index.isValid() && index.column() == AccountsTableModel::Actions;
}

int ActionButtonsDelegate::buttonWidth(const QFontMetrics &metrics, AccountAction action) const
{
    return metrics.horizontalAdvance(text::actionName(action)) + kPadding;
}

QRect ActionButtonsDelegate::buttonRect(const QStyleOptionViewItem &option, AccountAction action) const
{
    int left = option.rect.left() + kMargin;
    for (const AccountAction each : m_shown) {
        const int width = buttonWidth(option.fontMetrics, each);
        if (each == action)
            return QRect(left, option.rect.top() + kMargin, width, option.rect.height() - 2 * kMargin);
        left += width + kSpacing;
    }
    return {};
}

std::optional<AccountAction> ActionButtonsDelegate::actionAt(const QStyleOptionViewItem &option,
                                                             const QPoint &pos) const
{
    for (const AccountAction action : m_shown) {
        if (buttonRect(option, action).contains(pos))
            return action;
    }
    return std::nullopt;
}

void ActionButtonsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!isActionsCell(index))
        return;
    const ActionVerdicts verdicts = verdictsOf(index);
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    for (const AccountAction action : m_shown) {
        QStyleOptionButton button;
        button.rect = buttonRect(option, action);
        button.text = text::actionName(action);
        button.fontMetrics = option.fontMetrics;
        button.palette = option.palette;
        button.state = QStyle::State_Raised;
        if (verdicts.of(action)) {
            button.state |= QStyle::State_Enabled;
            if (m_hoverIndex == index && m_hoverAction == action)
                button.state |= QStyle::State_MouseOver;
            if (m_pressedIndex == index && m_pressedAction == action)
                button.state = (button.state & ~QStyle::State_Raised) | QStyle::State_Sunken;
        } else {
            button.palette.setCurrentColorGroup(QPalette::Disabled);
        }
        style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    }
}

int ActionButtonsDelegate::buttonsWidth(const QFontMetrics &metrics) const
{
    int width = 2 * kMargin;
    for (const AccountAction action : m_shown)
        width += buttonWidth(metrics, action) + kSpacing;
    return width;
}

QSize ActionButtonsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!isActionsCell(index))
        return size;
    size.setWidth(buttonsWidth(option.fontMetrics));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

bool ActionButtonsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (!isActionsCell(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseMove
        && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const auto *mouse = static_cast<QMouseEvent *>(event);
    const std::optional<AccountAction> action = actionAt(option, mouse->position().toPoint());
    const bool allowed = action && verdictsOf(index).of(*action).hasValue();
    switch (type) {
    case QEvent::MouseMove:
        m_hoverIndex = index;
        m_hoverAction = allowed ? action : std::nullopt;
        return false;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (mouse->button() != Qt::LeftButton || !allowed)
            return false;
        m_pressedIndex = index;
        m_pressedAction = action;
        return true;
    default: {
        const bool sameButton = m_pressedIndex == index && m_pressedAction == action;
        m_pressedIndex = QPersistentModelIndex();
        m_pressedAction.reset();
        // A click counts only when pressed and released on the same enabled button, as with QPushButton.
        if (mouse->button() != Qt::LeftButton || !allowed || !sameButton)
            return false;
        Q_EMIT actionRequested(index.data(AccountsTableModel::AccountIdRole).toLongLong(), *action);
        return true;
    }
    }
}

bool ActionButtonsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (!isActionsCell(index) || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const std::optional<AccountAction> action = actionAt(option, event->pos());
    if (!action)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const ActionVerdicts verdicts = verdictsOf(index);
    const Verdict &verdict = verdicts.of(*action);
    const QString name = index.siblingAtColumn(AccountsTableModel::Name).data().toString();
    const QString tip = verdict ? tr("%1 %2").arg(text::actionName(*action), name) : verdict.error();
    QToolTip::showText(event->globalPos(), tip, view, buttonRect(option, *action));
    return true;
}

} // namespace passerelle::ui
