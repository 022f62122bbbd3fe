// A running operation's progress bar paints with the next frame, not inside the session's update
// or the clock's tick that moved it.
#include "tests/ui/UiFixtures.h"
#include "translations/TranslationInstaller.h"
#include "ui/accounts/OperationProgress.h"

#include <QCoreApplication>
#include <QProgressBar>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QWizardPage>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
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

// One account migrating from 10:00, the provider expecting it to end at 10:10.
MigrationSnapshot tenMinuteMigrationFromTen()
{
    MigrationSnapshot snapshot = transitReady(makeSnapshot(1));
    AccountRecord &moving = snapshot.accounts[0];
    moving.status = AccountStatus::Migrating;
    moving.operationStartedAt = at("2026-12-01T10:00:00Z");
    moving.operationEstimatedEnd = at("2026-12-01T10:10:00Z");
    return snapshot;
}

struct ShownProgress
{
    explicit ShownProgress(ManualClock &clock, const MigrationSnapshot &snapshot) : progress(&clock)
    {
        progress.resize(600, 40);
        progress.setSnapshot(snapshot);
        progress.show();
    }
    OperationProgress progress;
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
    ShownProgress shown(clock, snapshot);
    OperationProgress &progress = shown.progress;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&progress));
    auto *bar = progress.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    PaintCounter counter;
    bar->installEventFilter(&counter);
    // The first frame: whatever paint is still due happens here, then the count starts.
    bar->update();
    ASSERT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000));
    counter.paints = 0;

    clock.set(at("2026-12-01T10:03:00Z"));
    moving.operationStartedAt = at("2026-12-01T10:00:00Z"); // same operation, later
    progress.setSnapshot(snapshot);
    EXPECT_EQ(progress.percent(), 75);
    EXPECT_EQ(counter.paints, 0) << "painted inside the update";
    EXPECT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000)) << "never painted";
}

// The one-second tick moves the bar and the time left the same way: painted with the next frame.
TEST(OperationProgressOnAPage, TickPaintsWithTheNextFrameAndSaysTheNewTime)
{
    ManualClock clock(at("2026-12-01T10:00:00Z"));
    const MigrationSnapshot snapshot = tenMinuteMigrationFromTen();
    ShownProgress shown(clock, snapshot);
    OperationProgress &progress = shown.progress;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&progress));
    auto *bar = progress.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    const QString before = progress.text();
    PaintCounter counter;
    bar->installEventFilter(&counter);
    // The first frame: whatever paint is still due happens here, then the count starts.
    bar->update();
    ASSERT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000));
    counter.paints = 0;

    clock.set(at("2026-12-01T10:05:00Z"));
    progress.recompute(); // what the tick does
    EXPECT_EQ(progress.percent(), 50);
    EXPECT_NE(progress.text(), before) << "the time left did not follow the clock";
    EXPECT_EQ(counter.paints, 0) << "painted inside the tick";
    EXPECT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000)) << "never painted";
}

// The bar's figure is written as the language writes a percentage: "50 %" in French.
TEST(OperationProgressOnAPage, WritesThePercentageTheLanguagesWay)
{
    const QLocale previous;
    const QLocale french(QLocale::French, QLocale::France);
    QLocale::setDefault(french);
    QObject translators;
    ASSERT_TRUE(i18n::installTranslations(french, &translators));
    ManualClock clock(at("2026-12-01T10:05:00Z"));
    const MigrationSnapshot snapshot = tenMinuteMigrationFromTen();
    OperationProgress progress(&clock);
    progress.setSnapshot(snapshot);
    auto *bar = progress.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    const QString text = bar->text();
    for (QObject *translator : translators.children())
        QCoreApplication::removeTranslator(static_cast<QTranslator *>(translator));
    QLocale::setDefault(previous);
    EXPECT_EQ(text, u"50\u00a0%"_s);
}

// A page that moves its bar when shown, as the step pages refresh in their showEvent: QWizard holds
// the window's updates while it switches pages.
class PageWithProgress : public QWizardPage
{
public:
    PageWithProgress(ManualClock &clock, const MigrationSnapshot &snapshot)
        : progress(&clock, this), m_snapshot(snapshot)
    { }
    OperationProgress progress;

protected:
    void showEvent(QShowEvent *event) override
    {
        QWizardPage::showEvent(event);
        progress.setSnapshot(m_snapshot);
    }

private:
    MigrationSnapshot m_snapshot;
};

// Moved while the wizard switched pages, the bar still paints afterwards, at each tick.
TEST(OperationProgressOnAPage, KeepsPaintingAfterTheWizardShowsItsPage)
{
    ManualClock clock(at("2026-12-01T10:01:00Z"));
    const MigrationSnapshot snapshot = tenMinuteMigrationFromTen();
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    auto *page = new PageWithProgress(clock, snapshot);
    wizard.addPage(page);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    auto *bar = page->progress.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    ASSERT_EQ(page->progress.percent(), 10);
    PaintCounter counter;
    bar->installEventFilter(&counter);
    clock.set(at("2026-12-01T10:05:00Z"));
    page->progress.recompute(); // what the tick does
    EXPECT_EQ(page->progress.percent(), 50);
    EXPECT_TRUE(bar->updatesEnabled());
    EXPECT_TRUE(QTest::qWaitFor([&] { return counter.paints > 0; }, 5000)) << "the bar never paints again";
}

} // namespace
