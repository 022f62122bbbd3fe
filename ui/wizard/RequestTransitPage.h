#pragma once

#include "ui/wizard/StepPage.h"

namespace passerelle::ui {

class SupportRequestBox;

// Step 2: the request for a transit server, sent to support.
class RequestTransitPage : public StepPage
{
    Q_OBJECT

public:
    explicit RequestTransitPage(WizardContext *context, QWidget *parent = nullptr);

    SupportRequestBox *request() const { return m_request; }

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    SupportRequestBox *m_request;
};

} // namespace passerelle::ui
