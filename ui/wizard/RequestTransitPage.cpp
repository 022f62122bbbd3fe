#include "ui/wizard/RequestTransitPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "ui/countdown/CountdownText.h"
#include "ui/wizard/SupportRequestBox.h"
#include "ui/wizard/WizardContext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

RequestTransitPage::RequestTransitPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::RequestTransit, context, parent),
      m_request(new SupportRequestBox(SupportTopic::TransitServer, context, this)), m_deadline(new QLabel(this))
{
    m_deadline->setTextFormat(Qt::PlainText); // names and times from the provider
    m_deadline->setWordWrap(true);
    m_deadline->setAccessibleName(tr("Migration deadline"));
    content()->addWidget(m_deadline);
    content()->addWidget(m_request);
    content()->addStretch(1);
}

void RequestTransitPage::attach(MigrationSession *session)
{
    m_request->setSession(session);
}

void RequestTransitPage::refresh()
{
    const MigrationSnapshot &snapshot = session()->snapshot();
    const LocalFacts &facts = session()->facts();
    const bool sent = facts.transitRequestSent || snapshot.migration.transit.status != TransitStatus::NotRequested;
    m_request->setState(rules::canRequestTransit(snapshot, facts).hasValue(), sent);
    m_deadline->setText(countdown::migrationDeadline(snapshot.migration, context()->clock()->now()));
}

QString RequestTransitPage::deadlineText() const
{
    return m_deadline->text();
}

} // namespace passerelle::ui
