#include "ui/wizard/ConnectionPage.h"

#include "ui/common/MessageLabel.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/WizardContext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace passerelle::ui {
namespace {

QString failureText(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::KeyRefused:
        return ConnectionPage::tr("The provider refused this API key. Check that you copied it whole, from the "
                                  "API keys page of your administration panel, and that it is still valid.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return ConnectionPage::tr("The provider could not be reached (%1). Check your connection and the API URL, "
                                  "then try again.")
            .arg(error.message);
    case ApiError::Kind::Tls:
        return ConnectionPage::tr("The secure connection to the provider failed (%1). Nothing was sent.")
            .arg(error.message);
    default:
        return error.message;
    }
}

} // namespace

ConnectionPage::ConnectionPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_key(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_dryRun(new QPushButton(tr("&Try it offline (dry-run)"), this))
    , m_error(new MessageLabel(this))
    , m_info(new MessageLabel(this))
{
    setTitle(tr("Connect to your provider"));
    setSubTitle(tr("Passerelle reads your migration with your API key and does only what you ask."));

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Your API key"));
    m_account->setAccessibleName(tr("Account name or customer e-mail"));
    m_account->setPlaceholderText(tr("account name or customer e-mail"));
    m_url->setAccessibleName(tr("API URL"));
    m_url->setText(QStringLiteral("https://api.alwaysdata.com"));
    m_connect->setAccessibleName(tr("Connect"));
    m_dryRun->setAccessibleName(tr("Try it offline (dry-run)"));
    m_dryRun->setToolTip(tr("A simulated migration on this computer: nothing reaches your provider."));

    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("&Account or e-mail:"), m_account);
    auto *advanced = new QGroupBox(tr("Ad&vanced"), this);
    advanced->setCheckable(true);
    advanced->setChecked(false);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("API &URL:"), m_url);
    advanced->setAccessibleName(tr("Advanced: change the API URL"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addStretch();
    buttons->addWidget(m_dryRun);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addLayout(buttons);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_connect, &QPushButton::clicked, this, [this] { connectSession(false); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { connectSession(true); });
    connect(m_key, &QLineEdit::textChanged, this, &ConnectionPage::updateButtons);
    connect(m_key, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(context, &WizardContext::sessionChanged, this, &ConnectionPage::onSessionChanged);
    // Support mode: the e-mail is masked like the key, which is never shown back in any mode.
    connect(context, &WizardContext::supportModeChanged, this, [this](bool on) {
        m_account->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal);
    });
    updateButtons();
}

void ConnectionPage::updateButtons()
{
    m_connect->setEnabled(!m_busy && !m_key->text().trimmed().isEmpty());
    m_dryRun->setEnabled(!m_busy);
}

void ConnectionPage::connectSession(bool dryRun)
{
    ConnectionRequest request;
    request.dryRun = dryRun;
    if (!dryRun) {
        request.apiKey = m_key->text().trimmed();
        request.account = m_account->text().trimmed();
        request.apiUrl = QUrl(m_url->text().trimmed());
        if (!request.apiUrl.isValid() || request.apiUrl.scheme() != u"https") {
            m_error->showMessage(MessageLabel::Kind::Error, tr("The API URL must start with https://."));
            return;
        }
    }
    m_error->clearMessage();
    m_busy = true;
    updateButtons();
    m_info->showMessage(MessageLabel::Kind::Info, dryRun ? tr("Starting the offline simulation…")
                                                         : tr("Looking for your migration…"));
    QString error;
    if (!m_context->connectTo(request, &error)) {
        m_busy = false;
        updateButtons();
        m_info->clearMessage();
        m_error->showMessage(MessageLabel::Kind::Error, error.isEmpty() ? tr("Passerelle could not start.") : error);
    }
}

void ConnectionPage::onSessionChanged(MigrationSession *session)
{
    if (!session)
        return;
    connect(session, &MigrationSession::stateChanged, this, &ConnectionPage::onStateChanged);
    connect(session, &MigrationSession::refreshFailed, this, [this, session](const ApiError &error) {
        if (session->state() != MigrationSession::State::Ready)
            showFailure(error);
    });
    Q_EMIT completeChanged();
}

void ConnectionPage::onStateChanged(MigrationSession::State state)
{
    Q_EMIT completeChanged();
    if (state == MigrationSession::State::Ready) {
        m_busy = false;
        updateButtons();
        m_info->clearMessage();
        // The wizard opens at the migration's current step, derived by core.
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    } else if (state == MigrationSession::State::Failed) {
        const MigrationSession *session = m_context->session();
        if (session && session->lastError())
            showFailure(*session->lastError());
    }
}

void ConnectionPage::showFailure(const ApiError &error)
{
    m_busy = false;
    updateButtons();
    m_info->clearMessage();
    m_error->showMessage(MessageLabel::Kind::Error, failureText(error));
    if (error.kind == ApiError::Kind::KeyRefused)
        m_key->setFocus();
}

bool ConnectionPage::isComplete() const
{
    const MigrationSession *session = m_context->session();
    return session && session->state() == MigrationSession::State::Ready && session->hasSnapshot();
}

int ConnectionPage::nextId() const
{
    const MigrationSession *session = m_context->session();
    return session && session->hasSnapshot() ? pageIdFor(session->currentStep()) : pageIdFor(Step::PrepareAccounts);
}

} // namespace passerelle::ui
