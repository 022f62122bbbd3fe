#include "tests/e2e/ScreenText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace passerelle::e2e {
namespace {

void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, QSet<QString> &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                texts.insert(index.data(role).toString());
            if (column == 0 && model->hasChildren(index))
                collectModel(model, index, texts);
        }
    }
}

} // namespace

ScreenText::ScreenText(int intervalMs)
{
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { collect(); });
}

void ScreenText::collect()
{
    for (const QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        m_texts.insert(window->windowTitle());
        collectWidget(window);
        for (const QWidget *child : window->findChildren<QWidget *>()) {
            if (child->isVisible())
                collectWidget(child);
        }
    }
}

void ScreenText::collectWidget(const QWidget *widget)
{
    m_texts.insert(widget->toolTip());
    m_texts.insert(widget->accessibleName());
    m_texts.insert(widget->accessibleDescription());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        m_texts.insert(label->text());
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        m_texts.insert(button->text());
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        m_texts.insert(edit->displayText()); // what is on screen: dots for a password field
    else if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        m_texts.insert(text->toPlainText());
    else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        m_texts.insert(plain->toPlainText());
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        m_texts.insert(combo->currentText());
    else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model())
        collectModel(view->model(), view->rootIndex(), m_texts);
}

bool ScreenText::contains(const QString &needle) const
{
    return std::any_of(m_texts.cbegin(), m_texts.cend(), [&](const QString &text) { return text.contains(needle); });
}

} // namespace passerelle::e2e
