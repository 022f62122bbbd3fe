#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>

namespace passerelle::sites {

// A page body read piece by piece: its size, a fingerprint of the normalised body (runs of ASCII
// whitespace folded to one space, none at either end, so that re-indented markup stays the same
// page) and its <title>. Keeps only the first bytes, where the title is; never the whole body.
class BodyDigest
{
public:
    BodyDigest();

    void add(QByteArrayView bytes);
    qint64 size() const { return m_size; }
    // Hex SHA-256 of the normalised body read so far.
    QByteArray fingerprint() const;
    QString title() const;

private:
    QCryptographicHash m_hash;
    QByteArray m_head; // the first kHeadBytes, for the title
    qint64 m_size = 0;
    bool m_pendingSpace = false;
    bool m_started = false;
};

// The same normalisation, on a whole body (for tests and small inputs).
QByteArray foldWhitespace(QByteArrayView body);
// The text of the first <title> element: entities decoded, whitespace folded; empty when none.
QString extractTitle(QByteArrayView html);

} // namespace passerelle::sites
