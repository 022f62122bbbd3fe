#pragma once

#include "core/journal/JournalStore.h"
#include "ui/activity/ReportExport.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

class ActivityFilterProxy;
class PdfExport;
class ActivityTableModel;
class MessageLabel;
class WizardContext;

// The activity log, reachable from every wizard page: a non-modal window with
// a text and a category filter, and the report exports next to it.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActivityDialog(WizardContext *context, QWidget *parent = nullptr);

    // Asks where to save (a QFileDialog by default; tests inject a path).
    using PathChooser = std::function<QString(const QString &caption, const QString &filter, const QString &suggested)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    QLineEdit *textFilter() const { return m_text; }
    QComboBox *categoryFilter() const { return m_category; }
    QTableView *view() const { return m_view; }
    MessageLabel *message() const { return m_message; }
    QPushButton *exportButton(ReportFormat format) const;
    // A PDF is written on a thread of its own: until it is saved, its button says so and waits.
    bool isWritingPdf() const;

    void exportTo(ReportFormat format);

Q_SIGNALS:
    // A PDF write started (`writing`) or ended, with the words the dialog shows: step 8's button
    // asks for the PDF without the dialog on screen, and says the same.
    void pdfExportChanged(bool writing, bool failed, const QString &message);

private:
    void follow(MigrationSession *session);
    void updateAccountNames();
    void onActivity(const ActivityEntry &entry);
    void applyCategory();
    void writePdfInBackground(const QString &path);
    void pdfWritten(const QString &path, const QString &error);
    void showSaved(const QString &path, const QString &error);

    WizardContext *m_context;
    QPointer<MigrationSession> m_session;
    ActivityTableModel *m_model;
    ActivityFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_category;
    QTableView *m_view;
    QPushButton *m_html;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    MessageLabel *m_message;
    PdfExport *m_pdfExport;
    PathChooser m_choosePath;
};

} // namespace passerelle::ui
