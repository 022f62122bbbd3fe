// libFuzzer target over the strict JSON mapping: whatever bytes a server sends, every parse*
// function returns a value or a Protocol error; it never crashes, hangs or reads out of bounds.
#include "core/api/ApiContract.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace passerelle;
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)contract::parseServers(body);
    (void)contract::parseHostingAccounts(body);
    (void)contract::parseDatabases(body);
    (void)contract::parseSites(body);
    (void)contract::parseMigrations(body);
    (void)contract::parseMigration(body, 7);
    (void)contract::parseMigrationAccounts(body);
    (void)contract::parseAccount(body, 301);
    (void)contract::parseSupportTicket(body);
    (void)contract::parseErrorBody(body);
    (void)contract::parseSupportRequest(body);
    (void)contract::parseRoute(QString::fromUtf8(body));
    return 0;
}
