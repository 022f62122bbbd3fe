// The API address typed on the connection page follows the REST client's rule (docs/contract.md,
// "Addresses"), completed the way a person means it, and a refused one is said on screen.
#include "core/api/ApiContract.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;

namespace {

struct UrlCase
{
    const char *name;
    const char *typed; // nullptr: the page's default
    const char *connected; // the URL the backend got; nullptr: refused on the page
};

class ConnectionUrl : public ::testing::TestWithParam<UrlCase>
{
};

TEST_P(ConnectionUrl, IsCheckedBeforeConnecting)
{
    WizardHarness h(1, TransitStatus::Ready);
    h.wizard->show();
    auto *page = qobject_cast<ui::ConnectionPage *>(h.wizard->page(ui::ConnectionPageId));
    if (GetParam().typed) {
        // The address sits in the "Advanced" box, which the customer opens first.
        EXPECT_FALSE(page->urlEdit()->isEnabled());
        page->advancedToggle()->setChecked(true);
        EXPECT_TRUE(page->urlEdit()->isEnabled());
        page->urlEdit()->clear();
        QTest::keyClicks(page->urlEdit(), QString::fromLatin1(GetParam().typed));
    }
    QTest::keyClicks(page->keyEdit(), u"url-test-key"_s);
    QTest::mouseClick(page->connectButton(), Qt::LeftButton);
    if (GetParam().connected) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return h.session() != nullptr; }, 5000));
        EXPECT_EQ(h.lastOptions.apiUrl, QString::fromLatin1(GetParam().connected));
        EXPECT_FALSE(page->errorLabel()->isVisible());
    } else {
        EXPECT_EQ(h.session(), nullptr);
        EXPECT_TRUE(page->errorLabel()->isVisible());
        EXPECT_FALSE(page->errorLabel()->message().isEmpty());
        EXPECT_TRUE(page->connectButton()->isEnabled()) << "the customer can correct it and try again";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Typed, ConnectionUrl,
    ::testing::Values(UrlCase {"DefaultIsTheProvidersV1", nullptr, "https://api.alwaysdata.com/v1/"},
                      UrlCase {"HostOnlyIsCompleted", "https://api.alwaysdata.com", "https://api.alwaysdata.com/v1/"},
                      UrlCase {"LocalSimulatorOverHttp", "http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/"},
                      UrlCase {"RemoteHttpRefused", "http://api.alwaysdata.com/v1/", nullptr},
                      UrlCase {"OtherVersionRefused", "https://api.alwaysdata.com/v2/", nullptr},
                      UrlCase {"GarbageRefused", "not a url", nullptr}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(ConnectionUrl, ClosingTheAdvancedBoxGoesBackToTheProvidersAddress)
{
    WizardHarness h(1);
    auto *page = qobject_cast<ui::ConnectionPage *>(h.wizard->page(ui::ConnectionPageId));
    EXPECT_EQ(page->urlEdit()->text(), contract::defaultBaseUrl());
    QCheckBox *advanced = page->advancedToggle();
    advanced->setChecked(true);
    page->urlEdit()->setText(u"http://127.0.0.1:8080/v1/"_s);
    advanced->setChecked(false);
    EXPECT_EQ(page->urlEdit()->text(), contract::defaultBaseUrl());
    advanced->setChecked(true); // nothing typed is lost
    EXPECT_EQ(page->urlEdit()->text(), u"http://127.0.0.1:8080/v1/"_s);
}

} // namespace
