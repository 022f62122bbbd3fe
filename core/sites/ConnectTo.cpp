#include "core/sites/ConnectTo.h"

#include "core/api/HostName.h"

#include <QHostAddress>
#include <QStringList>

namespace passerelle::sites {
namespace {

// Splits on ':' outside brackets; a bracketed field loses its brackets.
std::optional<QStringList> splitFields(const QString &text)
{
    QStringList fields;
    QString field;
    bool bracketed = false;
    bool closed = false;
    for (const QChar c : text) {
        if (bracketed) {
            if (c == u']') {
                bracketed = false;
                closed = true;
            } else {
                field += c;
            }
        } else if (c == u':') {
            fields << field;
            field.clear();
            closed = false;
        } else if (c == u'[' && field.isEmpty() && !closed) {
            bracketed = true;
        } else if (closed) {
            return std::nullopt; // text after "]" other than ':'
        } else {
            field += c;
        }
    }
    if (bracketed)
        return std::nullopt;
    fields << field;
    return fields;
}

bool readHost(const QString &text, QString &out)
{
    out = text.toLower();
    return text.isEmpty() || isPlausibleHost(text);
}

bool readPort(const QString &text, int &out)
{
    if (text.isEmpty()) {
        out = 0;
        return true;
    }
    bool ok = false;
    out = text.toInt(&ok);
    return ok && !text.startsWith(u'+') && out >= 1 && out <= 65535;
}

} // namespace

std::optional<ConnectTo> ConnectTo::parse(const QString &text)
{
    const std::optional<QStringList> fields = splitFields(text);
    if (!fields || fields->size() != 4)
        return std::nullopt;
    ConnectTo rule;
    if (!readHost(fields->at(0), rule.host) || !readPort(fields->at(1), rule.port)
        || !readHost(fields->at(2), rule.toHost) || !readPort(fields->at(3), rule.toPort))
        return std::nullopt;
    return rule;
}

bool isPlausibleHost(const QString &text)
{
    return isPlausibleHostName(text) || !QHostAddress(text).isNull();
}

namespace {

const ConnectTo *ruleFor(const QList<ConnectTo> &rules, const QString &host, quint16 port)
{
    const QString wanted = host.toLower();
    for (const ConnectTo &rule : rules) {
        if ((rule.host.isEmpty() || rule.host == wanted) && (rule.port == 0 || rule.port == port))
            return &rule;
    }
    return nullptr;
}

} // namespace

ConnectTarget connectTarget(const QList<ConnectTo> &rules, const QString &host, quint16 port)
{
    if (const ConnectTo *rule = ruleFor(rules, host, port))
        return {rule->toHost.isEmpty() ? host : rule->toHost, rule->toPort == 0 ? port : quint16(rule->toPort)};
    return {host, port};
}

bool hasRuleFor(const QList<ConnectTo> &rules, const QString &host, quint16 port)
{
    return ruleFor(rules, host, port) != nullptr;
}

} // namespace passerelle::sites
