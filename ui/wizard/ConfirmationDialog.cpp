#include "ui/wizard/ConfirmationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle::ui {

ConfirmationDialog::ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_understood(new QCheckBox(tr("I &understand"), this))
{
    setWindowTitle(request.title);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(request.title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    auto *text = new QLabel(request.text, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    if (!request.details.isEmpty()) {
        auto *list = new QListWidget(this);
        list->addItems(request.details);
        list->setAccessibleName(tr("Details"));
        list->setMaximumHeight(160);
        layout->addWidget(list);
    }
    layout->addWidget(m_understood);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(request.acceptLabel, QDialogButtonBox::AcceptRole);
    m_accept->setEnabled(false);
    // Cancel stays the default: Enter alone never does the irreversible thing.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_understood, &QCheckBox::toggled, m_accept, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_understood->setFocus();
}

Confirmer dialogConfirmer()
{
    return [](QWidget *parent, const ConfirmationRequest &request) {
        ConfirmationDialog dialog(request, parent);
        return dialog.exec() == QDialog::Accepted && dialog.understood()->isChecked();
    };
}

} // namespace passerelle::ui
