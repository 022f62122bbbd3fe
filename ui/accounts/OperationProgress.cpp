#include "ui/accounts/OperationProgress.h"

#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/RuleText.h"
#include "ui/common/NextFrameProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace passerelle::ui {

OperationProgress::OperationProgress(const Clock *clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    m_bar->setRange(0, 100);
    m_bar->setAccessibleName(tr("Progress of the running operation"));
    m_label->setTextFormat(Qt::PlainText); // names and times from the provider
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 2);
    layout->addWidget(m_bar, 1);
    m_tick.setObjectName(QStringLiteral("operation progress tick"));
    m_tick.setInterval(1000);
    // A tick only asks for a recompute from the clock.
    connect(&m_tick, &QTimer::timeout, this, &OperationProgress::recompute);
    setVisible(false);
}

void OperationProgress::setSnapshot(const MigrationSnapshot &snapshot)
{
    m_running.clear();
    for (const AccountRecord &account : snapshot.accounts) {
        if (isRunning(account.status))
            m_running << account;
    }
    setVisible(!m_running.isEmpty());
    if (m_running.isEmpty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
    recompute();
}

void OperationProgress::recompute()
{
    if (m_running.isEmpty())
        return;
    const AccountRecord &account = m_running.constFirst();
    const QDateTime now = m_clock->now();
    const QDateTime start = account.operationStartedAt.isValid() ? account.operationStartedAt : now;
    // The provider's estimate first; the rule of thumb otherwise (docs/process.md, "Downtime").
    const QDateTime end = account.operationEstimatedEnd.isValid()
        ? account.operationEstimatedEnd
        : start.addSecs(downtime::forAccount(account).count());
    const qint64 total = std::max<qint64>(1, start.secsTo(end));
    const qint64 elapsed = std::clamp<qint64>(start.secsTo(now), 0, total);
    const qint64 left = std::max<qint64>(0, now.secsTo(end));
    // Each tick and each poll: the bar and the words paint with the next frame, and only when they moved.
    const int percent = static_cast<int>(elapsed * 100 / total);
    setValueForNextFrame(*m_bar, percent);
    m_bar->setFormat(format::percent(percent)); // the language's spacing: "9 %" in French
    const QString status = text::statusName(account.status);
    const QString text = left > 0 ? tr("%1: %2, about %3 left (estimate).")
                                        .arg(account.name, status, format::duration(std::chrono::seconds(left)))
                                  : tr("%1: %2, finishing (longer than estimated).").arg(account.name, status);
    if (text == m_label->text())
        return;
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
}

QString OperationProgress::text() const
{
    return m_label->text();
}

int OperationProgress::percent() const
{
    return m_bar->value();
}

} // namespace passerelle::ui
