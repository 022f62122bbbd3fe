#include "ui/countdown/CountdownPanel.h"

#include "ui/countdown/CountdownText.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

// A dry-run's clock runs many times faster than real time: a slower tick showed an estimate an
// hour of simulated time old next to a fresh "last read".
constexpr int kTickMs = 1000;

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (label->accessibleDescription() != text)
        label->setAccessibleDescription(text);
}

// A style sheet set again, even the same one, re-polishes the label and lays its page out anew:
// every second, on every page's panel, that was most of the wizard's painting.
void setSheet(QLabel *label, const QString &sheet)
{
    if (label->styleSheet() != sheet)
        label->setStyleSheet(sheet);
}

} // namespace

CountdownPanel::CountdownPanel(const Clock *clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rollback = addLine(tr("Rollback"));
    m_rollback->setFrameShape(QFrame::StyledPanel);
    m_rollback->setMargin(4);
    m_transit = addLine(tr("Transit server free period"));
    m_projection = addLine(tr("Cost projection"));
    m_finalization = addLine(tr("Finalization week"));
    m_deadline = addLine(tr("Migration deadline"));
    setAccessibleName(tr("Countdowns"));

    // The tick only asks for a recompute: time left always comes from the clock, never from ticks.
    m_tick.setObjectName(u"countdown tick"_s); // names say which timer ran (tests/bench/GuiStallBench)
    m_tick.setInterval(kTickMs);
    // A hidden page's panel waits: its page gives it the snapshot again when shown.
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            recompute();
    });
    m_tick.start();
    recompute();
}

QLabel *CountdownPanel::addLine(const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // names and times from the provider
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(label);
    return label;
}

void CountdownPanel::setSnapshot(const MigrationSnapshot &snapshot, const LocalFacts &facts)
{
    m_snapshot = snapshot;
    m_facts = facts;
    recompute();
}

void CountdownPanel::recompute()
{
    const QDateTime now = m_clock->now();
    const MigrationDetail &migration = m_snapshot.migration;
    const bool open = countdown::isRollbackOpen(migration);
    showText(m_rollback, countdown::rollbackBanner(migration));
    // The banner's colour only repeats its words.
    setSheet(m_rollback, open ? u"QLabel { background: #e3f8df; color: #1b3a17; }"_s
                              : u"QLabel { background: #fbe3e4; color: #5c0a10; }"_s);
    showText(m_transit, countdown::transitFreePeriod(migration, m_facts, now));
    // The colour repeats the words ("free period ended", "cost so far"), never replaces them.
    m_billed = countdown::isTransitBilled(migration, now);
    setSheet(m_transit, m_billed ? u"QLabel { background: #fff1c2; color: #4a3300; }"_s : QString());
    showText(m_projection, countdown::transitProjection(m_snapshot, m_facts, now));
    showText(m_finalization, countdown::finalizationWeek(m_snapshot, m_facts, now));
    showText(m_deadline, countdown::migrationDeadline(migration, now));
}

QString CountdownPanel::transitText() const
{
    return m_transit->text();
}
QString CountdownPanel::projectionText() const
{
    return m_projection->text();
}
QString CountdownPanel::finalizationText() const
{
    return m_finalization->text();
}
QString CountdownPanel::deadlineText() const
{
    return m_deadline->text();
}
QString CountdownPanel::rollbackText() const
{
    return m_rollback->text();
}

} // namespace passerelle::ui
