#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

enum class DatabaseType { MySql, PostgreSql, CouchDb, MongoDb, RabbitMq };

struct DatabaseInfo
{
    qint64 id = 0;
    QString name;
    DatabaseType type = DatabaseType::MySql;
    qint64 account = 0;
    friend bool operator==(const DatabaseInfo &, const DatabaseInfo &) = default;
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
