#include "core/api/HttpErrorMapping.h"
#include "core/model/ProcessRules.h"
#include "tests/ui/WizardHarness.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/ConfirmationDialog.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/StepPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

// Provider states along the migration; for each, every step page's Next must follow core's gate.
struct GateCase
{
    const char *name;
    std::function<void(fakes::FakeAdminApi &)> stage;
};

class WizardGates : public ::testing::TestWithParam<GateCase>
{
};

TEST_P(WizardGates, EveryPageNextFollowsCanLeaveStep)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->hasSnapshot(); }, 5000));
    GetParam().stage(*h.api);
    const int before = static_cast<int>(h.api->migrationReads);
    ASSERT_TRUE(h.refreshAndWait([&] {
        return h.api->migrationReads > before && h.session()->snapshot().migration == h.api->detail
            && h.session()->snapshot().accounts == h.api->accounts;
    }));
    for (int number = 1; number <= 8; ++number) {
        const Step step = stepFromNumber(number);
        auto *page = qobject_cast<StepPage *>(h.wizard->ensurePage(static_cast<int>(step)));
        ASSERT_NE(page, nullptr);
        const Verdict gate = rules::canLeaveStep(step, h.session()->snapshot(), h.session()->facts());
        const bool expected = step == Step::MigrationOver ? true : gate.hasValue();
        EXPECT_EQ(page->isComplete(), expected) << "step " << static_cast<int>(step);
        if (step != Step::MigrationOver) {
            EXPECT_EQ(page->gateLabel()->message(), gate.hasValue() ? QString() : gate.error());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Stages, WizardGates,
    ::testing::Values(GateCase {"TransitReadyNothingMigrated", [](fakes::FakeAdminApi &) {}},
                      GateCase {"OneMigrating",
                                [](fakes::FakeAdminApi &api) { api.accounts[0].status = AccountStatus::Migrating; }},
                      GateCase {"AllMigrated",
                                [](fakes::FakeAdminApi &api) {
                                    for (AccountRecord &a : api.accounts) {
                                        a.location = Location::Transit;
                                        a.version = Version::New;
                                        a.status = AccountStatus::Migrated;
                                    }
                                }},
                      GateCase {"ReinstalledSomeBack",
                                [](fakes::FakeAdminApi &api) {
                                    for (AccountRecord &a : api.accounts) {
                                        a.location = Location::Transit;
                                        a.version = Version::New;
                                    }
                                    api.accounts[0].location = Location::Client;
                                    api.detail.clientServer.status = ClientServerStatus::Reinstalled;
                                }},
                      GateCase {"Over",
                                [](fakes::FakeAdminApi &api) {
                                    for (AccountRecord &a : api.accounts) {
                                        a.version = Version::New;
                                        a.status = AccountStatus::Done;
                                    }
                                    api.detail.clientServer.status = ClientServerStatus::Reinstalled;
                                }}),
    [](const ::testing::TestParamInfo<GateCase> &info) { return std::string(info.param.name); });

// A provider that refuses the key on the first read, as a wrong key does.
class RefusingApi final : public AdminApi
{
public:
    template<typename Job> Job *refuse()
    {
        auto *job = new Job(this);
        HttpOutcome outcome; // a bare 401, mapped as the REST client maps it
        outcome.transport = HttpOutcome::Transport::Answered;
        outcome.httpStatus = 401;
        job->fail(*httperror::errorFor(outcome, httperror::Endpoint::Read));
        return job;
    }
    ServersJob *servers() override { return refuse<ServersJob>(); }
    HostingAccountsJob *hostingAccounts() override { return refuse<HostingAccountsJob>(); }
    DatabasesJob *databases() override { return refuse<DatabasesJob>(); }
    SitesJob *sites() override { return refuse<SitesJob>(); }
    MigrationsJob *migrations() override { return refuse<MigrationsJob>(); }
    MigrationJob *migration(qint64) override { return refuse<MigrationJob>(); }
    MigrationAccountsJob *migrationAccounts(qint64) override { return refuse<MigrationAccountsJob>(); }
    AccountActionJob *startAction(qint64, qint64, AccountAction, const QUuid &) override
    {
        return refuse<AccountActionJob>();
    }
    SupportRequestJob *requestSupport(qint64, const SupportRequest &, const QUuid &) override
    {
        return refuse<SupportRequestJob>();
    }
    bool isDryRun() const override { return false; }
};

TEST(ConnectionPage, AWrongKeyGetsAClearInlineMessage)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    const QString key = u"wrong-key-1234"_s;
    QString seenKey;
    WizardContext context(
        [&](const BackendOptions &options) -> Expected<std::unique_ptr<Backend>, BackendError> {
            seenKey = QString::fromUtf8(options.apiKey);
            auto backend = std::make_unique<Backend>();
            backend->api = std::make_unique<RefusingApi>();
            backend->memoryJournal = std::make_unique<InMemoryJournal>();
            backend->session
                = std::make_unique<MigrationSession>(backend->api.get(), &clock, backend->memoryJournal.get());
            return backend;
        },
        &clock);
    ConnectionPage page(&context);
    page.show();
    EXPECT_FALSE(page.connectButton()->isEnabled()) << "no key, no connection";
    EXPECT_EQ(page.keyEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(page.keyEdit(), key);
    QTest::keyClick(page.keyEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.errorLabel()->isVisible(); }, 5000));
    EXPECT_EQ(seenKey, key);
    EXPECT_TRUE(page.errorLabel()->message().contains(u"The API key was refused"_s));
    EXPECT_TRUE(page.errorLabel()->message().contains(u"copied it whole"_s)) << "where to look";
    EXPECT_FALSE(page.errorLabel()->text().contains(key)) << "the key is never shown back";
    EXPECT_FALSE(page.isComplete());
    EXPECT_TRUE(page.connectButton()->isEnabled()) << "the user can correct the key and try again";
}

TEST(ConfirmationDialog, OnlyTheTickEnablesTheIrreversibleButton)
{
    ConfirmationDialog dialog(ConfirmationRequest {u"t"_s, u"x"_s, {u"a"_s}, u"Do it"_s});
    dialog.show();
    EXPECT_FALSE(dialog.acceptButton()->isEnabled());
    QTest::keyClick(dialog.understood(), Qt::Key_Space);
    EXPECT_TRUE(dialog.understood()->isChecked());
    EXPECT_TRUE(dialog.acceptButton()->isEnabled());
    EXPECT_FALSE(dialog.acceptButton()->isDefault()) << "Enter alone never confirms";
}

} // namespace
