// Keyboard only: where the focus goes after sending a request, and Tab in the order of the screen.

#include "tests/ui/WizardHarness.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PrepareAccountsPage.h"
#include "ui/wizard/RequestTransitPage.h"
#include "ui/wizard/SupportRequestBox.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class FocusOrder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        h.wizard->show();
        h.wizard->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(h.wizard.get()));
    }

    bool waitForStep(Step step)
    {
        return QTest::qWaitFor([this, step] { return h.wizard->currentId() == pageIdFor(step); }, 5000);
    }

    // Where Tab goes from `from`, as the window's focus chain says.
    QWidget *afterTab(QWidget *from)
    {
        from->setFocus(Qt::TabFocusReason);
        QTest::keyClick(from, Qt::Key_Tab);
        return h.wizard->focusWidget();
    }

    WizardHarness h {3};
};

TEST_F(FocusOrder, AfterSendingTheRequestEnterGoesOnToTheNextStep)
{
    auto *connection = qobject_cast<ConnectionPage *>(h.wizard->currentPage());
    QTest::keyClick(connection->dryRunButton(), Qt::Key_Space);
    ASSERT_TRUE(waitForStep(Step::PrepareAccounts));
    auto *prepare = qobject_cast<PrepareAccountsPage *>(h.wizard->currentPage());
    prepare->allReady()->setFocus();
    QTest::keyClick(prepare->allReady(), Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([this] { return h.next()->isEnabled(); }, 2000));
    QTest::keyClick(h.next(), Qt::Key_Space);
    ASSERT_TRUE(waitForStep(Step::RequestTransit));

    SupportRequestBox *box = qobject_cast<RequestTransitPage *>(h.wizard->currentPage())->request();
    box->sendButton()->setFocus();
    QTest::keyClick(box->sendButton(), Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([this] { return h.next()->isEnabled(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([this] { return h.wizard->focusWidget() == h.next(); }, 2000))
        << "focus on " << (h.wizard->focusWidget() ? h.wizard->focusWidget()->metaObject()->className() : "nothing")
        << " " << (qobject_cast<QAbstractButton *>(h.wizard->focusWidget())
                       ? qobject_cast<QAbstractButton *>(h.wizard->focusWidget())->text().toStdString()
                       : std::string());
}

TEST_F(FocusOrder, ConnectionPageTabGoesThroughTheAdvancedAddressToConnect)
{
    auto *page = qobject_cast<ConnectionPage *>(h.wizard->currentPage());
    QCheckBox *advanced = page->advancedToggle();
    ASSERT_NE(advanced, nullptr);
    advanced->setChecked(true);
    EXPECT_EQ(afterTab(page->accountEdit()), advanced) << "no keychain here: no Remember tick";
    EXPECT_EQ(afterTab(advanced), page->urlEdit()) << "the address in the Advanced box, not About…";
    page->keyEdit()->setText(u"a-key"_s); // Connect is enabled with a key
    EXPECT_EQ(afterTab(page->urlEdit()), page->connectButton());
    EXPECT_EQ(afterTab(page->connectButton()), page->dryRunButton());
}

TEST_F(FocusOrder, StepOneTabReachesTheSitesButtonBeforeTheTickBelowIt)
{
    auto *connection = qobject_cast<ConnectionPage *>(h.wizard->currentPage());
    QTest::keyClick(connection->dryRunButton(), Qt::Key_Space);
    ASSERT_TRUE(waitForStep(Step::PrepareAccounts));
    auto *prepare = qobject_cast<PrepareAccountsPage *>(h.wizard->currentPage());
    // The button shows only where sites are checked; the chain is the same either way.
    EXPECT_EQ(prepare->recordSitesButton()->nextInFocusChain(), prepare->allReady());
}

} // namespace
