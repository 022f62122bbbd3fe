#include "ui/wizard/ConnectionPage.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiEndpoint.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/KeyKeeper.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/WizardContext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

// Where and as whom the last accepted connection was made; the key is in the keychain only.
const QString kUrlKey = u"connection/api_url"_s;
const QString kAccountKey = u"connection/account"_s;

QString failureText(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::KeyRefused:
        return error.message; // core names the cause, in the provider's words when it gave some
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
    : QWizardPage(parent), m_context(context), m_key(new QLineEdit(this)), m_account(new QLineEdit(this)),
      m_url(new QLineEdit(this)), m_connect(new QPushButton(tr("&Connect"), this)),
      m_dryRun(new QPushButton(tr("&Try it offline (dry-run)"), this)),
      m_newJournal(new QPushButton(tr("Start a new &journal"), this)), m_error(new MessageLabel(this)),
      m_info(new MessageLabel(this)), m_remember(new QCheckBox(tr("&Remember the key in the system keychain"), this)),
      m_forget(new QPushButton(tr("&Forget my key"), this)),
      m_another(new QPushButton(tr("Use anot&her account"), this)), m_keeper(new KeyKeeper(context->keychain(), this)),
      m_advanced(new QCheckBox(tr("Ad&vanced"), this)), m_advancedBox(new QWidget(this))
{
    setTitle(tr("Connect to your provider"));
    setSubTitle(tr("Passerelle reads your migration with your API key and does only what you ask."));

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Your API key"));
    m_account->setAccessibleName(tr("Account name or customer e-mail"));
    m_account->setPlaceholderText(tr("account name or customer e-mail"));
    m_url->setAccessibleName(tr("API URL"));
    m_url->setText(contract::defaultBaseUrl());
    m_connect->setAccessibleName(tr("Connect"));
    m_dryRun->setAccessibleName(tr("Try it offline (dry-run)"));
    m_dryRun->setToolTip(tr("A simulated migration on this computer: nothing reaches your provider."));

    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("&Account or e-mail:"), m_account);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_remember);
    keyRow->addStretch();
    keyRow->addWidget(m_another);
    keyRow->addWidget(m_forget);
    form->addRow(QString(), keyRow);
    m_remember->setChecked(true);
    m_remember->setVisible(m_keeper->isAvailable());
    m_forget->setVisible(m_keeper->isAvailable());
    // A check box over the address rather than a checkable group box: the style draws a group box's
    // frame from an image, and loading the first image loads every image format plugin before the
    // first page is whole.
    auto *advanced = m_advanced;
    advanced->setChecked(false);
    advanced->setAccessibleName(tr("Advanced: change the API URL"));
    auto *advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->addRow(tr("API &URL:"), m_url);
    m_advancedBox->setEnabled(false);
    connect(advanced, &QCheckBox::toggled, m_advancedBox, &QWidget::setEnabled);
    // Closing the box means "the provider's address": what is greyed out is what is used. An
    // address typed before comes back when the box is opened again.
    connect(advanced, &QCheckBox::toggled, this, [this](bool open) {
        if (open) {
            if (!m_typedUrl.isEmpty())
                m_url->setText(m_typedUrl);
            return;
        }
        if (m_url->text().trimmed() != contract::defaultBaseUrl())
            m_typedUrl = m_url->text();
        m_url->setText(contract::defaultBaseUrl());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addStretch();
    buttons->addWidget(m_dryRun);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_advancedBox);
    layout->addLayout(buttons);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(m_newJournal, 0, Qt::AlignLeft);
    layout->addStretch();
    m_newJournal->setVisible(false);
    // Tab follows the screen: the Advanced box and its address come before Connect.
    const QList<QWidget *> tabOrder {m_key,      m_account, m_remember, m_another, m_forget,
                                     m_advanced, m_url,     m_connect,  m_dryRun,  m_newJournal};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    m_newJournal->setToolTip(tr("Reads the migration again from the provider; the ticks and choices of the "
                                "damaged journal are not carried over."));

    connect(m_connect, &QPushButton::clicked, this, [this] { connectSession(false); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { connectSession(true); });
    connect(m_newJournal, &QPushButton::clicked, this, [this] { connectSession(false, true); });
    connect(m_key, &QLineEdit::textChanged, this, &ConnectionPage::updateButtons);
    connect(m_key, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(context, &WizardContext::sessionChanged, this, &ConnectionPage::onSessionChanged);
    // Support mode: the e-mail is masked like the key, which is never shown back in any mode.
    connect(context, &WizardContext::supportModeChanged, this,
            [this](bool on) { m_account->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal); });
    connect(m_keeper, &KeyKeeper::keyRead, this, [this](const QString &key) {
        // Known to the log scrubber from the moment it is in memory, before any request.
        BackendOptions keyOnly;
        keyOnly.apiKey = key.trimmed().toUtf8();
        m_context->rememberSecret(keyOnly);
        if (m_key->text().isEmpty())
            m_key->setText(key);
        // The last connection comes back by itself after a restart: nothing to retype.
        if (m_restored && !m_autoConnectTried && !m_busy && !m_context->session() && !m_key->text().isEmpty()) {
            m_autoConnectTried = true;
            connectSession(false);
        }
    });
    connect(m_keeper, &KeyKeeper::info, this, [this](const QString &message) {
        if (!m_busy)
            m_info->showMessage(MessageLabel::Kind::Info, message);
    });
    // A failed save happens after the wizard moved on: the page on screen shows it.
    connect(m_keeper, &KeyKeeper::problem, context, &WizardContext::announce);
    connect(m_account, &QLineEdit::editingFinished, this, &ConnectionPage::readSavedKey);
    m_another->setToolTip(tr("Empties the fields for another API address, account or key. The saved key stays in "
                             "the keychain until you forget it."));
    m_another->setVisible(false);
    connect(m_another, &QPushButton::clicked, this, &ConnectionPage::useAnotherAccount);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_key->clear();
        m_keeper->forget(apiUrl(), m_account->text().trimmed());
    });
    restoreConnection();
    updateButtons();
}

