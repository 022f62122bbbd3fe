#pragma once

#include "core/sites/BodyDigest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace passerelle::sites {

// Reads one HTTP/1.x response off a byte stream, piece by piece: the status line and headers
// (interim 1xx answers skipped), then the body as Content-Length, the chunked coding or the end of
// the connection frame it. The body goes into a BodyDigest, at most `bodyCap` bytes: past that the
// reader stops and says so, and the caller closes the connection.
class HttpResponseReader
{
public:
    enum class State { Head, Body, Complete, Failed };

    explicit HttpResponseReader(qint64 bodyCap);

    State feed(QByteArrayView bytes);
    // The connection ended: completes a body that runs to the end of the connection, fails the rest.
    State finishStream();

    State state() const { return m_state; }
    bool headComplete() const { return m_state != State::Head && m_status != 0; }
    int status() const { return m_status; }
    // The first value of a header (names are case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    const BodyDigest &body() const { return m_body; }
    bool truncated() const { return m_truncated; }
    QString error() const { return m_error; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkPart { Size, Data, DataEnd, Trailers };

    bool readHead();
    bool readBody();
    bool readChunked();
    // A line ending in LF (CR optional) from the buffer; false when incomplete.
    bool takeLine(QByteArray &line, qsizetype maxLength);
    void deliver(QByteArrayView bytes);
    void fail(const QString &why);

    qint64 m_bodyCap;
    State m_state = State::Head;
    QByteArray m_buffer;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    Framing m_framing = Framing::None;
    ChunkPart m_chunkPart = ChunkPart::Size;
    qint64 m_remaining = 0; // body bytes left (Length), or in the current chunk (Chunked)
    BodyDigest m_body;
    bool m_truncated = false;
    QString m_error;
};

} // namespace passerelle::sites
