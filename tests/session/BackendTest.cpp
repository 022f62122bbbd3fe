#include "core/backend/Backend.h"
#include "core/journal/LockedJournal.h"

#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

TEST(Backend, ADryRunOpensTheBuiltInScenarioWithNoNetworkAndNoKey)
{
    BackendOptions options;
    options.dryRun = true;
    auto opened = openBackend(options);
    ASSERT_TRUE(opened.hasValue()) << opened.error().message.toStdString();
    Backend &backend = *opened.value();
    EXPECT_EQ(backend.network, nullptr);
    ASSERT_NE(backend.dryRun, nullptr);
    EXPECT_EQ(backend.clock, &backend.session->clock());
    EXPECT_EQ(backend.diskJournal, nullptr) << "a rehearsal writes nothing to disk";
    backend.session->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return backend.session->state() == MigrationSession::State::Ready; }, 10000));
    EXPECT_GE(backend.session->snapshot().accounts.size(), 10);
    EXPECT_TRUE(backend.session->isDryRun());
}

TEST(Backend, ABadScenarioFileIsRefusedWithTheFieldNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"accounts\": 3}");
    file.close();
    BackendOptions options;
    options.dryRun = true;
    options.scenarioFile = path;
    const auto opened = openBackend(options);
    ASSERT_FALSE(opened.hasValue());
    EXPECT_EQ(opened.error().kind, BackendError::Kind::BadScenario);
    EXPECT_TRUE(opened.error().message.contains(u"scenario"_s)) << opened.error().message.toStdString();
}

struct RestCase
{
    const char *name;
    const char *url;
    const char *key;
    const char *expectedWords;
    BackendError::Kind expectedKind;
};

class BackendRefuses : public ::testing::TestWithParam<RestCase>
{
};

TEST_P(BackendRefuses, WithAMessage)
{
    QTemporaryDir dir;
    BackendOptions options;
    options.apiUrl = QString::fromLatin1(GetParam().url);
    options.apiKey = GetParam().key;
    options.accountName = u"acme-shop"_s;
    options.journalPath = dir.filePath(u"journal.sqlite"_s);
    const auto opened = openBackend(options);
    ASSERT_FALSE(opened.hasValue());
    EXPECT_EQ(opened.error().kind, GetParam().expectedKind);
    EXPECT_TRUE(opened.error().message.contains(QString::fromLatin1(GetParam().expectedWords), Qt::CaseInsensitive))
        << opened.error().message.toStdString();
    if (qstrlen(GetParam().key) > 0) {
        EXPECT_FALSE(opened.error().message.contains(QString::fromLatin1(GetParam().key)));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Options, BackendRefuses,
    ::testing::Values(RestCase {"NoKey", "http://127.0.0.1:9/v1/", "", "API key", BackendError::Kind::NoKey},
                      RestCase {"PlainHttpElsewhere", "http://api.example.test/v1/", "secret-key-123", "HTTP",
                                BackendError::Kind::BadAddress},
                      RestCase {"NotAUrl", "::::", "secret-key-123", "URL", BackendError::Kind::BadAddress}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(Backend, ASecondPasserelleOnTheSameJournalIsRefused)
{
    QTemporaryDir dir;
    BackendOptions options;
    options.apiUrl = u"http://127.0.0.1:9/v1/"_s;
    options.apiKey = "secret-key-123";
    options.journalPath = dir.filePath(u"journal.sqlite"_s);
    auto first = openBackend(options);
    ASSERT_TRUE(first.hasValue()) << first.error().message.toStdString();
    const auto second = openBackend(options);
    ASSERT_FALSE(second.hasValue());
    EXPECT_EQ(second.error().kind, BackendError::Kind::JournalInUse);
    EXPECT_TRUE(second.error().message.contains(u"already running"_s)) << second.error().message.toStdString();
}

} // namespace
