#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace passerelle::ui {

// A question before something that cannot be undone: the user must tick "I understand".
struct ConfirmationRequest
{
    QString title;
    QString text;
    QStringList details; // e.g. the verified accounts
    QString acceptLabel; // the button that does it, e.g. "Migrate site-2"
};

// Asks and answers true when the user ticked and accepted. The wizard uses a modal dialog; tests
// inject their own answer.
using Confirmer = std::function<bool(QWidget *parent, const ConfirmationRequest &)>;

Confirmer dialogConfirmer();
// The same request as a plain question (no tick): a message box with the accept label and Cancel.
Confirmer questionAsker();

} // namespace passerelle::ui
