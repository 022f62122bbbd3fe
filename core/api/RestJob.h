#pragma once

#include "core/api/ApiJob.h"
#include "core/api/HttpExchange.h"

#include <QPointer>

namespace passerelle {

// A ValueJob whose cancel() also aborts the HTTP exchange behind it.
template<typename T> class RestJob final : public ValueJob<T>
{
public:
    using ValueJob<T>::ValueJob;

    void setExchange(HttpExchange *exchange) { m_exchange = exchange; }

protected:
    void aborted() override
    {
        if (m_exchange)
            m_exchange->abort();
    }

private:
    QPointer<HttpExchange> m_exchange;
};

} // namespace passerelle
