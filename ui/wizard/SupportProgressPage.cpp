#include "ui/wizard/SupportProgressPage.h"

#include "core/model/Format.h"

#include "core/model/Reinstall.h"
#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "ui/common/NextFrameProgress.h"
#include "ui/countdown/CountdownPanel.h"
#include "ui/wizard/WizardContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

QString transitDoing(const TransitServer &transit)
{
    switch (transit.status) {
    case TransitStatus::NotRequested:
    case TransitStatus::Requested:
        return SupportProgressPage::tr("Support received your request and will prepare a transit server like yours.");
    case TransitStatus::WaitingForServer:
        return SupportProgressPage::tr(
            "Support is waiting for a free server that matches yours. This can take a while.");
    case TransitStatus::Installing:
        return SupportProgressPage::tr("Support is installing the transit server and pre-copying your files and "
                                       "mail (%1 done). This takes hours.")
            .arg(format::percent(transit.precopyPercent));
    case TransitStatus::Ready:
    case TransitStatus::Released:
        return SupportProgressPage::tr("The transit server is ready.");
    }
    return QString();
}

QString clientDoing(const ClientServer &client)
{
    switch (client.status) {
    case ClientServerStatus::Original:
    case ClientServerStatus::ReinstallRequested:
        return SupportProgressPage::tr("Support received your request and will reinstall your server. Your sites "
                                       "keep running on the transit server.");
    case ClientServerStatus::Reinstalling:
        return SupportProgressPage::tr("Support is reinstalling your server on the new infrastructure and "
                                       "pre-copying files and mail. This takes hours; your sites keep running.");
    case ClientServerStatus::Reinstalled:
        return SupportProgressPage::tr("Your server is reinstalled.");
    }
    return QString();
}

} // namespace

SupportProgressPage::SupportProgressPage(Step step, WizardContext *context, QWidget *parent)
    : StepPage(step, context, parent), m_status(new QLabel(this)), m_precopy(new QProgressBar(this)),
      m_expect(new QLabel(this)), m_reinstall(new QProgressBar(this)), m_countdowns(new CountdownPanel(context->clock(), this))
{
    m_status->setTextFormat(Qt::PlainText); // names and times from the provider
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What support is doing"));
    m_precopy->setRange(0, 100);
    m_precopy->setTextVisible(true);
    m_precopy->setAccessibleName(tr("Files and mail pre-copied"));
    m_precopy->setVisible(false);
    m_expect->setTextFormat(Qt::PlainText);
    m_expect->setWordWrap(true);
    m_expect->setAccessibleName(tr("What the reinstall means for your sites"));
    m_expect->setVisible(step == Step::ClientReinstallation);
    m_reinstall->setAccessibleName(tr("Reinstall progress"));
    m_reinstall->setVisible(step == Step::ClientReinstallation);
    // Alt+N stays Next's.
    auto *check = new QPushButton(tr("&Check now"), this);
    check->setToolTip(tr("Passerelle checks regularly by itself; this asks the provider right away (F5 or Ctrl+R "
                         "on every step)."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(check);
    content()->addLayout(row);
    content()->addWidget(m_precopy);
    content()->addWidget(m_reinstall);
    content()->addWidget(m_expect);
    content()->addWidget(m_countdowns);
    content()->addStretch();
    connect(check, &QPushButton::clicked, this, [this] {
        if (session())
            session()->refresh();
    });
}

void SupportProgressPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const MigrationDetail &migration = snapshot.migration;
    const bool transitStep = step() == Step::TransitInstallation;
    m_status->setText(transitStep ? transitDoing(migration.transit) : clientDoing(migration.clientServer));
    m_precopy->setVisible(transitStep && migration.transit.status == TransitStatus::Installing);
    setValueForNextFrame(*m_precopy, migration.transit.precopyPercent);
    m_precopy->setFormat(format::percent(migration.transit.precopyPercent)); // as the words above say it
    if (!transitStep) {
        m_expect->setText(reinstall::whatToExpect(session()->facts().usesProviderDns));
        const reinstall::Progress progress = reinstall::progress(migration.clientServer, session()->clock().now());
        // Indeterminate (a busy bar) when no honest percentage exists; the words say which case it is.
        m_reinstall->setRange(0, progress.percent ? 100 : 0);
        setValueForNextFrame(*m_reinstall, progress.percent.value_or(0));
        m_reinstall->setFormat(progress.text);
        m_reinstall->setTextVisible(true);
        m_reinstall->setAccessibleDescription(progress.text);
        // A busy bar draws no text: the words go in the status line too.
        if (migration.clientServer.status != ClientServerStatus::Reinstalled)
            m_status->setText(m_status->text() + u' ' + progress.text);
    }
    m_countdowns->setSnapshot(snapshot, session()->facts());
}

QString SupportProgressPage::expectationText() const
{
    return m_expect->text();
}

QString SupportProgressPage::statusText() const
{
    return m_status->text();
}

} // namespace passerelle::ui
