#pragma once

#include <QWizard>

namespace passerelle::ui {

class ActivityDialog;
class FirstPaintWatch;
class StepPage;
class WizardContext;

// The wizard itself: pages by id and nothing else. Every decision is the pages' (asking core);
// the shared state is the session in the context.
class PasserelleWizard : public QWizard
{
    Q_OBJECT

public:
    PasserelleWizard(WizardContext *context, const QString &appVersion, QWidget *parent = nullptr);

    // The page with this id, built now if it was not yet (pages are built when first needed);
    // null for an id the wizard does not have.
    QWizardPage *ensurePage(int id);
    void ensureAllPages();

    // Says when the window first painted: what it does not need waits for that moment.
    FirstPaintWatch *firstPaint() const { return m_firstPaint; }

    // The activity log window (non-modal), created on first use.
    ActivityDialog *activityDialog();
    void showActivity();

protected:
    bool validateCurrentPage() override;

private:
    StepPage *createStepPage(int id) const;
    void applySupportMode(bool on);
    void copyDiagnosticSummary();

    WizardContext *m_context;
    QString m_appVersion;
    QFont m_normalFont;
    FirstPaintWatch *m_firstPaint;
    ActivityDialog *m_activity = nullptr;
};

} // namespace passerelle::ui
