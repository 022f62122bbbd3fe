#include "ui/wizard/WizardContext.h"

#include "core/api/ApiContract.h"
#include "core/session/QueueSchedule.h"
#include "ui/common/UiLog.h"
#include "ui/wizard/StartTimeDialog.h"

#include <QDesktopServices>
#include <QFileDialog>

namespace passerelle::ui {

WizardContext::WizardContext(SessionFactory factory, const Clock *clock, QObject *parent)
    : QObject(parent), openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      chooseSavePath([](QWidget *parent, const QString &caption, const QString &filter, const QString &suggested) {
          return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
      }),
      m_factory(std::move(factory)), m_ownClock(clock), m_clock(clock), m_confirmer(dialogConfirmer()),
      m_asker(questionAsker())
{
    chooseStartTime = &StartTimeDialog::ask;
}

QUrl WizardContext::supportPage() const
{
    return QUrl(contract::supportPageUrl());
}

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
    if (m_scrubber)
        registerSecrets(*m_scrubber, options);
}

Expected<void, BackendError> WizardContext::connectTo(const BackendOptions &options)
{
    rememberSecret(options);
    // The previous connection (failed, or left with Back) lets go of all it holds before the new
    // one opens: the new one takes the same journal's lock.
    release();
    auto opened = m_factory(options);
    if (!opened) {
        qCWarning(lcUi) << "no backend opened" << (options.dryRun ? "(dry-run)" : "");
        return opened.error();
    }
    m_backend = std::move(opened.value());
    m_rehearsal = options.dryRun;
    m_clock.follow(m_backend->clock ? m_backend->clock : m_ownClock);
    Q_EMIT sessionChanged(m_backend->session.get());
    // The wizard stays open to start a queue scheduled by an earlier run.
    m_backend->session->schedule().adoptKept();
    m_backend->session->start();
    return {};
}

void WizardContext::release()
{
    if (!m_backend)
        return;
    // The pages let go of the session first, then the journal (and its lock) closes with it.
    Q_EMIT sessionChanged(nullptr);
    m_clock.follow(m_ownClock);
    m_rehearsal = false;
    m_backend.reset();
}

} // namespace passerelle::ui
