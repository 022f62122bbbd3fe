#include "ui/wizard/SupportRequestBox.h"

#include "core/session/MigrationSession.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace passerelle::ui {

SupportRequestBox::SupportRequestBox(SupportTopic topic, WizardContext *context, QWidget *parent)
    : QWidget(parent), m_topic(topic), m_context(context), m_form(new QWidget(this)),
      m_message(new QPlainTextEdit(m_form)), m_send(new QPushButton(tr("Send the re&quest to support"), m_form)),
      m_fallback(new QWidget(this)), m_sentManually(new QPushButton(tr("I &have sent it"), m_fallback)),
      m_status(new MessageLabel(this))
{
    auto *label = new QLabel(tr("&Message to support (prepared by Passerelle, you may edit it):"), m_form);
    label->setBuddy(m_message);
    m_message->setAccessibleName(tr("Message to support"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(90);
    m_message->setMaximumHeight(160);

    auto *copy = new QPushButton(tr("&Copy the message"), m_fallback);
    auto *open = new QPushButton(tr("Open the support pa&ge"), m_fallback);
    auto *explain = new QLabel(tr("Your provider does not take this request through the API. Copy the message, "
                                  "send it from the support page, then confirm here."),
                               m_fallback);
    explain->setWordWrap(true);
    auto *fallbackButtons = new QHBoxLayout;
    fallbackButtons->addWidget(copy);
    fallbackButtons->addWidget(open);
    fallbackButtons->addWidget(m_sentManually);
    fallbackButtons->addStretch();
    auto *fallbackLayout = new QVBoxLayout(m_fallback);
    fallbackLayout->setContentsMargins(0, 0, 0, 0);
    fallbackLayout->addWidget(explain);
    fallbackLayout->addLayout(fallbackButtons);
    m_fallback->setVisible(false);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(label);
    formLayout->addWidget(m_message);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_send);
    sendRow->addStretch();
    formLayout->addLayout(sendRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_fallback);
    layout->addWidget(m_status);

    connect(m_send, &QPushButton::clicked, this, &SupportRequestBox::send);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_message->toPlainText()); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_context->openUrl(m_context->supportPage()))
            m_status->showMessage(
                MessageLabel::Kind::Error,
                tr("No browser could open %1: open it yourself.").arg(m_context->supportPage().toString()));
    });
    connect(m_sentManually, &QPushButton::clicked, this, [this] {
        m_focusWhenSent = true;
        if (m_session)
            m_session->confirmSupportRequestSentManually(m_topic, m_message->toPlainText(), m_finalizer);
    });
}

void SupportRequestBox::setSession(MigrationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_message->clear();
    m_message->document()->setModified(false);
    if (!session)
        return;
    connect(session, &MigrationSession::supportRequestSent, this, [this](SupportTopic topic) {
        if (topic == m_topic) {
            m_fallback->setVisible(false);
            m_status->showMessage(MessageLabel::Kind::Info,
                                  tr("Request sent. Passerelle keeps checking its progress."));
        }
    });
    connect(session, &MigrationSession::supportRequestNotOffered, this, &SupportRequestBox::onNotOffered);
    connect(session, &MigrationSession::supportRequestFailed, this, [this](SupportTopic topic, const QString &message) {
        if (topic == m_topic)
            m_status->showMessage(MessageLabel::Kind::Error, message);
    });
}

void SupportRequestBox::setState(bool allowed, bool sent)
{
    if (m_session && !m_message->document()->isModified()) {
        // Set only when it changed: at every poll the same text would be laid out again.
        if (const QString prepared = m_session->preparedSupportMessage(m_topic, m_finalizer);
            prepared != m_message->toPlainText()) {
            m_message->setPlainText(prepared);
            m_message->document()->setModified(false); // only the user's edits keep the text
        }
    }
    m_send->setEnabled(allowed && !sent);
    m_sentManually->setEnabled(allowed && !sent);
    m_message->setReadOnly(sent);
    m_form->setVisible(!sent);
    if (sent)
        m_fallback->setVisible(false);
    if (sent && m_status->message().isEmpty())
        m_status->showMessage(MessageLabel::Kind::Info, tr("Request sent. Passerelle keeps checking its progress."));
    if (sent && m_focusWhenSent)
        moveFocusOnceSent();
}

void SupportRequestBox::moveFocusOnceSent()
{
    m_focusWhenSent = false;
    // The buttons pressed are folded away: the next Enter goes on to the next step (or stays on
    // what was said), never to the button that happens to follow in the window (About…). Next is
    // enabled once the page has said it is complete, after this refresh.
    QTimer::singleShot(0, this, [this] {
        auto *wizard = qobject_cast<QWizard *>(window());
        QAbstractButton *next = wizard ? wizard->button(QWizard::NextButton) : nullptr;
        if (next && next->isVisible() && next->isEnabled())
            next->setFocus(Qt::OtherFocusReason);
        else
            m_status->setFocus(Qt::OtherFocusReason);
    });
}

void SupportRequestBox::send()
{
    if (!m_session || (m_beforeSend && !m_beforeSend()))
        return;
    m_status->clearMessage();
    m_focusWhenSent = true;
    m_session->requestSupport(m_topic, m_message->toPlainText(), m_finalizer);
}

void SupportRequestBox::onNotOffered(SupportTopic topic, const QString &message)
{
    if (topic != m_topic)
        return;
    m_message->setPlainText(message);
    m_message->document()->setModified(true); // keep exactly what is to be copied
    m_fallback->setVisible(true);
    m_status->clearMessage();
    m_sentManually->setFocus();
}

} // namespace passerelle::ui
