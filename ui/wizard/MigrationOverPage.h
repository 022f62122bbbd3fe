#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;

namespace passerelle::ui {

// Step 8: the summary — accounts, downtime estimated against observed, transit cost, dates.
class MigrationOverPage : public StepPage
{
    Q_OBJECT

public:
    explicit MigrationOverPage(WizardContext *context, QWidget *parent = nullptr);

    QString summaryText() const;

protected:
    void refresh() override;

private:
    QLabel *m_summary;
};

} // namespace passerelle::ui
