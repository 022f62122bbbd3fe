#include "core/backend/Backend.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;
using namespace passerelle::ui;

namespace {

constexpr int kWaitMs = 20000;

// The real backend (journal on disk, with its instance lock) against a provider on 127.0.0.1 that
// knows one key and the accounts "account-1" and "account-2", and says why it refuses the rest.
struct RealWizard
{
    RealWizard()
        : context(
            [this](BackendOptions options) {
                options.journalPath = dir.filePath(u"journal.sqlite"_s);
                return openBackend(options);
            },
            &clock),
          wizard(&context, u"0.1.0-test"_s)
    {
        routes = ProviderRoutes::ready(2);
        server.setResponder([this](const SeenRequest &request) {
            const QByteArray user = QByteArray::fromBase64(request.header("authorization").mid(6));
            if (!user.startsWith("K3Y-reconnect account=account-"))
                return Scripted::json(401, R"({"detail": "Unknown account for this key."})");
            return routes.answer(request);
        });
    }

    ConnectionPage *page() const { return qobject_cast<ConnectionPage *>(wizard.page(ConnectionPageId)); }

    void connectAs(const QString &account)
    {
        page()->keyEdit()->setText(u"K3Y-reconnect"_s);
        page()->accountEdit()->setText(account);
        page()->urlEdit()->setText(server.baseUrl());
        QTest::mouseClick(page()->connectButton(), Qt::LeftButton);
    }

    QString errorText() const { return page()->errorLabel()->message(); }

    bool movedOn()
    {
        return QTest::qWaitFor([this] { return wizard.currentId() != ConnectionPageId; }, kWaitMs);
    }

    FaultServer server;
    ProviderRoutes routes;
    QTemporaryDir dir;
    SystemClock clock;
    WizardContext context;
    PasserelleWizard wizard;
};

// A refused connection keeps nothing: the next Connect opens the same journal (its lock was let go)
// and the refusal names its real cause, in the provider's words.
TEST(Reconnect, AfterARefusedAccountConnectWorksAgainAndTheErrorNamesTheAccount)
{
    RealWizard w;
    ASSERT_TRUE(w.server.listen());
    w.wizard.show();

    w.connectAs(u"nobody"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.errorText().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(w.errorText().contains(u"Unknown account for this key."_s)) << w.errorText().toStdString();
    EXPECT_FALSE(w.errorText().contains(u"copied it whole"_s)) << "the key was right: " << w.errorText().toStdString();

    w.connectAs(u"account-1"_s);
    ASSERT_TRUE(w.movedOn()) << w.errorText().toStdString();
    EXPECT_EQ(w.context.session()->state(), MigrationSession::State::Ready);
}

// Back from the first step to the connection page, then Connect: the same window connects again
// (it is not "already running" against itself).
TEST(Reconnect, BackToTheConnectionPageThenConnectWorks)
{
    RealWizard w;
    ASSERT_TRUE(w.server.listen());
    w.wizard.show();

    w.connectAs(u"account-1"_s);
    ASSERT_TRUE(w.movedOn()) << w.errorText().toStdString();
    QTest::mouseClick(w.wizard.button(QWizard::BackButton), Qt::LeftButton);
    ASSERT_EQ(w.wizard.currentId(), ConnectionPageId);

    w.connectAs(u"account-2"_s);
    ASSERT_TRUE(w.movedOn()) << w.errorText().toStdString();
    EXPECT_EQ(w.context.session()->state(), MigrationSession::State::Ready);
    EXPECT_TRUE(w.errorText().isEmpty()) << w.errorText().toStdString();
}

} // namespace
