#include "core/api/HttpExchange.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiLog.h"
#include "core/api/OneShotBody.h"
#include "core/api/ProviderText.h"
#include "core/api/RequestPacer.h"
#include "core/api/RetryAfter.h"
#include "core/api/RetryPolicy.h"
#include "core/model/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>
#include <utility>

namespace passerelle {

namespace {

constexpr int kMaxRedirects = 5;

bool isTimeout(QNetworkReply::NetworkError error)
{
    // Qt reports a fired transfer timeout as OperationCanceledError (or TimeoutError).
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
}

bool isNothingSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError
        || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::TemporaryNetworkFailureError;
}

} // namespace

HttpExchange::HttpExchange(const HttpContext &context, Spec spec, QObject *parent)
    : QObject(parent), m_context(context), m_spec(std::move(spec))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortReply(AbortReason::Deadline); });
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpExchange::isUnsafe() const
{
    return RequestPacer::kindOf(m_spec.method) == RequestPacer::Kind::Unsafe;
}

void HttpExchange::start()
{
    sendWhenPaced();
}

void HttpExchange::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortReply(AbortReason::Cancelled);
        return;
    }
    HttpOutcome outcome;
    outcome.transport = HttpOutcome::Transport::Cancelled;
    finish(outcome);
}

void HttpExchange::waitThen(qint64 ms, void (HttpExchange::*next)())
{
    Q_EMIT waitScheduled(ms);
    const auto scaled = static_cast<qint64>(std::ceil(static_cast<double>(ms) * m_context.waitScale));
    QTimer::singleShot(std::chrono::milliseconds(scaled), this, next);
}

void HttpExchange::sendWhenPaced()
{
    if (m_finished)
        return;
    const auto kind = RequestPacer::kindOf(m_spec.method);
    const qint64 delay = m_context.pacer ? m_context.pacer->reserveSend(kind) : 0;
    if (delay > 0) {
        qCDebug(lcApi) << "pacing" << m_spec.method << m_spec.path << "for" << delay << "ms";
        Q_EMIT pacedFor(delay);
        waitThen(delay, &HttpExchange::sendWhenPaced);
        return;
    }
    sendNow();
}

void HttpExchange::sendNow()
{
    ++m_attempts;
    m_redirects = 0;
    if (!m_sinceFirstSend.isValid())
        m_sinceFirstSend.start();
    m_deadline.start(m_context.attemptDeadlineMs);
    qCDebug(lcApi) << "sending" << m_spec.method << m_spec.path << "attempt" << m_attempts;
    issue(m_context.endpoint.resolve(m_spec.path));
}

void HttpExchange::issue(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_context.credentials.isEmpty())
        request.setRawHeader("Authorization", m_context.credentials.authorizationHeaderValue());
    if (isUnsafe()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(contract::idempotencyKeyHeader(), m_spec.idempotencyKey.toByteArray(QUuid::WithoutBraces));
    }
    request.setTransferTimeout(m_context.transferTimeoutMs);
    // Redirects come back as answers, and followRedirect decides (section C).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No cached answers, no cookies, no credentials remembered by Qt: every request stands alone.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    m_abortReason = AbortReason::None;
    QNetworkReply *reply = nullptr;
    if (isUnsafe()) {
        // Never re-sent by Qt itself: see OneShotBody. The body belongs to the reply.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // The one-shot guarantee is proven on HTTP/1.1 (tests/api); HTTP/2 has its own resend paths.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(m_spec.body);
        reply = m_context.network->sendCustomRequest(request, m_spec.method, body);
        body->setParent(reply);
    } else {
        reply = m_context.network->sendCustomRequest(request, m_spec.method);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onProgress);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
#ifndef QT_NO_SSL
    // Any TLS error aborts the exchange: TLS errors are never ignored (section C).
    connect(reply, &QNetworkReply::sslErrors, this, [this] { abortReply(AbortReason::Tls); });
#endif
}

bool HttpExchange::followRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status > 399 || !target.isValid())
        return false;
    const QUrl url = reply->url().resolved(target);
    // The contract never redirects an action: following one could re-send it or turn it into a GET.
    // Never another origin (it would receive the Authorization header), never HTTPS -> HTTP.
    if (isUnsafe() || !m_context.endpoint.isSameOrigin(url)) {
        qCWarning(lcApi) << "refused a redirect of" << m_spec.method << "to" << url.host() << url.port();
        m_abortReason = AbortReason::Redirect;
        return false;
    }
    if (++m_redirects > kMaxRedirects) {
        qCWarning(lcApi) << "stopped a loop of redirects of" << m_spec.method << m_spec.path;
        m_abortReason = AbortReason::RedirectLoop;
        return false;
    }
    // The redirected request is one more request for the provider's rate limits.
    if (m_context.pacer)
        m_context.pacer->recordSend(RequestPacer::kindOf(m_spec.method));
    issue(url);
    return true;
}

