#include "tests/ui/WizardHarness.h"
#include "ui/support/DiagnosticSummary.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;

namespace {

TEST(SupportMode, MasksTheEmailEnlargesTextAndCopiesARedactedSummary)
{
    WizardHarness h(2, TransitStatus::Ready);
    h.wizard->show();
    auto *connection = qobject_cast<ui::ConnectionPage *>(h.wizard->page(ui::ConnectionPageId));
    QTest::keyClicks(connection->accountEdit(), u"jane.doe@example.com"_s);
    const qreal normalSize = h.wizard->font().pointSizeF();

    auto *toggle = qobject_cast<QPushButton *>(h.wizard->button(QWizard::CustomButton1));
    ASSERT_NE(toggle, nullptr);
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(h.context.supportMode());
    EXPECT_EQ(connection->accountEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(connection->keyEdit()->echoMode(), QLineEdit::Password);
    EXPECT_GT(h.wizard->font().pointSizeF(), normalSize);
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun("secret-key-42")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->hasSnapshot(); }, 5000));
    h.api->accounts[0].lastError = u"mail to jane.doe@example.com bounced"_s;
    ASSERT_TRUE(h.refreshAndWait([&] { return !h.session()->snapshot().accounts[0].lastError.isEmpty(); }));

    QAbstractButton *copy = h.wizard->button(QWizard::CustomButton2);
    ASSERT_TRUE(copy->isVisible());
    QTest::keyClick(copy, Qt::Key_Space);
    const QString summary = QApplication::clipboard()->text();
    EXPECT_TRUE(summary.contains(u"Step: 4"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"account-2"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"j***@example.com"_s)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(u"jane.doe"_s));
    EXPECT_FALSE(summary.contains(u"secret-key-42"_s));
}

// Support reads the summary as the state: no transit server is named before one exists.
TEST(SupportMode, TheSummaryNamesNoTransitServerBeforeOneExists)
{
    WizardHarness h(2, TransitStatus::NotRequested);
    h.setUpProvider = [](fakes::FakeAdminApi &api) { api.detail.transit.name = u"transit-3"_s; };
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->hasSnapshot(); }, 5000));
    const QString before = ui::diagnosticSummary(*h.session(), u"0.1.0-test"_s);
    EXPECT_FALSE(before.contains(u"transit-3"_s)) << before.toStdString();
    EXPECT_TRUE(before.contains(u"Transit server: none yet"_s)) << before.toStdString();

    h.api->detail.transit.status = TransitStatus::Installing;
    ASSERT_TRUE(h.refreshAndWait(
        [&] { return h.session()->snapshot().migration.transit.status == TransitStatus::Installing; }));
    EXPECT_TRUE(ui::diagnosticSummary(*h.session(), u"0.1.0-test"_s).contains(u"transit-3"_s));
}

TEST(SupportMode, MaskEmailsKeepsTheDomain)
{
    EXPECT_EQ(ui::maskEmails(u"a: bob@x.org, c"_s), u"a: b***@x.org, c"_s);
    EXPECT_EQ(ui::maskEmails(u"no address"_s), u"no address"_s);
}

} // namespace
