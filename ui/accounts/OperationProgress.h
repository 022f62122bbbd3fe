#pragma once

#include "core/model/Clock.h"
#include "core/model/MigrationSnapshot.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace passerelle::ui {

// The running operation of an account: a progress bar and the time left, from the provider's
// estimate when it gives one, else from the downtime rule. Recomputed from the clock on each tick.
class OperationProgress : public QWidget
{
    Q_OBJECT

public:
    explicit OperationProgress(const Clock *clock, QWidget *parent = nullptr);

    void setSnapshot(const MigrationSnapshot &snapshot);
    void recompute();
    QString text() const;
    int percent() const;

private:
    const Clock *m_clock;
    AccountList m_running;
    QTimer m_tick;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace passerelle::ui
