#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace passerelle::cli {

// Pads a text table column; a longer text is kept whole (a figure cut short would read as another
// one). Numbers for people go through core/model/Format.h.
QString cell(const QString &text, int width);
// A moment for the JSON output: "2026-11-23T10:00:00Z", or null.
QJsonValue isoTime(const QDateTime &time);

} // namespace passerelle::cli
