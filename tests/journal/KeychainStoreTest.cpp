#include "core/secrets/KeychainStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

// These tests need a working Secret Service: ./test.sh runs them inside dbus-run-session with an
// unlocked gnome-keyring and a fresh HOME (.ci/ctest-in-session.sh).
namespace {

const QUrl kApi(u"https://api.example.test/v1/"_s);
const QString kKey = u"pk_test_9f8e7d6c5b4a-roundtrip"_s;

std::unique_ptr<KeychainJob> finished(KeychainJob *job)
{
    std::unique_ptr<KeychainJob> owned(job);
    QSignalSpy spy(job, &KeychainJob::finished);
    EXPECT_EQ(spy.count(), 0) << "a job never finishes inside the call that created it";
    EXPECT_TRUE(spy.wait(10000));
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(job->isFinished());
    return owned;
}

// Every file under HOME (the session's fresh one) whose bytes contain `needle`.
QStringList filesHolding(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

struct EntryCase
{
    const char *name;
    QString url;
    QString account;
    QString expected;
};

void PrintTo(const EntryCase &entryCase, std::ostream *out)
{
    *out << entryCase.name;
}

class KeychainEntryName : public ::testing::TestWithParam<EntryCase>
{
};

TEST_P(KeychainEntryName, NamesTheApiAndAccountOnly)
{
    EXPECT_EQ(KeychainStore::entryName(QUrl(GetParam().url), GetParam().account), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Urls, KeychainEntryName,
                         ::testing::Values(EntryCase {"trailingSlash", u"https://api.example.test/v1/"_s, u"shop"_s,
                                                      u"https://api.example.test/v1 account=shop"_s},
                                           EntryCase {"plain", u"https://api.example.test/v1"_s, u"shop"_s,
                                                      u"https://api.example.test/v1 account=shop"_s},
                                           EntryCase {"userInfoQueryFragment",
                                                      u"https://user:pw@api.example.test/v1?x=1#f"_s, u"blog"_s,
                                                      u"https://api.example.test/v1 account=blog"_s},
                                           EntryCase {"loopbackPort", u"http://127.0.0.1:8080"_s, u"a"_s,
                                                      u"http://127.0.0.1:8080 account=a"_s}),
                         [](const ::testing::TestParamInfo<EntryCase> &info) { return std::string(info.param.name); });

TEST(KeychainStore, SaveReadForgetRoundTrip)
{
    KeychainStore store;
    auto saved = finished(store.saveKey(kApi, u"shop"_s, kKey));
    ASSERT_FALSE(saved->hasError()) << qPrintable(saved->errorString());

    EXPECT_EQ(filesHolding(kKey.toUtf8()), QStringList()) << "saved in the keychain, not in a plain-text file";

    auto read = finished(store.readKey(kApi, u"shop"_s));
    ASSERT_FALSE(read->hasError()) << qPrintable(read->errorString());
    EXPECT_EQ(read->secret(), kKey);

    auto forgotten = finished(store.forgetKey(kApi, u"shop"_s));
    ASSERT_FALSE(forgotten->hasError()) << qPrintable(forgotten->errorString());

    auto readAgain = finished(store.readKey(kApi, u"shop"_s));
    EXPECT_EQ(readAgain->error(), KeychainJob::Error::NotFound);
    EXPECT_TRUE(readAgain->secret().isEmpty());
    EXPECT_FALSE(readAgain->errorString().isEmpty());

    auto forgetAgain = finished(store.forgetKey(kApi, u"shop"_s));
    EXPECT_FALSE(forgetAgain->hasError())
        << "forgetting twice is not an error: " << qPrintable(forgetAgain->errorString());
}

// Its own account name: ctest runs the keychain tests side by side on one keyring.
TEST(KeychainStore, EachApiAndAccountHasItsOwnKey)
{
    KeychainStore store;
    const QUrl otherApi(u"https://api.other.test/v1"_s);
    ASSERT_FALSE(finished(store.saveKey(kApi, u"shop-own"_s, u"key-shop"_s))->hasError());
    ASSERT_FALSE(finished(store.saveKey(kApi, u"blog"_s, u"key-blog"_s))->hasError());
    ASSERT_FALSE(finished(store.saveKey(otherApi, u"shop-own"_s, u"key-other"_s))->hasError());
    ASSERT_FALSE(finished(store.saveKey(kApi, u"shop-own"_s, u"key-shop-2"_s))->hasError()) << "a save replaces";

    EXPECT_EQ(finished(store.readKey(kApi, u"shop-own"_s))->secret(), u"key-shop-2"_s);
    EXPECT_EQ(finished(store.readKey(kApi, u"blog"_s))->secret(), u"key-blog"_s);
    EXPECT_EQ(finished(store.readKey(otherApi, u"shop-own"_s))->secret(), u"key-other"_s);

    ASSERT_FALSE(finished(store.forgetKey(kApi, u"shop-own"_s))->hasError());
    EXPECT_EQ(finished(store.readKey(kApi, u"blog"_s))->secret(), u"key-blog"_s);
    EXPECT_EQ(finished(store.readKey(kApi, u"shop-own"_s))->error(), KeychainJob::Error::NotFound);
}

QStringList g_logged;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}

TEST(KeychainStore, TheKeyIsNeverLogged)
{
    QLoggingCategory::setFilterRules(u"passerelle.*=true\nqt.*=true"_s);
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        KeychainStore store;
        finished(store.saveKey(kApi, u"logged"_s, kKey));
        finished(store.readKey(kApi, u"logged"_s));
        finished(store.forgetKey(kApi, u"logged"_s));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = g_logged.join(u'\n');
    EXPECT_TRUE(all.contains(u"account=logged"_s)) << "debug logging was on: the entry name must show";
    EXPECT_FALSE(all.contains(kKey));
    EXPECT_FALSE(all.contains(QString::fromLatin1(kKey.toUtf8().toBase64())));
}

} // namespace
