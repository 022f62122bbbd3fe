#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace passerelle::ui {

// Writes the report's PDF on a thread of its own: laying out and painting the report takes far
// longer than a frame (about 200 ms with a dozen accounts), and the window keeps answering
// meanwhile. The HTML is built on the GUI thread (it reads the session); only the layout, the
// painting and the file run here.
class PdfExport : public QObject
{
    Q_OBJECT

public:
    explicit PdfExport(QObject *parent = nullptr);
    // Waits for a write under way: a closing window never cuts the file it promised.
    ~PdfExport() override;

    // False (and nothing started) while another write runs.
    bool start(const QString &html, const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // On the GUI thread; `error` is empty on success, else a translated sentence for the user.
    void finished(const QString &path, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace passerelle::ui
