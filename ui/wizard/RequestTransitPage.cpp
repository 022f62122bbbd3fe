#include "ui/wizard/RequestTransitPage.h"

#include "core/model/ProcessRules.h"
#include "core/session/MigrationSession.h"
#include "ui/wizard/SupportRequestBox.h"

#include <QVBoxLayout>

namespace passerelle::ui {

RequestTransitPage::RequestTransitPage(WizardContext *context, QWidget *parent)
    : StepPage(Step::RequestTransit, context, parent),
      m_request(new SupportRequestBox(SupportTopic::TransitServer, context, this))
{
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
}

} // namespace passerelle::ui
