#include "core/sites/HttpResponseReader.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle::sites {
namespace {

PASSERELLE_TR_CONTEXT(SiteCheckText);

// Bounds on what a web server may send before its body: a real head is a few kilobytes.
constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxChunkLine = 1024;

bool parseLength(const QByteArray &text, qint64 &out)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok;
}

} // namespace

HttpResponseReader::HttpResponseReader(qint64 bodyCap) : m_bodyCap(bodyCap) { }

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    return m_headers.value(name.toByteArray().toLower());
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    bool progress = true;
    while (progress && (m_state == State::Head || m_state == State::Body))
        progress = m_state == State::Head ? readHead() : readBody();
    return m_state;
}

HttpResponseReader::State HttpResponseReader::finishStream()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    else if (m_state == State::Head)
        fail(SiteCheckText::tr("the connection closed before a complete answer"));
    else if (m_state == State::Body)
        fail(SiteCheckText::tr("the answer was cut short"));
    return m_state;
}

bool HttpResponseReader::takeLine(QByteArray &line, qsizetype maxLength)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > maxLength)
            fail(SiteCheckText::tr("the answer's headers are too long"));
        return false;
    }
    line = m_buffer.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

// Reads the whole head once it is all there; interim 1xx heads are skipped.
bool HttpResponseReader::readHead()
{
    qsizetype end = m_buffer.indexOf("\n\r\n");
    const qsizetype bareEnd = m_buffer.indexOf("\n\n");
    if (end < 0 || (bareEnd >= 0 && bareEnd < end))
        end = bareEnd;
    if (end < 0) {
        if (m_buffer.size() > kMaxHead)
            fail(SiteCheckText::tr("the answer's headers are too long"));
        return false;
    }
    if (end > kMaxHead) {
        fail(SiteCheckText::tr("the answer's headers are too long"));
        return false;
    }
    QByteArray line;
    takeLine(line, kMaxHead);
    const QList<QByteArray> parts = line.split(' ');
    bool ok = false;
    // Three digits of a class HTTP defines (1xx to 5xx): anything else is no answer to compare.
    const int status = parts.size() >= 2 && parts.at(1).size() == 3 ? parts.at(1).toInt(&ok) : 0;
    if (!line.startsWith("HTTP/1.") || !ok || status < 100 || status > 599) {
        fail(SiteCheckText::tr("not an HTTP answer"));
        return false;
    }
    m_headers.clear();
    while (takeLine(line, kMaxHead) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && m_headers.contains(name) && m_headers.value(name) != value) {
            fail(SiteCheckText::tr("the answer gives two different lengths"));
            return false;
        }
        if (!m_headers.contains(name))
            m_headers.insert(name, value);
        else if (name == "transfer-encoding")
            m_headers[name] += ", " + value;
    }
    if (status < 200) {
        if (status == 101) {
            fail(SiteCheckText::tr("the server switched protocols unasked"));
            return false;
        }
        return true; // an interim answer (100 Continue, 103 Early Hints): the real one follows
    }
    m_status = status;
    m_state = State::Body;
    qint64 length = 0;
    if (status == 204 || status == 304) {
        m_framing = Framing::None;
        m_state = State::Complete;
    } else if (header("transfer-encoding").toLower().trimmed().endsWith("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!header("transfer-encoding").isEmpty()) {
        m_framing = Framing::UntilClose; // any other coding: the body runs to the end (RFC 9112, 6.3)
    } else if (m_headers.contains("content-length")) {
        if (!parseLength(header("content-length"), length)) {
            fail(SiteCheckText::tr("the answer's length is not a number"));
            return false;
        }
        m_framing = Framing::Length;
        m_remaining = length;
        if (length == 0)
            m_state = State::Complete;
    } else {
        m_framing = Framing::UntilClose;
    }
    return true;
}

bool HttpResponseReader::readBody()
{
    if (m_framing == Framing::Chunked)
        return readChunked();
    if (m_buffer.isEmpty())
        return false;
    if (m_framing == Framing::UntilClose) {
        deliver(m_buffer);
        m_buffer.clear();
        return false;
    }
    const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
    m_remaining -= take;
    deliver(QByteArrayView(m_buffer).first(take));
    m_buffer.remove(0, take);
    if (m_remaining == 0 && m_state == State::Body)
        m_state = State::Complete;
    return false;
}

bool HttpResponseReader::readChunked()
{
    QByteArray line;
    switch (m_chunkPart) {
    case ChunkPart::Size: {
        if (!takeLine(line, kMaxChunkLine))
            return false;
        const QByteArray hex = line.split(';').constFirst().trimmed(); // chunk extensions are ignored
        bool ok = hex.size() <= 15 && !hex.isEmpty();
        m_remaining = ok ? hex.toLongLong(&ok, 16) : 0;
        if (!ok || m_remaining < 0) {
            fail(SiteCheckText::tr("the answer's chunked body is malformed"));
            return false;
        }
        m_chunkPart = m_remaining == 0 ? ChunkPart::Trailers : ChunkPart::Data;
        return true;
    }
    case ChunkPart::Data: {
        if (m_buffer.isEmpty())
            return false;
        const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
        m_remaining -= take;
        deliver(QByteArrayView(m_buffer).first(take));
        m_buffer.remove(0, take);
        if (m_remaining == 0)
            m_chunkPart = ChunkPart::DataEnd;
        return m_state == State::Body;
    }
    case ChunkPart::DataEnd:
        if (!takeLine(line, kMaxChunkLine))
            return false;
        if (!line.isEmpty()) {
            fail(SiteCheckText::tr("the answer's chunked body is malformed"));
            return false;
        }
        m_chunkPart = ChunkPart::Size;
        return true;
    case ChunkPart::Trailers:
        if (!takeLine(line, kMaxHead))
            return false;
        if (line.isEmpty())
            m_state = State::Complete;
        return true;
    }
    return false;
}

// Past the cap the rest is not read: the digest describes the first bodyCap bytes.
void HttpResponseReader::deliver(QByteArrayView bytes)
{
    const qint64 room = m_bodyCap - m_body.size();
    if (bytes.size() > room) {
        m_body.add(bytes.first(room));
        m_truncated = true;
        m_state = State::Complete;
        return;
    }
    m_body.add(bytes);
    // Framed bodies know more is coming; one that runs to the end finds out with its next bytes.
    if (m_body.size() == m_bodyCap && m_remaining > 0) {
        m_truncated = true;
        m_state = State::Complete;
    }
}

void HttpResponseReader::fail(const QString &why)
{
    if (m_state == State::Failed)
        return;
    m_error = why;
    m_state = State::Failed;
}

} // namespace passerelle::sites
