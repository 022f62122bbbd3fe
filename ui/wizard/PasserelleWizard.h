#pragma once

#include "core/model/Step.h"

#include <QTimer>
#include <QWizard>

namespace passerelle::ui {

class AboutBox;
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
    // Raises the window at the step's page (a clicked notification): back through the pages
    // already seen, or forward as far as each page lets the customer go.
    void showStep(passerelle::Step step);
    void showAbout();
    // The About box while it is open (null otherwise).
    AboutBox *aboutBox() const { return m_about; }

    // Esc, Cancel and closing the window: asks first when leaving would surprise (core says what
    // goes on at the provider's side; a rehearsal is never thrown away silently).
    void reject() override;
    void done(int result) override;

protected:
    bool validateCurrentPage() override;

private:
    StepPage *createStepPage(int id) const;
    // Builds and lays out the page Next leads to while the customer reads this one: Next then
    // only switches pages, within a frame.
    void prepareNextPage();
    // Once connected: opens the migration's step when its page is built, filled and laid out,
    // each at a turn of its own rather than all in one burst.
    void openConnectedStep();
    void applySupportMode(bool on);
    void copyDiagnosticSummary();
    void goBack();
    void checkNow();
    void updateTitle();

    WizardContext *m_context;
    QString m_appVersion;
    QFont m_normalFont;
    FirstPaintWatch *m_firstPaint;
    ActivityDialog *m_activity = nullptr;
    AboutBox *m_about = nullptr;
    QTimer m_prepareNext; // once the page on screen has drawn
    QTimer m_openStep; // a frame later, on the connection page
    bool m_openingStep = false; // from the connection's Ready until a page switch
};

} // namespace passerelle::ui
