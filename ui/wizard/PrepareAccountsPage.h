#pragma once

#include "ui/wizard/StepPage.h"

class QCheckBox;
class QLabel;

namespace passerelle::ui {

class AccountsPanel;
class MessageLabel;

// Step 1 (recommended): test the databases, fix what needs fixing, then say every account is ready.
class PrepareAccountsPage : public StepPage
{
    Q_OBJECT

public:
    explicit PrepareAccountsPage(WizardContext *context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    QCheckBox *allReady() const { return m_allReady; }
    MessageLabel *databaseWarning() const { return m_databaseWarning; }
    QString deadlineText() const;

protected:
    void refresh() override;

private:
    AccountsPanel *m_accounts;
    QCheckBox *m_allReady;
    MessageLabel *m_databaseWarning;
    QLabel *m_deadline;
};

} // namespace passerelle::ui
