#pragma once

#include "core/api/ApiError.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

namespace passerelle {

// One API call in flight. It finishes exactly once, always asynchronously (never from inside the
// call that created it), with either a value or an error. The caller owns it; onFinished() below
// runs a handler and deletes the job.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    // Gives up: the job finishes with a Cancelled error (unless it already finished).
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    // Both queue the emission so that a caller connecting right after the call still hears it.
    void finishWithError(const ApiError &error);
    void finishOk();
    virtual void aborted() {}

private:
    void emitLater();

    bool m_finished = false;
    bool m_emitScheduled = false;
    std::optional<ApiError> m_error;
};

// A job that carries a typed value when it succeeds.
template<typename T>
class ValueJob : public ApiJob
{
public:
    using ApiJob::ApiJob;

    const T &value() const { return m_value; }

    void succeed(T value)
    {
        if (isFinished())
            return;
        m_value = std::move(value);
        finishOk();
    }
    void fail(const ApiError &error) { finishWithError(error); }

private:
    T m_value{};
};

// Runs `handler(job)` once the job finishes, in `context`'s thread, then deletes the job.
template<typename Job, typename Handler>
void onFinished(Job *job, QObject *context, Handler handler)
{
    QObject::connect(job, &ApiJob::finished, context, [job, handler = std::move(handler)]() mutable {
        handler(job);
        job->deleteLater();
    });
}

} // namespace passerelle
