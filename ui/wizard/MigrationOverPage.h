#pragma once

#include "ui/wizard/StepPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace passerelle::ui {

// Step 8: the summary — accounts, downtime estimated against observed, transit cost, dates — with
// one table row per account, and the report's export.
class MigrationOverPage : public StepPage
{
    Q_OBJECT

public:
    explicit MigrationOverPage(WizardContext *context, QWidget *parent = nullptr);

    QString summaryText() const;
    QTableWidget *accountsTable() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    // The PDF asked for here is written in the background: the button waits, the page says how it went.
    void showExport(bool writing, bool failed, const QString &message);

Q_SIGNALS:
    // The customer asked for the report (the wizard's activity dialog writes it).
    void exportRequested();

protected:
    void refresh() override;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_export;
};

} // namespace passerelle::ui
