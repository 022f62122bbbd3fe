#include "app/sim/HttpReply.h"

namespace passerelle::simhttp {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray serialize(const HttpReply &reply)
{
    QByteArray out
        = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.body.isEmpty())
        out += QByteArrayLiteral("Content-Type: application/json\r\n");
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + QByteArrayLiteral(": ") + value + "\r\n";
    out += QByteArrayLiteral("\r\n") + reply.body;
    return out;
}

} // namespace passerelle::simhttp
