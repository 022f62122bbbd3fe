#include "ui/wizard/WizardContext.h"

#include "core/api/Credentials.h"
#include "core/api/LogScrubber.h"
#include "ui/common/UiLog.h"

#include <QDesktopServices>
#include <QFileDialog>

namespace passerelle::ui {

WizardContext::WizardContext(SessionFactory factory, const Clock *clock, QObject *parent)
    : QObject(parent), openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      chooseSavePath([](QWidget *parent, const QString &caption, const QString &filter, const QString &suggested) {
          return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
      }),
      m_factory(std::move(factory)), m_ownClock(clock), m_clock(clock), m_confirmer(dialogConfirmer()),
      m_supportPage(QStringLiteral("https://admin.alwaysdata.com/support/"))
{ }

WizardContext::~WizardContext() = default;

void WizardContext::setSupportMode(bool on)
{
    if (on == m_supportMode)
        return;
    m_supportMode = on;
    Q_EMIT supportModeChanged(on);
}

void WizardContext::rememberSecret(const BackendOptions &options) const
{
    if (!m_scrubber || options.dryRun || options.apiKey.isEmpty())
        return;
    for (const QByteArray &secret : credentialsFor(options).secretForms())
        m_scrubber->addSecret(secret);
    m_scrubber->addSecret(options.apiKey);
}

bool WizardContext::connectTo(const BackendOptions &options, QString *error, ApiError::Kind *kind)
{
    rememberSecret(options);
    Expected<std::unique_ptr<Backend>> opened = m_factory(options);
    if (!opened || !opened.value() || !opened.value()->session) {
        if (error)
            *error = opened ? QString() : opened.error().message;
        if (kind && !opened)
            *kind = opened.error().kind;
        qCWarning(lcUi) << "no backend opened" << (options.dryRun ? "(dry-run)" : "");
        return false;
    }
    // The previous backend (a failed attempt) goes only after the pages let go of its session.
    std::unique_ptr<Backend> previous = std::move(m_backend);
    m_backend = std::move(opened.value());
    m_clock.follow(m_backend->clock ? m_backend->clock : m_ownClock);
    Q_EMIT sessionChanged(m_backend->session.get());
    previous.reset();
    m_backend->session->start();
    return true;
}

} // namespace passerelle::ui
