#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;

namespace passerelle::ui {

class SupportRequestBox;

// Step 2: the request for a transit server, sent to support.
class RequestTransitPage : public StepPage
{
    Q_OBJECT

public:
    explicit RequestTransitPage(WizardContext *context, QWidget *parent = nullptr);

    SupportRequestBox *request() const { return m_request; }
    QString deadlineText() const;

protected:
    void attach(MigrationSession *session) override;
    void refresh() override;

private:
    SupportRequestBox *m_request;
    QLabel *m_deadline;
};

} // namespace passerelle::ui
