#pragma once

#include "ui/wizard/StepPage.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace passerelle::ui {

class AccountsPanel;
class CountdownPanel;
class OperationProgress;
class RollbackSuggestions;
class SupportRequestBox;

// Step 5: check each migrated account ("I checked this account"), roll back one if needed, then
// ask support to reinstall, after a confirmation that rollback will no longer be possible. The
// site checks help: accounts whose sites answer as before are ticked in one click, and a rollback
// is suggested for an account whose sites broke while it is still possible.
class VerifyPage : public StepPage
{
    Q_OBJECT

public:
    explicit VerifyPage(WizardContext *context, QWidget *parent = nullptr);

    QListWidget *checklist() const { return m_checklist; }
    AccountsPanel *accounts() const { return m_accounts; }
    SupportRequestBox *request() const { return m_request; }
    QPushButton *checkAllButton() const { return m_checkAll; }
    QPushButton *tickSameButton() const { return m_tickSame; }
    RollbackSuggestions *suggestions() const { return m_suggestions; }

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;
    void sitesChanged() override;

private:
    void onItemChanged(QListWidgetItem *item);
    bool confirmReinstall();
    bool confirmTickDespiteProblems(qint64 accountId);
    void refreshSites(bool reinstallAsked);
    void checkAllSites();
    void tickSame();
    static QString tickSameText(qsizetype count);

    QListWidget *m_checklist;
    AccountsPanel *m_accounts;
    CountdownPanel *m_countdowns;
    OperationProgress *m_progress;
    SupportRequestBox *m_request;
    QPushButton *m_checkAll;
    QPushButton *m_tickSame;
    RollbackSuggestions *m_suggestions;
    bool m_filling = false;
    bool m_sitesRefreshQueued = false;
};

} // namespace passerelle::ui
