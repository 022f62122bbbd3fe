#pragma once

#include "FaultServer.h"

#include "core/api/ApiJob.h"
#include "core/api/Credentials.h"
#include "core/api/RequestPacer.h"
#include "core/api/RestAdminApi.h"
#include "core/api/RetryPolicy.h"
#include "core/model/Clock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace passerelle::test {

inline const QByteArray kTestKey = QByteArrayLiteral("K3Y-test-123");
// base64("K3Y-test-123 account=acme-shop:")
inline const QByteArray kExpectedAuthorization
    = QByteArrayLiteral("Basic SzNZLXRlc3QtMTIzIGFjY291bnQ9YWNtZS1zaG9wOg==");

inline QByteArray accountJson(const char *status, qint64 id = 301)
{
    return QByteArrayLiteral(R"({"account": )") + QByteArray::number(id)
        + QByteArrayLiteral(R"(, "name": "acme-shop", "database_size": 3221225472, "files_size": 8589934592,
 "mail_size": 1073741824, "location": "client", "version": "old", "status": ")")
        + QByteArray(status) + QByteArrayLiteral(R"(", "operation_started_at": null, "operation_estimated_end": null,
 "rollback_available": false, "last_error": null})");
}

inline QByteArray accountListJson(const char *status)
{
    return '[' + accountJson(status) + ']';
}

// Waits (generously) until the job finished; false if it never did.
template<typename Job> bool finishes(Job *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(20000) && spy.count() == 1;
}

// A RestAdminApi on a real QNetworkAccessManager, talking to a FaultServer on 127.0.0.1. Waits are
// scaled down (the requested waits are checked through waitScheduled); the clock is the system's.
class RestApiFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        rebuild(2000);
    }

    void rebuild(int transferTimeoutMs, int attemptDeadlineMs = 15000)
    {
        auto endpoint = ApiEndpoint::fromString(server.baseUrl());
        ASSERT_TRUE(endpoint);
        HttpContext context;
        context.network = &network;
        context.endpoint = endpoint.value();
        context.credentials = Credentials::forAccount(kTestKey, QStringLiteral("acme-shop"));
        context.pacer = &pacer;
        context.retryPolicy = &retryPolicy;
        context.clock = &clock;
        context.transferTimeoutMs = transferTimeoutMs;
        context.attemptDeadlineMs = attemptDeadlineMs;
        context.waitScale = 0.01;
        api = std::make_unique<RestAdminApi>(context);
        waits = std::make_unique<QSignalSpy>(api.get(), &RestAdminApi::waitScheduled);
    }

    FaultServer server;
    QNetworkAccessManager network;
    SystemClock clock;
    RequestPacer pacer {clock};
    RetryPolicy retryPolicy {[] { return 0.5; }};
    std::unique_ptr<RestAdminApi> api;
    std::unique_ptr<QSignalSpy> waits;
};

} // namespace passerelle::test
