#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/Downtime.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace passerelle::cli::format {

QString bytes(qint64 size);
QString duration(downtime::Seconds seconds);
QString when(const QDateTime &time); // local, readable; "-" for none
QJsonValue isoTime(const QDateTime &time); // "2026-11-23T10:00:00Z" or null
QString money(const Money &amount);
// Pads (or cuts) for a text table column.
QString cell(const QString &text, int width);

} // namespace passerelle::cli::format
