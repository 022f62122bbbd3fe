#include "core/journal/JournalIntegrity.h"
#include "core/backend/Backend.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"
#include "tests/journal/DamagedJournal.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConnectionPage.h"
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

// The real backend on a damaged journal, against a provider on 127.0.0.1: the connection page
// says so, sends nothing, and offers a button that starts a new journal from the provider's state.
TEST(ConnectionPage, ADamagedJournalIsExplainedWithAButtonToStartANewOne)
{
    FaultServer server;
    ASSERT_TRUE(server.listen());
    ProviderRoutes routes = ProviderRoutes::ready(2);
    server.setResponder([&routes](const SeenRequest &request) { return routes.answer(request); });
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    ASSERT_EQ(makeDamagedJournal(journal), QString());

    SystemClock clock;
    WizardContext context(
        [&journal](BackendOptions options) {
            options.journalPath = journal;
            return openBackend(options);
        },
        &clock);
    PasserelleWizard wizard(&context, u"0.1.0-test"_s);
    wizard.show();
    auto *page = qobject_cast<ConnectionPage *>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    page->keyEdit()->setText(u"K3Y-damaged-journal"_s);
    page->accountEdit()->setText(u"account-1"_s);
    page->urlEdit()->setText(server.baseUrl());
    EXPECT_FALSE(page->newJournalButton()->isVisible());

    QTest::mouseClick(page->connectButton(), Qt::LeftButton);
    EXPECT_TRUE(page->errorLabel()->message().contains(u"damaged"_s))
        << page->errorLabel()->message().toStdString();
    EXPECT_TRUE(page->newJournalButton()->isVisible());
    EXPECT_TRUE(server.requests().isEmpty());

    QTest::mouseClick(page->newJournalButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return context.session() && context.session()->state() == MigrationSession::State::Ready; }, 20000));
    EXPECT_FALSE(page->newJournalButton()->isVisible());
    EXPECT_FALSE(journalintegrity::lastSetAside(journal).isEmpty()) << "the damaged journal is kept";
}

} // namespace
