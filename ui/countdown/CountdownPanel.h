#pragma once

#include "core/model/Clock.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace passerelle::ui {

// Time left and money: the transit server's free period and cost, the finalization week, the
// deadline and the rollback banner. Every tick recomputes from the injected clock.
class CountdownPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownPanel(const Clock *clock, QWidget *parent = nullptr);

    void setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts);
    // Recompute every text from the clock (the timer calls it; tests call it after moving the clock).
    void recompute();

    QString transitText() const;
    QString finalizationText() const;
    QString deadlineText() const;
    QString projectionText() const;
    // True while the transit line shows its warning colour (billing started); its words say so too.
    bool showsBillingWarning() const { return m_billed; }
    QString rollbackText() const;

private:
    QLabel *addLine(const QString &accessibleName);

    const Clock *m_clock;
    MigrationSnapshot m_snapshot;
    LocalFacts m_facts;
    QTimer m_tick;
    QLabel *m_rollback;
    QLabel *m_transit;
    QLabel *m_projection;
    bool m_billed = false;
    QLabel *m_finalization;
    QLabel *m_deadline;
};

} // namespace passerelle::ui
