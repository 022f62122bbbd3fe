#pragma once

#include "ui/wizard/Confirmation.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace passerelle::ui {

// The confirmation of an irreversible step: what will happen, then "I understand", which alone
// enables the button that does it.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmationDialog(const ConfirmationRequest &request, QWidget *parent = nullptr);

    QCheckBox *understood() const { return m_understood; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    QCheckBox *m_understood;
    QPushButton *m_accept;
};

} // namespace passerelle::ui
