#pragma once

#include "core/api/ProviderTypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QPlainTextEdit;
class QPushButton;

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

class MessageLabel;
class WizardContext;

// A request to support for one step: the prepared message (server, accounts, sizes, dates), sent
// through the API, or, when the provider does not take it, shown to copy with the support page
// and an "I have sent it" confirmation.
class SupportRequestBox : public QWidget
{
    Q_OBJECT

public:
    SupportRequestBox(SupportTopic topic, WizardContext *context, QWidget *parent = nullptr);

    void setSession(MigrationSession *session);
    void setFinalizer(Finalizer finalizer) { m_finalizer = finalizer; }
    // Asked before sending (the reinstall request is confirmed); true to go on.
    void setBeforeSend(std::function<bool()> check) { m_beforeSend = std::move(check); }
    // Enabled when core allows the request now; `sent` shows the request as done.
    void setState(bool allowed, bool sent);

    QPushButton *sendButton() const { return m_send; }
    QPushButton *sentManuallyButton() const { return m_sentManually; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    MessageLabel *status() const { return m_status; }

private:
    void send();
    void onNotOffered(SupportTopic topic, const QString &message);
    void moveFocusOnceSent();

    SupportTopic m_topic;
    WizardContext *m_context;
    // Guarded: a new connection destroys the session before a page hears of the next one.
    QPointer<MigrationSession> m_session;
    Finalizer m_finalizer = Finalizer::Nobody;
    std::function<bool()> m_beforeSend;
    QWidget *m_form; // the message and its send button, folded away once sent
    QPlainTextEdit *m_message;
    QPushButton *m_send;
    QWidget *m_fallback;
    QPushButton *m_sentManually;
    MessageLabel *m_status;
    bool m_focusWhenSent = false; // the customer sent it from the keyboard: focus moves on with them
};

} // namespace passerelle::ui
