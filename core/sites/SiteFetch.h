#pragma once

#include "core/sites/ConnectTo.h"
#include "core/sites/HttpResponseReader.h"
#include "core/sites/SiteObservation.h"

#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QUrl>

namespace passerelle::sites {

// One GET over one fresh connection, by a minimal HTTP/1.1 client of our own: it alone can connect
// to another address than the URL's (--connect-to) while the Host header, the TLS server name and
// the certificate check stay for the URL's host. It sends nothing but the request line, Host,
// User-Agent, Accept and Connection: no credential, no cookie, ever. TLS errors are never ignored.
class SiteFetch : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url; // http or https
        ConnectTarget target; // where to connect
        // The user's own --connect-to chose the target: it may be any address. Otherwise the
        // target's name is resolved first and only public addresses are probed (PublicAddress.h).
        bool userMapped = false;
        QSslConfiguration tls;
        QByteArray userAgent;
        qint64 bodyCap = 0;
    };

    struct Result
    {
        SiteObservation::Failure failure = SiteObservation::Failure::None;
        QString detail; // why it failed, for people
        bool connected = false; // the TCP connection was made (a failure before it may try http)
        int status = 0;
        QByteArray location; // of a redirect
        bool tls = false;
        QDateTime certificateExpiry;
        QByteArray fingerprint;
        QString title;
        qint64 bodySize = 0;
        bool truncated = false;
    };

    explicit SiteFetch(Request request, QObject *parent = nullptr);
    ~SiteFetch() override;

    void start();
    bool isConnected() const { return m_result.connected; }
    const Result &result() const { return m_result; }

    static bool isRedirect(int status);

Q_SIGNALS:
    void finished();

private:
    void connectTo(const QString &host);
    void onResolved(const QHostInfo &info);
    void onConnected();
    void sendRequest();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void endOfStream();
    void afterRead();
    void fail(SiteObservation::Failure failure, const QString &detail);
    void finish();

    Request m_request;
    QSslSocket m_socket;
    HttpResponseReader m_reader;
    QList<QSslError> m_sslErrors;
    Result m_result;
    bool m_requestSent = false;
    bool m_finished = false;
};

} // namespace passerelle::sites
