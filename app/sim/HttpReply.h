#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace passerelle::simhttp {

// One request as the simulator's HTTP face sees it, already stripped of credentials.
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // the URL path, "/v1/migration/7/"
    QByteArray body;
    QByteArray idempotencyKey;
    QString accountScope; // a key qualified with " account=NAME" acts on that account only
};

// One answer, before it is written (or, for a dropped POST, not written).
struct HttpReply
{
    int status = 200;
    QByteArray body; // JSON, or empty
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The standard reason phrase for the statuses the simulator answers with.
QByteArray reasonPhrase(int status);
// The bytes of a complete HTTP/1.1 response with a JSON body and a Content-Length.
QByteArray serialize(const HttpReply &reply);

} // namespace passerelle::simhttp
