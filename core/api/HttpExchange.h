#pragma once

#include "core/api/HttpContext.h"
#include "core/api/HttpOutcome.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class QNetworkReply;

namespace passerelle {

// One logical request to the API: paced, sent, retried when the RetryPolicy allows (safe methods
// only), and finished exactly once with an HttpOutcome. It enforces the careful-client rules of
// docs/contract.md, "A careful client": transfer timeout, same-origin redirects only, abort on any TLS error,
// bodies over 16 MiB refused unread, credentials only in the Authorization header.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QByteArray method = "GET";
        QString path; // relative to the base URL, from ApiContract
        QByteArray body; // for POST
        QUuid idempotencyKey; // required for POST (docs/contract.md, "Actions")
    };

    HttpExchange(const HttpContext &context, Spec spec, QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    // Gives up: finishes with Transport::Cancelled unless already finished.
    void abort();

    bool isUnsafe() const;

Q_SIGNALS:
    void finished(const passerelle::HttpOutcome &outcome);
    // A real wait is about to start (pacing or retry backoff), before waitScale applies.
    void waitScheduled(qint64 requestedMs);

private:
    enum class AbortReason { None, Redirect, Tls, TooLarge, Cancelled };

    void sendWhenPaced();
    void sendNow();
    void waitThen(qint64 ms, void (HttpExchange::*next)());
    void onRedirected(const QUrl &url);
    void onMetaData();
    void onProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void abortReply(AbortReason reason);
    HttpOutcome outcomeOf(QNetworkReply *reply) const;
    void finish(HttpOutcome outcome);

    HttpContext m_context;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    AbortReason m_abortReason = AbortReason::None;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace passerelle
