// Intent before action, through the whole composition (the journal on its own thread, the REST
// client, a provider on 127.0.0.1): when the POST reaches the provider, its intent is already on
// disk with the key the POST carries; and a journal whose commit is slow holds the POST back
// without holding the calling thread.
#include "core/backend/Backend.h"
#include "tests/api/FaultServer.h"
#include "tests/api/ProviderRoutes.h"
#include "tests/journal/JournalTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// Far below the journal's 5 s busy timeout, which the old journal waited out on this thread.
constexpr qint64 kLongestClickMs = 100;

class IntentBeforePost : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.listen());
        m_server.setResponder([this](const test::SeenRequest &request) {
            if (request.method == "POST") {
                // Looked at from outside, as a crash right now would leave it.
                test::RawDatabase disk(journalPath());
                m_onDiskWhenPosted = disk.scalar(u"SELECT count(*) FROM intents WHERE idempotency_key = '%1'"_s.arg(
                    QString::fromLatin1(request.header("Idempotency-Key"))));
                m_postedAfterRelease = m_released;
            }
            return m_routes.answer(request);
        });
        BackendOptions options;
        options.apiUrl = m_server.baseUrl();
        options.apiKey = QByteArrayLiteral("pk-journal-thread-test");
        options.journalPath = journalPath();
        auto opened = openBackend(options);
        ASSERT_TRUE(opened) << qPrintable(opened.error().message);
        m_backend = std::move(opened.value());
        MigrationSession &session = *m_backend->session;
        QSignalSpy snapshot(&session, &MigrationSession::snapshotChanged);
        session.start();
        ASSERT_TRUE(snapshot.wait(20000)) << "no snapshot from the test provider";
    }

    QString journalPath() const { return m_dir.filePath(u"data/journal.sqlite"_s); }

    // The first account and an action the rules allow on it now.
    std::pair<qint64, AccountAction> allowedAction() const
    {
        const qint64 accountId = m_routes.accounts.first().id;
        for (const AccountAction action : {AccountAction::Test, AccountAction::Migrate}) {
            if (m_backend->session->canAct(accountId, action))
                return {accountId, action};
        }
        return {accountId, AccountAction::Test};
    }

    QTemporaryDir m_dir;
    test::FaultServer m_server;
    test::ProviderRoutes m_routes = test::ProviderRoutes::ready(3);
    std::unique_ptr<Backend> m_backend;
    QString m_onDiskWhenPosted;
    bool m_released = true;
    std::optional<bool> m_postedAfterRelease;
};

TEST_F(IntentBeforePost, ThePostFindsItsIntentAlreadyOnDisk)
{
    const auto [accountId, action] = allowedAction();
    ASSERT_TRUE(m_backend->session->canAct(accountId, action));
    QSignalSpy accepted(m_backend->session.get(), &MigrationSession::actionAccepted);
    m_backend->session->startAction(accountId, action);
    ASSERT_TRUE(accepted.wait(20000));
    EXPECT_EQ(m_server.count("POST"), 1);
    EXPECT_EQ(m_onDiskWhenPosted, u"1"_s) << "the POST left before its intent was committed";
}

TEST_F(IntentBeforePost, ASlowJournalHoldsThePostBackButNotTheCaller)
{
    const auto [accountId, action] = allowedAction();
    // Another program holds the journal's write lock: the intent's commit waits for it.
    test::RawDatabase other(journalPath());
    ASSERT_TRUE(other.isOpen());
    ASSERT_EQ(other.exec({u"BEGIN EXCLUSIVE"_s}), QString());
    m_released = false;

    QSignalSpy accepted(m_backend->session.get(), &MigrationSession::actionAccepted);
    QElapsedTimer click;
    click.start();
    m_backend->session->startAction(accountId, action);
    EXPECT_LT(click.elapsed(), kLongestClickMs) << "the click waited for the disk";
    EXPECT_TRUE(m_backend->session->inFlight().contains(accountId)) << "on its way from the click on";
    EXPECT_FALSE(m_backend->session->canAct(accountId, action)) << "a second click must not send it again";

    QTimer::singleShot(300, [&] {
        m_released = true;
        EXPECT_EQ(other.exec({u"COMMIT"_s}), QString());
    });
    ASSERT_TRUE(accepted.wait(20000));
    EXPECT_EQ(m_server.count("POST"), 1);
    EXPECT_EQ(m_postedAfterRelease, true) << "the POST left while its intent could not be committed";
    EXPECT_EQ(m_onDiskWhenPosted, u"1"_s);
}

} // namespace
