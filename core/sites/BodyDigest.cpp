#include "core/sites/BodyDigest.h"

#include "core/api/ProviderText.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

// A page's <title> sits in its <head>: the first 64 KiB are plenty, and keep memory flat.
constexpr qsizetype kHeadBytes = 64 * 1024;
// Titles are shown on one line; anything longer is not a title a person reads.
constexpr qsizetype kMaxTitle = 200;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The named entities a title commonly uses, and numeric ones.
QString decodeEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end = text.indexOf(u';', i);
        if (text.at(i) != u'&' || end < 0 || end - i > 10) {
            out += text.at(i);
            continue;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        char32_t code = 0;
        bool ok = true;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt(&ok, 10);
        else if (name == u"amp"_s)
            code = u'&';
        else if (name == u"lt"_s)
            code = u'<';
        else if (name == u"gt"_s)
            code = u'>';
        else if (name == u"quot"_s)
            code = u'"';
        else if (name == u"apos"_s)
            code = u'\'';
        else if (name == u"nbsp"_s)
            code = u' ';
        if (!ok || code == 0 || code > 0x10FFFF) {
            out += text.at(i);
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = end;
    }
    return out;
}

} // namespace

BodyDigest::BodyDigest() : m_hash(QCryptographicHash::Sha256) { }

void BodyDigest::add(QByteArrayView bytes)
{
    m_size += bytes.size();
    if (m_head.size() < kHeadBytes)
        m_head += bytes.first(std::min(bytes.size(), kHeadBytes - m_head.size()));
    // Folds as it goes: a run of whitespace becomes one space, written only once a non-space
    // follows, so that none is left at the end and chunk boundaries change nothing.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (!isSpace(bytes[i]))
            continue;
        if (i > runStart) {
            if (m_pendingSpace && m_started)
                m_hash.addData(" ");
            m_hash.addData(bytes.sliced(runStart, i - runStart));
            m_started = true;
            m_pendingSpace = false;
        }
        m_pendingSpace = true;
        runStart = i + 1;
    }
    if (runStart < bytes.size()) {
        if (m_pendingSpace && m_started)
            m_hash.addData(" ");
        m_hash.addData(bytes.sliced(runStart));
        m_started = true;
        m_pendingSpace = false;
    }
}

QByteArray BodyDigest::fingerprint() const
{
    return m_hash.result().toHex();
}

QString BodyDigest::title() const
{
    // A page (or its numeric entities) can carry control characters as well as the provider can.
    return contract::cleanProviderText(extractTitle(m_head));
}

QByteArray foldWhitespace(QByteArrayView body)
{
    QByteArray out;
    bool pendingSpace = false;
    for (const char c : body) {
        if (isSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString extractTitle(QByteArrayView html)
{
    const QByteArray lower = html.toByteArray().toLower();
    qsizetype open = lower.indexOf("<title");
    // "<title" must be the whole tag name: "<titles>" is another element.
    while (open >= 0 && open + 6 < lower.size() && lower.at(open + 6) != '>' && !isSpace(lower.at(open + 6)))
        open = lower.indexOf("<title", open + 6);
    if (open < 0)
        return QString();
    const qsizetype start = lower.indexOf('>', open);
    if (start < 0)
        return QString();
    qsizetype end = lower.indexOf("</title", start);
    if (end < 0)
        end = lower.size();
    const QByteArrayView raw = html.sliced(start + 1, end - start - 1);
    // Pages are UTF-8 nearly always; an invalid sequence means an older 8-bit page (read as Latin-1).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(raw);
    if (utf8.hasError())
        text = QString::fromLatin1(raw);
    return decodeEntities(text).simplified().left(kMaxTitle);
}

} // namespace passerelle::sites
