#include "RestApiFixture.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::test;

namespace {

QByteArray readTestFile(const char *name)
{
    QFile file(QStringLiteral(PASSERELLE_TLS_TEST_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An untrusted certificate aborts the exchange: a Tls error, and not one request byte decrypted
// by the server (so neither the key nor anything else was sent).
TEST(RestTls, AnUntrustedCertificateAbortsBeforeAnyRequest)
{
    ASSERT_TRUE(QSslSocket::supportsSsl()) << "the TLS backend must be installed for this test";
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readTestFile("selfsigned-cert.pem")));
    configuration.setPrivateKey(QSslKey(readTestFile("selfsigned-key.pem"), QSsl::Rsa));
    ASSERT_FALSE(configuration.localCertificate().isNull());
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(configuration);
    ASSERT_TRUE(tlsServer.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    QObject::connect(&tlsServer, &QTcpServer::pendingConnectionAvailable, &tlsServer, [&] {
        while (QTcpSocket *socket = tlsServer.nextPendingConnection())
            QObject::connect(socket, &QIODevice::readyRead, socket,
                             [&received, socket] { received += socket->readAll(); });
    });

    QNetworkAccessManager network;
    SystemClock clock;
    RequestPacer pacer(clock);
    RetryPolicy policy([] { return 0.0; });
    HttpContext context;
    context.network = &network;
    const auto endpoint = ApiEndpoint::fromString(u"https://127.0.0.1:%1/v1/"_s.arg(tlsServer.serverPort()));
    ASSERT_TRUE(endpoint);
    context.endpoint = endpoint.value();
    context.credentials = Credentials::forAccount(kTestKey, u"acme-shop"_s);
    context.pacer = &pacer;
    context.retryPolicy = &policy;
    context.clock = &clock;
    RestAdminApi api(context);
    std::unique_ptr<AccountActionJob> job(api.startAction(7, 301, AccountAction::Migrate, QUuid::createUuid()));
    ASSERT_TRUE(finishes(job.get()));
    ASSERT_TRUE(job->hasError());
    EXPECT_EQ(job->error().kind, ApiError::Kind::Tls) << job->error().message.toStdString();
    EXPECT_TRUE(received.isEmpty());
}

} // namespace
