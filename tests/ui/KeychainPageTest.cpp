#include "core/api/ApiContract.h"
#include "core/secrets/KeychainStore.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/StepPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;

namespace {

// Once the provider accepted the key, it goes to the keychain; whatever the keychain answers
// (saved, or no keychain on this machine) is said on screen, and the key itself never is.
TEST(ConnectionPageKeychain, SavingTheAcceptedKeyIsReportedWithoutTheKey)
{
    KeychainStore keychain(u"passerelle-ui-test"_s, std::chrono::milliseconds(1500));
    WizardHarness h(2, TransitStatus::Ready, &keychain);
    h.wizard->show();
    auto *page = qobject_cast<ui::ConnectionPage *>(h.wizard->page(ui::ConnectionPageId));
    ASSERT_TRUE(page->rememberKey()->isVisible());
    ASSERT_TRUE(page->rememberKey()->isChecked());
    const QString key = u"ui-test-key-6f1c"_s;
    QTest::keyClicks(page->accountEdit(), u"acme"_s);
    QTest::keyClicks(page->keyEdit(), key);
    QTest::keyClick(page->keyEdit(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return h.wizard->currentId() == static_cast<int>(Step::MigrateAccounts); }, 5000));
    EXPECT_EQ(QString::fromUtf8(h.lastOptions.apiKey), key);
    EXPECT_EQ(h.lastOptions.accountName, u"acme"_s);
    auto *step = qobject_cast<ui::StepPage *>(h.wizard->currentPage());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return step->errorLabel()->isVisible() || page->infoLabel()->message().contains(u"saved"_s); }, 5000));
    EXPECT_FALSE(step->errorLabel()->text().contains(key));
    EXPECT_FALSE(page->infoLabel()->text().contains(key));
    if (step->errorLabel()->isVisible()) {
        EXPECT_TRUE(step->errorLabel()->message().contains(u"this run only"_s))
            << step->errorLabel()->message().toStdString();
    }
    KeychainJob *forget = keychain.forgetKey(QUrl(contract::defaultBaseUrl()), u"acme"_s);
    EXPECT_TRUE(QTest::qWaitFor([forget] { return forget->isFinished(); }, 5000));
    delete forget;
}

} // namespace