void HttpExchange::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > contract::kMaxBodyBytes)
        abortReply(AbortReason::TooLarge);
}

void HttpExchange::onProgress(qint64 received, qint64 total)
{
    if (received > contract::kMaxBodyBytes || total > contract::kMaxBodyBytes)
        abortReply(AbortReason::TooLarge);
}

void HttpExchange::abortReply(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

HttpOutcome HttpExchange::outcomeOf(QNetworkReply *reply) const
{
    HttpOutcome outcome;
    outcome.attempts = m_attempts;
    outcome.networkError = contract::cleanProviderText(reply->errorString()); // may quote the server's reason phrase
    switch (m_abortReason) {
    case AbortReason::Redirect:
        outcome.transport = HttpOutcome::Transport::Redirect;
        return outcome;
    case AbortReason::RedirectLoop:
        outcome.transport = HttpOutcome::Transport::RedirectLoop;
        return outcome;
    case AbortReason::Tls:
        outcome.transport = HttpOutcome::Transport::Tls;
        return outcome;
    case AbortReason::TooLarge:
        outcome.transport = HttpOutcome::Transport::TooLarge;
        outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return outcome;
    case AbortReason::Deadline:
        outcome.transport = HttpOutcome::Transport::Timeout;
        return outcome;
    case AbortReason::Cancelled:
        outcome.transport = HttpOutcome::Transport::Cancelled;
        return outcome;
    case AbortReason::None:
        break;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const auto error = reply->error();
    if (status.isValid() && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        outcome.transport = HttpOutcome::Transport::Answered;
        outcome.httpStatus = status.toInt();
        outcome.body = reply->readAll();
        if (m_context.clock)
            outcome.retryAfterMs
                = retryafter::parseMs(reply->rawHeader(contract::retryAfterHeader()), m_context.clock->now());
        return outcome;
    }
    if (error == QNetworkReply::SslHandshakeFailedError)
        outcome.transport = HttpOutcome::Transport::Tls;
    else if (isTimeout(error))
        outcome.transport = HttpOutcome::Transport::Timeout;
    else if (isNothingSent(error))
        outcome.transport = HttpOutcome::Transport::ConnectionFailed;
    else
        outcome.transport = HttpOutcome::Transport::Dropped;
    return outcome;
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abortReason == AbortReason::None && followRedirect(reply))
        return;
    m_deadline.stop();
    HttpOutcome outcome = outcomeOf(reply);
    // The provider's limit is per key: its Retry-After holds every request of this client, for
    // the longest pause at most (a longer one fails this request instead, see HttpErrorMapping).
    if (outcome.transport == HttpOutcome::Transport::Answered && outcome.httpStatus == 429 && outcome.retryAfterMs
        && m_context.pacer)
        m_context.pacer->pauseFor(std::min(*outcome.retryAfterMs, retryafter::kLongestPauseMs));

    const RetryPolicy::Failure failure {!isUnsafe(),
                                        outcome.transport == HttpOutcome::Transport::Timeout,
                                        outcome.transport == HttpOutcome::Transport::Answered ? outcome.httpStatus : 0,
                                        outcome.retryAfterMs,
                                        m_sinceFirstSend.elapsed(),
                                        m_context.attemptDeadlineMs};
    const bool retryable = outcome.transport == HttpOutcome::Transport::Timeout
        || (outcome.transport == HttpOutcome::Transport::Answered
            && RetryPolicy::isRetryableStatus(outcome.httpStatus));
    if (retryable && m_context.retryPolicy) {
        const auto decision = m_context.retryPolicy->decide(failure, m_attempts - 1);
        if (decision.retry) {
            qCInfo(lcApi) << "retrying" << m_spec.method << m_spec.path << "after HTTP" << outcome.httpStatus << "in"
                          << decision.delayMs << "ms";
            waitThen(decision.delayMs, &HttpExchange::sendWhenPaced);
            return;
        }
    }
    finish(std::move(outcome));
}

void HttpExchange::finish(HttpOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    outcome.attempts = m_attempts;
    Q_EMIT finished(outcome);
}

} // namespace passerelle
