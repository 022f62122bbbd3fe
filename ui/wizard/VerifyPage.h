#pragma once

#include "ui/wizard/StepPage.h"

class QListWidget;
class QListWidgetItem;

namespace passerelle::ui {

class AccountsPanel;
class CountdownPanel;
class OperationProgress;
class SupportRequestBox;

// Step 5: check each migrated account ("I checked this account"), roll back one if needed, then
// ask support to reinstall, after a confirmation that rollback will no longer be possible.
class VerifyPage : public StepPage
{
    Q_OBJECT

public:
    explicit VerifyPage(WizardContext *context, QWidget *parent = nullptr);

    QListWidget *checklist() const { return m_checklist; }
    AccountsPanel *accounts() const { return m_accounts; }
    SupportRequestBox *request() const { return m_request; }

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    void onItemChanged(QListWidgetItem *item);
    bool confirmReinstall();

    QListWidget *m_checklist;
    AccountsPanel *m_accounts;
    CountdownPanel *m_countdowns;
    OperationProgress *m_progress;
    SupportRequestBox *m_request;
    bool m_filling = false;
};

} // namespace passerelle::ui
