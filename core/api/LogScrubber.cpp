#include "core/api/LogScrubber.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <initializer_list>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

namespace {

// Qt's message handler is a plain function pointer and is process-wide by Qt's design, so the
// scrubber it forwards to has to be reachable from a static: this is the one global it needs.
std::atomic<LogScrubber *> s_installed {nullptr};

// Shorter fragments would scrub ordinary words; a key is far longer than this anyway.
constexpr qsizetype kMinimumFragment = 6;

QString mask()
{
    return u"***"_s;
}

// Base64 of the secret as it appears inside the Base64 of a longer string: for each of the three
// alignments, the characters that encode only bytes of the secret.
QStringList base64Forms(const QByteArray &secret)
{
    QStringList forms;
    const auto addBoth = [&forms](const QByteArray &bytes) {
        for (const auto options : {QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals,
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals}) {
            const QString form = QString::fromLatin1(bytes.toBase64(options));
            if (form.size() >= kMinimumFragment)
                forms.append(form);
        }
    };
    addBoth(secret);
    for (qsizetype skip = 0; skip < 3; ++skip) {
        const QByteArray rest = secret.mid(skip);
        addBoth(rest.left(rest.size() - rest.size() % 3));
    }
    return forms;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression pattern(
        uR"(\b((?:proxy-)?authorization|(?:set-)?cookie)(["']?\s*[:=,]\s*)[^\r\n]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &schemePattern()
{
    static const QRegularExpression pattern(uR"(\b(basic|bearer)(\s+)[A-Za-z0-9+/=_.~%-]+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

LogScrubber::~LogScrubber()
{
    uninstall();
}

void LogScrubber::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker locker(&m_mutex);
    m_secrets.append(QString::fromUtf8(secret));
    m_secrets.append(QString::fromLatin1(secret.toPercentEncoding()));
    m_secrets.append(base64Forms(secret));
    m_secrets.removeDuplicates();
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString LogScrubber::scrub(const QString &line) const
{
    QString result = line;
    {
        QMutexLocker locker(&m_mutex);
        for (const QString &secret : m_secrets)
            result.replace(secret, mask());
    }
    // Each pattern needs its words: a line without them (nearly every line) skips the regular
    // expression, which is compiled on first use only.
    const auto mentions = [&result](std::initializer_list<QLatin1StringView> words) {
        return std::any_of(words.begin(), words.end(),
                           [&result](QLatin1StringView word) { return result.contains(word, Qt::CaseInsensitive); });
    };
    if (mentions({"authorization"_L1, "cookie"_L1}))
        result.replace(headerPattern(), u"\\1\\2"_s + mask());
    if (mentions({"basic"_L1, "bearer"_L1}))
        result.replace(schemePattern(), u"\\1\\2"_s + mask());
    return result;
}

void LogScrubber::install()
{
    LogScrubber *expected = nullptr;
    if (!s_installed.compare_exchange_strong(expected, this))
        return;
    m_previous = qInstallMessageHandler(&LogScrubber::handleMessage);
}

void LogScrubber::uninstall()
{
    LogScrubber *expected = this;
    if (!s_installed.compare_exchange_strong(expected, nullptr))
        return;
    qInstallMessageHandler(m_previous);
    m_previous = nullptr;
}

bool LogScrubber::isInstalled() const
{
    return s_installed.load() == this;
}

void LogScrubber::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogScrubber *scrubber = s_installed.load();
    if (!scrubber)
        return;
    const QString clean = scrubber->scrub(message);
    if (scrubber->m_previous)
        scrubber->m_previous(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", qPrintable(clean)); // Qt 6 always returns a handler; belt and braces
}

} // namespace passerelle
