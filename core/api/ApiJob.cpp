#include "core/api/ApiJob.h"

#include <QMetaObject>

namespace passerelle {

void ApiJob::cancel()
{
    if (m_finished)
        return;
    aborted();
    finishWithError(ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

void ApiJob::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    emitLater();
}

void ApiJob::finishOk()
{
    if (m_finished)
        return;
    emitLater();
}

void ApiJob::emitLater()
{
    m_finished = true;
    if (m_emitScheduled)
        return;
    m_emitScheduled = true;
    QMetaObject::invokeMethod(this, &ApiJob::finished, Qt::QueuedConnection);
}

} // namespace passerelle
