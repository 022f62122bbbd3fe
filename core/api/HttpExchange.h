#pragma once

#include "core/api/HttpContext.h"
#include "core/api/HttpOutcome.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUuid>

class QNetworkReply;

namespace passerelle {

// One logical request to the API: paced, sent, retried when the RetryPolicy allows (safe methods
// only), and finished exactly once with an HttpOutcome. It enforces the careful-client rules of
// docs/contract.md, "A careful client": transfer timeout and a deadline per attempt, a time budget for
// all attempts, same-origin redirects only, abort on any TLS error, bodies over 16 MiB refused unread,
// credentials only in the Authorization header.
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
    // The request limits (shared with every process using the key) or a 429's pause hold it.
    void pacedFor(qint64 requestedMs);

private:
    enum class AbortReason { None, Redirect, RedirectLoop, Tls, TooLarge, Deadline, Cancelled };

    void sendWhenPaced();
    void sendNow();
    void issue(const QUrl &url);
    // True when `reply` was a redirect this exchange follows: the next request is on its way.
    bool followRedirect(QNetworkReply *reply);
    void waitThen(qint64 ms, void (HttpExchange::*next)());
    void onMetaData();
    void onProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void abortReply(AbortReason reason);
    HttpOutcome outcomeOf(QNetworkReply *reply) const;
    void finish(HttpOutcome outcome);

    HttpContext m_context;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline; // one attempt, headers and body: a trickle never resets it
    QElapsedTimer m_sinceFirstSend; // the retry budget
    AbortReason m_abortReason = AbortReason::None;
    int m_attempts = 0;
    int m_redirects = 0; // in this attempt
    bool m_finished = false;
};

} // namespace passerelle
