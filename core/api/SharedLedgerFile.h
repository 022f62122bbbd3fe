#pragma once

#include "core/api/RequestPacer.h"

#include <QString>

class QUrl;

namespace passerelle {

// The pacer's ledger in a small file that every Passerelle process of the user opens for one API
// address and key (beside the journal), so that together they stay under the provider's limits.
// An advisory lock on the file itself is held only while it is read and written (microseconds,
// never across a wait) and goes away with the process that held it.
class SharedLedgerFile final : public SharedPacerLedger
{
public:
    // <folder>/requests-<hash>.ledger: the hash covers the API address and the key, so that the
    // name tells neither and each key has its own limits.
    static QString pathFor(const QString &folder, const QUrl &apiUrl, const QByteArray &apiKey);

    explicit SharedLedgerFile(const QString &path);

    bool update(const std::function<void(PacerLedger &)> &change) override;

private:
    QString m_path;
};

} // namespace passerelle
