#include "ui/activity/PdfExport.h"

#include "ui/activity/ReportExport.h"
#include "ui/common/UiLog.h"

#include <QThread>

#include <memory>
#include <utility>

namespace passerelle::ui {

PdfExport::PdfExport(QObject *parent) : QObject(parent) { }

PdfExport::~PdfExport()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool PdfExport::start(const QString &html, const QString &path)
{
    if (m_thread)
        return false;
    auto error = std::make_shared<QString>();
    // QTextDocument, QPdfWriter and QPainter work outside the GUI thread as long as nothing else
    // touches them: the thread owns every one of them.
    m_thread = QThread::create([html, path, error] { *error = writePdf(html, path); });
    m_thread->setObjectName(QStringLiteral("pdf-export"));
    connect(m_thread, &QThread::finished, this, [this, path, error] {
        delete std::exchange(m_thread, nullptr);
        if (!error->isEmpty())
            qCWarning(lcUi) << "PDF export failed";
        Q_EMIT finished(path, *error);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace passerelle::ui
