#include "core/session/DatabaseInventory.h"

#include "core/session/SessionLog.h"

namespace passerelle {

DatabaseInventory::DatabaseInventory(AdminApi &api, QObject *parent) : QObject(parent), m_api(api) {}

void DatabaseInventory::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    onFinished(m_api.databases(), this, [this](DatabasesJob *job) {
        m_reading = false;
        if (job->hasError()) {
            qCInfo(lcSession) << "database list not read:" << job->error().message;
            return;
        }
        if (m_known && job->value() == m_databases)
            return;
        m_databases = job->value();
        m_known = true;
        Q_EMIT changed();
    });
}

} // namespace passerelle
