#pragma once

#include "core/api/AdminApi.h"
#include "core/model/Database.h"

#include <QList>
#include <QObject>

namespace passerelle {

// The customer's databases (GET /v1/database/), read for the compatibility pre-check of step 1
// (docs/process.md, "Database compatibility"). A failed read keeps the last list: the pre-check
// only adds warnings, it never blocks a step.
class DatabaseInventory : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseInventory(AdminApi &api, QObject *parent = nullptr);

    void refresh();
    const QList<DatabaseInfo> &databases() const { return m_databases; }
    bool isKnown() const { return m_known; }

Q_SIGNALS:
    void changed();

private:
    AdminApi &m_api;
    QList<DatabaseInfo> m_databases;
    bool m_known = false;
    bool m_reading = false;
};

} // namespace passerelle
