#include "ui/wizard/ConfirmationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

ConfirmationDialog::ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent), m_understood(new QCheckBox(tr("I &understand"), this))
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
    // Alt and the first letter does it, once "I understand" is ticked; an "&" in a name stays one.
    QString acceptText = request.acceptLabel;
    acceptText.replace(u'&', u"&&"_s);
    m_accept = buttons->addButton(u'&' + acceptText, QDialogButtonBox::AcceptRole);
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

Confirmer questionAsker()
{
    return [](QWidget *parent, const ConfirmationRequest &request) {
        QMessageBox box(QMessageBox::Question, request.title, request.text, QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText); // account names come from the provider
        if (!request.details.isEmpty())
            box.setInformativeText(request.details.join(u'\n'));
        // QMessageBox gives its informative text no format of its own: its label is found by name.
        if (auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
            informative->setTextFormat(Qt::PlainText);
        QString acceptText = request.acceptLabel;
        acceptText.replace(u'&', u"&&"_s);
        QPushButton *accept = box.addButton(u'&' + acceptText, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
}

} // namespace passerelle::ui
