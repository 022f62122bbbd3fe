#pragma once

#include "core/model/Database.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace passerelle {

// The provider's documented read-only resources (docs/contract.md, "Reads").
struct ServerInfo
{
    qint64 id = 0;
    QString name;
    qint64 datacenter = 0;
    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

struct HostingAccount
{
    qint64 id = 0;
    QString name;
    QString locationType;
    qint64 locationObject = 0;
    friend bool operator==(const HostingAccount &, const HostingAccount &) = default;
};

struct SiteInfo
{
    qint64 id = 0;
    QString name;
    QString type; // the provider's site type ("php", "static"...), kept as text: there are many
    QStringList addresses; // host names only: no scheme, port, path or credentials
    qint64 account = 0; // 0 when absent (a key used at account level)
    friend bool operator==(const SiteInfo &, const SiteInfo &) = default;
};

struct SupportRequest
{
    SupportTopic topic = SupportTopic::TransitServer;
    QString message;
    Finalizer finalizationBy = Finalizer::Nobody; // only with SupportTopic::Finalization
};

struct SupportTicket
{
    qint64 id = 0;
    SupportTopic topic = SupportTopic::TransitServer;
    QDateTime createdAt;
    friend bool operator==(const SupportTicket &, const SupportTicket &) = default;
};

} // namespace passerelle
