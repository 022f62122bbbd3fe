#pragma once

#include "ui/wizard/StepPage.h"

class QCheckBox;
class QPushButton;
class QLabel;

namespace passerelle::ui {

class AccountsPanel;
class MessageLabel;

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
    MessageLabel *databaseWarning() const { return m_databaseWarning; }
    QString deadlineText() const;

protected:
    void refresh() override;

private:
    AccountsPanel *m_accounts;
    QCheckBox *m_allReady;
    QPushButton *m_recordSites;
    MessageLabel *m_databaseWarning;
    QLabel *m_deadline;
};

} // namespace passerelle::ui
