#include "tests/sim/SimProcess.h"

#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim::test {

SimProcess::~SimProcess()
{
    stopAndCollectOutput();
}

bool SimProcess::start(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Everything on, Qt's own categories included: no log line may carry the key.
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(QStringLiteral(PASSERELLE_SIM_EXE));
    m_process.setArguments(QStringList(arguments) << u"--port"_s << u"0"_s);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || !output.wait(5000))
            return false;
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^listening on http://127\\.0\\.0\\.1:(\\d+)/v1/$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    EXPECT_TRUE(match.hasMatch()) << "first line: " << line.toStdString();
    m_port = quint16(match.captured(1).toUInt());
    return m_port != 0;
}

QUrl SimProcess::url(const QString &pathAfterV1) const
{
    return QUrl(u"http://127.0.0.1:%1/v1/"_s.arg(m_port) + pathAfterV1);
}

QUrl SimProcess::statsUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/sim/stats/"_s.arg(m_port));
}

QUrl SimProcess::skipUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/sim/skip/"_s.arg(m_port));
}

QByteArray SimProcess::stopAndCollectOutput()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
    return m_output;
}

QByteArray basicAuth(const QString &user)
{
    return QByteArrayLiteral("Basic ") + (user + u':').toUtf8().toBase64();
}

HttpResult send(QNetworkAccessManager &manager, const QByteArray &verb, const QUrl &url,
                const QByteArray &authorization, const QByteArray &body, const QByteArray &idempotencyKey)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = verb == "POST" ? manager.post(request, body)
        : verb == "GET"                   ? manager.get(request)
                                          : manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    EXPECT_TRUE(reply->isFinished() || finished.wait(15000)) << url.toString().toStdString();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

} // namespace passerelle::sim::test
