#include "core/api/JsonTreeData.h"

namespace passerelle {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the valid UTF-8 sequence (of a code point beyond ASCII) at `p`, or 0: no overlong
// form, no surrogate, nothing beyond U+10FFFF (what QJsonDocument refuses as invalid UTF-8).
qsizetype utf8SequenceAt(const char *at, const char *stop)
{
    const auto *p = reinterpret_cast<const uchar *>(at);
    const auto *end = reinterpret_cast<const uchar *>(stop);
    const uchar lead = *p;
    qsizetype length = 0;
    uchar low = 0x80, high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

// One escape (`p` on its backslash), appended to `decoded`.
QJsonParseError::ParseError readEscape(const char *&p, const char *end, QString &decoded)
{
    ++p; // the backslash
    if (p >= end)
        return QJsonParseError::IllegalEscapeSequence;
    const char escaped = *p++;
    switch (escaped) {
    case 'b':
        decoded.append(u'\b');
        break;
    case 'f':
        decoded.append(u'\f');
        break;
    case 'n':
        decoded.append(u'\n');
        break;
    case 'r':
        decoded.append(u'\r');
        break;
    case 't':
        decoded.append(u'\t');
        break;
    case 'u': {
        if (end - p < 4)
            return QJsonParseError::IllegalEscapeSequence;
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(p[i]);
            if (digit < 0)
                return QJsonParseError::IllegalEscapeSequence;
            unit = char16_t(unit * 16 + digit);
        }
        p += 4;
        decoded.append(QChar(unit)); // a lone surrogate stays what it was, as in QJsonDocument
        break;
    }
    default:
        // '"', '\\', '/' and, as QJsonDocument reads them, any other byte stand for themselves.
        decoded.append(QChar(char16_t(uchar(escaped))));
        break;
    }
    return QJsonParseError::NoError;
}

// The rest of a string from its first escape (`p`), decoded to UTF-16 from `start`.
QJsonParseError::ParseError readEscapedString(const char *start, const char *&p, const char *end, QString &decoded,
                                              JsonStringRead &out)
{
    const qsizetype offset = decoded.size();
    decoded.append(QString::fromUtf8(start, p - start));
    while (p < end) {
        const uchar c = uchar(*p);
        if (c == '"') {
            out = {offset, qint32(decoded.size() - offset), true};
            ++p;
            return QJsonParseError::NoError;
        }
        if (c == '\\') {
            if (const auto problem = readEscape(p, end, decoded); problem != QJsonParseError::NoError)
                return problem;
        } else if (c < 0x80) {
            decoded.append(QChar(char16_t(c)));
            ++p;
        } else {
            const qsizetype length = utf8SequenceAt(p, end);
            if (length == 0)
                return QJsonParseError::IllegalUTF8String;
            decoded.append(QString::fromUtf8(p, length));
            p += length;
        }
    }
    return QJsonParseError::UnterminatedString;
}

} // namespace

QJsonParseError::ParseError readJsonString(const char *&p, const char *end, const char *begin, QString &decoded,
                                           JsonStringRead &out)
{
    const char *start = ++p; // past the opening quote
    while (p < end) {
        const uchar c = uchar(*p);
        if (c == '"') {
            out = {start - begin, qint32(p - start), false};
            ++p;
            return QJsonParseError::NoError;
        }
        if (c == '\\')
            return readEscapedString(start, p, end, decoded, out);
        if (c < 0x80) {
            ++p; // control characters pass here, as in QJsonDocument: the mapping cleans text
            continue;
        }
        const qsizetype length = utf8SequenceAt(p, end);
        if (length == 0)
            return QJsonParseError::IllegalUTF8String;
        p += length;
    }
    return QJsonParseError::UnterminatedString;
}

} // namespace passerelle
