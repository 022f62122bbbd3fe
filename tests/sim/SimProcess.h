#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace passerelle::sim::test {

// passerelle-sim started as a real process on 127.0.0.1 (port 0: it prints the one it picked).
class SimProcess
{
public:
    ~SimProcess();
    // Starts it with `arguments` plus "--port 0"; false if it did not announce its port.
    bool start(const QStringList &arguments);
    QUrl url(const QString &pathAfterV1) const;
    QUrl statsUrl() const;
    QUrl skipUrl() const;
    // Stops it and returns everything it wrote (stdout and stderr).
    QByteArray stopAndCollectOutput();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

// One finished HTTP exchange, as a real QNetworkAccessManager saw it.
struct HttpResult
{
    int status = 0; // 0 when there was no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
};

QByteArray basicAuth(const QString &user);
HttpResult send(QNetworkAccessManager &manager, const QByteArray &verb, const QUrl &url,
                const QByteArray &authorization, const QByteArray &body = {}, const QByteArray &idempotencyKey = {});

} // namespace passerelle::sim::test
