#pragma once

#include <QByteArray>
#include <QIODevice>

namespace passerelle {

// A request body that can be read once and never rewound. Qt 6.4's HTTP stack silently re-sends a
// request whose connection closed before any answer, POST included (fixed only in later Qt); it
// rewinds the body to do so. Given this body with DoNotBufferUploadDataAttribute, the rewind fails
// and the reply ends with an error instead: an unsafe request is never re-sent behind our back
// (docs/contract.md, "A careful client").
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace passerelle