void ConnectionPage::restoreConnection()
{
    QSettings *settings = m_context->settings();
    if (!settings || !settings->contains(kAccountKey))
        return;
    const QString url = settings->value(kUrlKey).toString();
    if (!url.isEmpty() && url != contract::defaultBaseUrl()) {
        m_advanced->setChecked(true);
        m_url->setText(url);
    }
    m_account->setText(settings->value(kAccountKey).toString());
    m_restored = true;
    m_another->setVisible(true);
}

void ConnectionPage::rememberConnection()
{
    if (QSettings *settings = m_context->settings()) {
        settings->setValue(kUrlKey, apiUrl().toString());
        settings->setValue(kAccountKey, m_account->text().trimmed());
    }
}

void ConnectionPage::useAnotherAccount()
{
    if (QSettings *settings = m_context->settings()) {
        settings->remove(kUrlKey);
        settings->remove(kAccountKey);
    }
    m_restored = false;
    m_key->clear();
    m_account->clear();
    m_advanced->setChecked(false);
    m_another->setVisible(false);
    m_error->clearMessage();
    m_info->clearMessage();
    m_account->setFocus();
}

QUrl ConnectionPage::apiUrl() const
{
    return QUrl(ApiEndpoint::completeTyped(m_url->text()));
}

void ConnectionPage::readSavedKey()
{
    m_keeper->read(apiUrl(), m_account->text().trimmed());
}

void ConnectionPage::updateButtons()
{
    m_connect->setEnabled(!m_busy && !m_key->text().trimmed().isEmpty());
    m_dryRun->setEnabled(!m_busy);
}

void ConnectionPage::connectSession(bool dryRun, bool startNewJournal)
{
    BackendOptions options;
    options.dryRun = dryRun;
    options.startNewJournal = startNewJournal;
    m_lastWasDryRun = dryRun;
    if (!dryRun) {
        options.apiKey = m_key->text().trimmed().toUtf8();
        const QString account = m_account->text().trimmed();
        // An e-mail names a customer; anything else an account (docs/contract.md, "Authentication").
        (account.contains(u'@') ? options.customerEmail : options.accountName) = account;
        options.apiUrl = apiUrl().toString();
        // The same rule as the REST client's: https, or plain http to a simulator on this computer.
        if (const auto endpoint = ApiEndpoint::fromString(options.apiUrl); !endpoint) {
            m_error->showMessage(MessageLabel::Kind::Error, endpoint.error().message);
            return;
        }
    }
    m_error->clearMessage();
    m_newJournal->setVisible(false);
    m_busy = true;
    updateButtons();
    m_info->showMessage(MessageLabel::Kind::Info,
                        dryRun ? tr("Starting the offline simulation…") : tr("Looking for your migration…"));
    const auto connected = m_context->connectTo(options);
    if (!connected) {
        m_busy = false;
        updateButtons();
        m_info->clearMessage();
        m_error->showMessage(MessageLabel::Kind::Error, connected.error().message);
        if (connected.error().kind == BackendError::Kind::NoKey)
            m_key->setFocus();
        // Nothing was sent; starting anew is the customer's choice, offered here.
        m_newJournal->setVisible(connected.error().kind == BackendError::Kind::JournalDamaged);
    }
}

void ConnectionPage::onSessionChanged(MigrationSession *session)
{
    Q_EMIT completeChanged();
    if (!session)
        return;
    connect(session, &MigrationSession::stateChanged, this, &ConnectionPage::onStateChanged);
    connect(session, &MigrationSession::refreshFailed, this, [this, session](const ApiError &error) {
        if (session->state() != MigrationSession::State::Ready)
            showFailure(error);
    });
}

void ConnectionPage::onStateChanged(MigrationSession::State state)
{
    Q_EMIT completeChanged();
    if (state == MigrationSession::State::Ready) {
        m_busy = false;
        updateButtons();
        m_info->clearMessage();
        // Saved only once the provider accepted it: a wrong key never reaches the keychain.
        if (!m_lastWasDryRun && m_remember->isChecked()) {
            m_keeper->save(apiUrl(), m_account->text().trimmed(), m_key->text().trimmed());
            rememberConnection();
        }
        // The wizard then opens the migration's current step (PasserelleWizard::openConnectedStep).
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
