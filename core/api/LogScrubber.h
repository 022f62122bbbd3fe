#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace passerelle {

// Removes credentials from every log line before it reaches the previous message handler
// (docs/contract.md, "A careful client": never log the API key nor the Authorization header). It scrubs the
// registered secrets and their Base64 forms, any "Basic <credential>", and the values of
// Authorization / Cookie headers in any letter case.
class LogScrubber
{
public:
    LogScrubber() = default;
    ~LogScrubber();
    LogScrubber(const LogScrubber &) = delete;
    LogScrubber &operator=(const LogScrubber &) = delete;

    // Registers a secret (for example each of Credentials::secretForms()) with its Base64 forms.
    void addSecret(const QByteArray &secret);
    QString scrub(const QString &line) const;

    // Becomes Qt's message handler, chaining to the one installed before.
    void install();
    // Restores the previous handler (only if this scrubber is still the one installed).
    void uninstall();
    bool isInstalled() const;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

    mutable QMutex m_mutex;
    QStringList m_secrets; // longest first, so that a longer form is never half-replaced
    QtMessageHandler m_previous = nullptr;
};

} // namespace passerelle
