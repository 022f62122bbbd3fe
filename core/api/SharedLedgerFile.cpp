#include "core/api/SharedLedgerFile.h"

#include "core/api/ApiLog.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/file.h>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;
#endif

namespace passerelle {
namespace {

constexpr quint32 kMagic = 0x50534c31; // "PSL1"
// A few hundred sends at most are in a window; anything longer is not a ledger.
constexpr quint32 kMaxSends = 4096;
constexpr qint64 kMaxFileBytes = 16 + 2 * (4 + qint64(kMaxSends) * 8);

// Another process holds the lock for microseconds while it reads and writes the file; a holder
// that keeps it longer (stopped in a debugger) must not freeze this one.
bool lockExclusive(int fd)
{
#ifdef Q_OS_UNIX
    for (int tries = 0; tries < 50; ++tries) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            return true;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return false;
        QThread::msleep(1);
    }
    return false;
#else
    Q_UNUSED(fd);
    return false; // no shared ledger here: each process paces itself
#endif
}

void writeSends(QDataStream &stream, const std::deque<qint64> &sends)
{
    stream << quint32(std::min<std::size_t>(sends.size(), kMaxSends));
    for (auto it = sends.end() - std::min<std::ptrdiff_t>(sends.size(), kMaxSends); it != sends.end(); ++it)
        stream << *it;
}

bool readSends(QDataStream &stream, std::deque<qint64> &sends)
{
    quint32 count = 0;
    stream >> count;
    if (count > kMaxSends)
        return false;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        qint64 at = 0;
        stream >> at;
        sends.push_back(at);
    }
    return stream.status() == QDataStream::Ok;
}

QByteArray encode(const PacerLedger &ledger)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << kMagic << ledger.pausedUntilMs;
    writeSends(stream, ledger.safeSends);
    writeSends(stream, ledger.unsafeSends);
    return bytes;
}

// A damaged or foreign file counts as empty: the provider's own 429 remains the last word.
PacerLedger decode(const QByteArray &bytes)
{
    PacerLedger ledger;
    QDataStream stream(bytes);
    quint32 magic = 0;
    stream >> magic >> ledger.pausedUntilMs;
    if (magic != kMagic || !readSends(stream, ledger.safeSends) || !readSends(stream, ledger.unsafeSends)) {
        if (!bytes.isEmpty())
            qCWarning(lcApi) << "the shared request ledger was unreadable; it starts again empty";
        return {};
    }
    return ledger;
}

} // namespace

QString SharedLedgerFile::pathFor(const QString &folder, const QUrl &apiUrl, const QByteArray &apiKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(apiUrl.toEncoded());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(apiKey);
    return folder + u"/requests-"_s + QString::fromLatin1(hash.result().toHex().left(16))
        + u".ledger"_s;
}

SharedLedgerFile::SharedLedgerFile(const QString &path) : m_path(path) { }

bool SharedLedgerFile::update(const std::function<void(PacerLedger &)> &change)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite) || !lockExclusive(file.handle())) {
        qCWarning(lcApi) << "the shared request ledger cannot be used now; pacing this process on its own";
        return false;
    }
    const QByteArray before = file.read(kMaxFileBytes);
    PacerLedger ledger = decode(before);
    change(ledger);
    const QByteArray after = encode(ledger);
    // Rewritten in place, never truncated to nothing first: no flush forced on close, and no
    // fsync either: a ledger lost in a crash only costs the provider's own 429 later.
    if (after != before && (!file.seek(0) || file.write(after) != after.size() || !file.resize(after.size())))
        qCWarning(lcApi) << "cannot write the shared request ledger:" << file.errorString();
    file.close(); // closing the descriptor releases the lock
    return true;
}

} // namespace passerelle
