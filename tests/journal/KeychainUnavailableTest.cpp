#include "core/secrets/KeychainStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

// Each test points the session bus somewhere useless before the process first touches D-Bus (the
// bus connection is cached per process afterwards): ctest runs every test in its own process.
namespace {

const QUrl kApi(u"https://api.example.test/v1"_s);
const QString kKey = u"pk_test_never-written-anywhere-1234"_s;

class KeychainUnavailable : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_sockets.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u".local/share"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_sockets.path()));
    }

    // Every file or folder that appeared under HOME.
    QStringList homeContents() const
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    }

    // Runs the job to its end; returns how long it took in ms.
    static qint64 runToEnd(KeychainJob *job)
    {
        QElapsedTimer clock;
        clock.start();
        QSignalSpy spy(job, &KeychainJob::finished);
        EXPECT_TRUE(spy.wait(15000));
        EXPECT_EQ(spy.count(), 1);
        return clock.elapsed();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_sockets;
};

TEST_F(KeychainUnavailable, NoSecretServiceIsReportedWithinTheLimitAndNothingIsWritten)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + m_sockets.filePath(u"no-bus"_s)));
    KeychainStore store; // the real 5 s limit
    std::unique_ptr<KeychainJob> save(store.saveKey(kApi, u"shop"_s, kKey));
    const qint64 saveMs = runToEnd(save.get());
    EXPECT_EQ(save->error(), KeychainJob::Error::NoKeychain);
    EXPECT_TRUE(save->errorString().startsWith(u"No system keychain answered"_s)) << qPrintable(save->errorString());
    EXPECT_FALSE(save->errorString().contains(kKey));
    EXPECT_LE(saveMs, 5500);

    std::unique_ptr<KeychainJob> read(store.readKey(kApi, u"shop"_s));
    const qint64 readMs = runToEnd(read.get());
    EXPECT_EQ(read->error(), KeychainJob::Error::NoKeychain);
    EXPECT_LE(readMs, 5500);
    EXPECT_TRUE(read->secret().isEmpty());

    std::cout << "[ figures  ] no secret service: save answered in " << saveMs << " ms, read in " << readMs
              << " ms; message: " << qPrintable(save->errorString()) << std::endl;
    EXPECT_EQ(homeContents(), QStringList()) << "no keyring or plain-text file may appear under HOME";
}

TEST_F(KeychainUnavailable, AHungKeychainTimesOut)
{
    // A bus that accepts the connection and never says a word.
    QLocalServer silentBus;
    ASSERT_TRUE(silentBus.listen(m_sockets.filePath(u"silent-bus"_s))) << qPrintable(silentBus.errorString());
    QList<QLocalSocket *> accepted;
    QObject::connect(&silentBus, &QLocalServer::newConnection, &silentBus, [&] {
        while (QLocalSocket *socket = silentBus.nextPendingConnection())
            accepted.append(socket);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName(u"unix:path="_s + silentBus.fullServerName()));

    KeychainStore store(u"Passerelle"_s, std::chrono::milliseconds(400));
    std::unique_ptr<KeychainJob> save(store.saveKey(kApi, u"shop"_s, kKey));
    const qint64 elapsed = runToEnd(save.get());
    EXPECT_EQ(save->error(), KeychainJob::Error::NoKeychain);
    EXPECT_TRUE(save->errorString().startsWith(u"No system keychain answered"_s)) << qPrintable(save->errorString());
    EXPECT_TRUE(save->errorString().contains(u"0.4 s"_s)) << qPrintable(save->errorString());
    EXPECT_GE(elapsed, 380);
    EXPECT_LE(elapsed, 3000);
    EXPECT_FALSE(accepted.isEmpty()) << "the keychain did try the silent bus";
    std::cout << "[ figures  ] hung keychain: gave up after " << elapsed << " ms (limit 400 ms)" << std::endl;
    EXPECT_EQ(homeContents(), QStringList());
}

// A private bus and keyring for this test alone: locking the shared session keyring would break
// the other keychain tests, and a locked collection cannot be unlocked without a prompt.
TEST_F(KeychainUnavailable, ALockedKeychainIsReportedWithinTheLimit)
{
    QTemporaryDir keyringHome;
    ASSERT_TRUE(keyringHome.isValid());
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    ASSERT_TRUE(bus.waitForStarted(10000)) << qPrintable(bus.errorString());
    ASSERT_TRUE(bus.waitForReadyRead(10000));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    ASSERT_TRUE(address.startsWith(u"unix:"_s)) << qPrintable(address);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    environment.insert(u"HOME"_s, keyringHome.path());
    environment.insert(u"XDG_DATA_HOME"_s, keyringHome.filePath(u"data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_sockets.path());
    QProcess keyring;
    keyring.setProcessEnvironment(environment);
    keyring.start(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s});
    keyring.write("throwaway-password");
    keyring.closeWriteChannel();
    ASSERT_TRUE(keyring.waitForFinished(10000)) << "the daemon forks and its starter returns";

    QProcess lock;
    lock.setProcessEnvironment(environment);
    lock.start(u"dbus-send"_s,
               {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    ASSERT_TRUE(lock.waitForFinished(10000));
    ASSERT_EQ(lock.exitCode(), 0) << lock.readAllStandardError().constData();
    ASSERT_TRUE(lock.readAllStandardOutput().contains("collection/login")) << "the login keyring is now locked";

    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    KeychainStore store; // the real 5 s limit
    std::unique_ptr<KeychainJob> save(store.saveKey(kApi, u"shop"_s, kKey));
    const qint64 elapsed = runToEnd(save.get());
    EXPECT_EQ(save->error(), KeychainJob::Error::NoKeychain);
    EXPECT_TRUE(save->errorString().startsWith(u"No system keychain answered"_s)) << qPrintable(save->errorString());
    EXPECT_TRUE(save->errorString().contains(u"locked"_s)) << qPrintable(save->errorString());
    EXPECT_LE(elapsed, 5500);
    std::cout << "[ figures  ] locked keychain: answered in " << elapsed
              << " ms; message: " << qPrintable(save->errorString()) << std::endl;
    EXPECT_EQ(homeContents(), QStringList());

    // The keyring daemon leaves when its bus goes away.
    bus.kill();
    bus.waitForFinished(10000);
}

} // namespace
