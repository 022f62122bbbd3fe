#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace passerelle::cli {

// Pads (or cuts) a text table column. Numbers for people go through core/model/Format.h.
QString cell(const QString &text, int width);
// A moment for the JSON output: "2026-11-23T10:00:00Z", or null.
QJsonValue isoTime(const QDateTime &time);

} // namespace passerelle::cli
