#pragma once

#include "core/model/Step.h"

#include <QWizard>

namespace passerelle::ui {

class ActivityDialog;
class WizardContext;

// The wizard itself: pages by id and nothing else. Every decision is the pages' (asking core);
// the shared state is the session in the context.
class PasserelleWizard : public QWizard
{
    Q_OBJECT

public:
    PasserelleWizard(WizardContext *context, const QString &appVersion, QWidget *parent = nullptr);

    // The activity log window (non-modal), created on first use.
    ActivityDialog *activityDialog();
    void showActivity();
    // Raises the window at the step's page (a clicked notification): back through the pages
    // already seen, or forward as far as each page lets the customer go.
    void showStep(passerelle::Step step);

private:
    void applySupportMode(bool on);
    void copyDiagnosticSummary();

    WizardContext *m_context;
    QString m_appVersion;
    QFont m_normalFont;
    ActivityDialog *m_activity = nullptr;
};

} // namespace passerelle::ui
