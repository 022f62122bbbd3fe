#pragma once

#include "ui/wizard/StepPage.h"

class QCheckBox;
class QPushButton;

namespace passerelle::ui {

class AccountsPanel;

// Step 1 (recommended): test the databases, fix what needs fixing, then say every account is ready.
// The sites' reference can be recorded here too (it is recorded anyway before each first migration).
class PrepareAccountsPage : public StepPage
{
    Q_OBJECT

public:
    explicit PrepareAccountsPage(WizardContext *context, QWidget *parent = nullptr);

    AccountsPanel *accounts() const { return m_accounts; }
    QCheckBox *allReady() const { return m_allReady; }
    QPushButton *recordSitesButton() const { return m_recordSites; }

protected:
    void refresh() override;

private:
    AccountsPanel *m_accounts;
    QCheckBox *m_allReady;
    QPushButton *m_recordSites;
};

} // namespace passerelle::ui
