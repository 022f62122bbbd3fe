#pragma once

#include "ui/wizard/StepPage.h"

class QCheckBox;

namespace passerelle::ui {

class AccountsPanel;

// Step 1 (recommended): test the databases, fix what needs fixing, then say every account is ready.
class PrepareAccountsPage : public StepPage
{
    Q_OBJECT

public:
    explicit PrepareAccountsPage(WizardContext *context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    QCheckBox *allReady() const { return m_allReady; }

protected:
    void refresh() override;

private:
    AccountsPanel *m_accounts;
    QCheckBox *m_allReady;
};

} // namespace passerelle::ui
