#pragma once

#include "core/api/ApiError.h"
#include "core/session/MigrationSession.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace passerelle::ui {

class KeyKeeper;
class MessageLabel;
class WizardContext;

// The first page: the API key (masked), the account or customer e-mail, the API URL (advanced),
// or "Try it offline". Complete once the session found the migration; the wizard then opens at
// the step core derives.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(WizardContext *context, QWidget *parent = nullptr);

    bool isComplete() const override;
    int nextId() const override;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    // "Advanced": opens the API URL for editing; closed, the provider's address is used.
    QCheckBox *advancedToggle() const { return m_advanced; }
    // Shown only after a damaged journal was set aside.
    QPushButton *newJournalButton() const { return m_newJournal; }
    QCheckBox *rememberKey() const { return m_remember; }
    QPushButton *forgetButton() const { return m_forget; }
    // Shown when the last connection was remembered: start from empty fields instead.
    QPushButton *anotherAccountButton() const { return m_another; }
    MessageLabel *infoLabel() const { return m_info; }
    MessageLabel *errorLabel() const { return m_error; }

    // Fills the key in from the system keychain, if one was saved for this URL and account. The
    // wizard asks once its window has shown: the keychain answers over D-Bus.
    void readSavedKey();

private:
    void connectSession(bool dryRun, bool startNewJournal = false);
    void onSessionChanged(MigrationSession *session);
    void onStateChanged(MigrationSession::State state);
    void showFailure(const ApiError &error);
    void updateButtons();
    void restoreConnection();
    void rememberConnection();
    void useAnotherAccount();
    QUrl apiUrl() const;

    WizardContext *m_context;
    QLineEdit *m_key;
    QLineEdit *m_account;
    QLineEdit *m_url;
    QString m_typedUrl; // kept while the Advanced box is closed
    QPushButton *m_connect;
    QPushButton *m_dryRun;
    QPushButton *m_newJournal;
    MessageLabel *m_error;
    MessageLabel *m_info;
    QCheckBox *m_remember;
    QPushButton *m_forget;
    QPushButton *m_another;
    KeyKeeper *m_keeper;
    QCheckBox *m_advanced; // opens the API URL for editing
    QWidget *m_advancedBox;
    bool m_restored = false; // the address and account come from the last connection
    bool m_autoConnectTried = false;
    bool m_busy = false;
    bool m_lastWasDryRun = false;
};

} // namespace passerelle::ui
