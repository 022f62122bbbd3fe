// A running operation's progress bar on a step page paints with the next frame, not inside the
// session's update that moved it.
#include "tests/ui/UiFixtures.h"
#include "ui/accounts/OperationProgress.h"
#include "ui/wizard/StepPage.h"

#include <QProgressBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// Counts the paints a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// A session's update moves the progress bar: it paints with the next frame, not inside the update
// (QProgressBar::setValue repaints at once, which paints every pending region of the window).
TEST(OperationProgressOnAPage, PaintsWithTheNextFrameNotInsideTheUpdate)
{
    ManualClock clock(at("2026-12-01T10:00:00Z"));
    MigrationSnapshot snapshot = transitReady(makeSnapshot(2));
    AccountRecord &moving = snapshot.accounts[1];
    moving.status = AccountStatus::Migrating;
    moving.operationStartedAt = at("2026-12-01T10:00:00Z");
    moving.operationEstimatedEnd = at("2026-12-01T10:04:00Z");
    OperationProgress progress(&clock);
    progress.resize(600, 40);
    StepPage::updateProgress(progress, snapshot);
    progress.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&progress));
    auto *bar = progress.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    QTest::qWait(50); // the first frame
    PaintCounter counter;
    bar->installEventFilter(&counter);

    clock.set(at("2026-12-01T10:03:00Z"));
    moving.operationStartedAt = at("2026-12-01T10:00:00Z"); // same operation, later
    StepPage::updateProgress(progress, snapshot);
    EXPECT_EQ(progress.percent(), 75);
    EXPECT_EQ(counter.paints, 0) << "painted inside the update";
    EXPECT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000)) << "never painted";
}

} // namespace
