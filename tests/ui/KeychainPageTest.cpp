#include "core/api/ApiContract.h"
#include "core/secrets/KeychainStore.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/StepPage.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
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

// After a restart the wizard reconnects to the same API address and account by itself, the key
// read from the keychain; nothing secret is in the settings. Without a keychain the key is said
// to be for this run only, and nothing reconnects.
TEST(ConnectionPageKeychain, ARestartReconnectsWithoutRetyping)
{
    KeychainStore keychain(u"passerelle-ui-test"_s, std::chrono::milliseconds(1500));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    const QString key = u"ui-test-key-remembered-91"_s;
    bool saved = false;
    {
        WizardHarness h(2, TransitStatus::Ready, &keychain, &settings);
        h.wizard->show();
        auto *page = qobject_cast<ui::ConnectionPage *>(h.wizard->page(ui::ConnectionPageId));
        QTest::keyClicks(page->accountEdit(), u"acme-restart"_s);
        QTest::keyClicks(page->keyEdit(), key);
        QTest::keyClick(page->keyEdit(), Qt::Key_Return);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return h.wizard->currentId() == static_cast<int>(Step::MigrateAccounts); }, 5000));
        auto *step = qobject_cast<ui::StepPage *>(h.wizard->currentPage());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return step->errorLabel()->isVisible() || page->infoLabel()->message().contains(u"saved"_s); },
            5000));
        saved = !step->errorLabel()->isVisible();
        if (!saved) {
            EXPECT_TRUE(step->errorLabel()->message().contains(u"this run only"_s));
        }
    }
    settings.sync();
    QFile ini(dir.filePath(u"p.ini"_s));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains(key.toUtf8())) << "nothing secret in the settings";

    WizardHarness restarted(2, TransitStatus::Ready, &keychain, &settings);
    restarted.wizard->show();
    auto *page = qobject_cast<ui::ConnectionPage *>(restarted.wizard->page(ui::ConnectionPageId));
    EXPECT_EQ(page->accountEdit()->text(), u"acme-restart"_s);
    EXPECT_TRUE(page->anotherAccountButton()->isVisible());
    if (saved) {
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return restarted.wizard->currentId() == static_cast<int>(Step::MigrateAccounts); }, 5000))
            << "reconnected without retyping";
        EXPECT_EQ(QString::fromUtf8(restarted.lastOptions.apiKey), key);
        EXPECT_EQ(restarted.lastOptions.accountName, u"acme-restart"_s);
        KeychainJob *forget = keychain.forgetKey(QUrl(contract::defaultBaseUrl()), u"acme-restart"_s);
        EXPECT_TRUE(QTest::qWaitFor([forget] { return forget->isFinished(); }, 5000));
        delete forget;
    } else {
        EXPECT_EQ(restarted.wizard->currentId(), ui::ConnectionPageId) << "no key: nothing reconnects";
    }
}

} // namespace
