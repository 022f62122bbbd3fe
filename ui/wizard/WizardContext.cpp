#include "ui/wizard/WizardContext.h"

#include "ui/common/UiLog.h"

#include <QDesktopServices>

namespace passerelle::ui {

WizardContext::WizardContext(SessionFactory factory, const Clock *clock, QObject *parent)
    : QObject(parent)
    , openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_factory(std::move(factory))
    , m_ownClock(clock)
    , m_clock(clock)
    , m_confirmer(dialogConfirmer())
    , m_supportPage(QStringLiteral("https://admin.alwaysdata.com/support/"))
{
}

WizardContext::~WizardContext() = default;

void WizardContext::setSupportMode(bool on)
{
    if (on == m_supportMode)
        return;
    m_supportMode = on;
    Q_EMIT supportModeChanged(on);
}

bool WizardContext::connectTo(const ConnectionRequest &request, QString *error)
{
    std::unique_ptr<ConnectedSession> connected = m_factory ? m_factory(request, error) : nullptr;
    if (!connected || !connected->session) {
        qCWarning(lcUi) << "no session built" << (request.dryRun ? "(dry-run)" : "");
        return false;
    }
    // The previous session (a failed attempt) goes only after the pages let go of it.
    std::unique_ptr<ConnectedSession> previous = std::move(m_connected);
    m_connected = std::move(connected);
    m_clock.follow(m_connected->clock ? m_connected->clock : m_ownClock);
    Q_EMIT sessionChanged(m_connected->session.get());
    previous.reset();
    m_connected->session->start();
    return true;
}

} // namespace passerelle::ui
