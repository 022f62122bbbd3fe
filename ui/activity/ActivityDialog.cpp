#include "ui/activity/ActivityDialog.h"

#include "core/journal/ActivityCategory.h"
#include "core/session/MigrationSession.h"
#include "ui/activity/ActivityFilterProxy.h"
#include "ui/activity/ActivityTableModel.h"
#include "ui/activity/PdfExport.h"
#include "ui/common/MessageLabel.h"
#include "ui/wizard/WizardContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

namespace {

constexpr int kActivityLimit = 5000;

QString pdfButtonText()
{
    return ActivityDialog::tr("Export report (&PDF)…");
}

QString suggestedName(const QString &extension)
{
    return QDir::home().filePath(u"passerelle-report."_s + extension);
}

} // namespace

ActivityDialog::ActivityDialog(WizardContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_model(new ActivityTableModel(this)),
      m_proxy(new ActivityFilterProxy(this)), m_text(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_view(new QTableView(this)), m_html(new QPushButton(tr("Export report (&HTML)…"), this)),
      m_pdf(new QPushButton(pdfButtonText(), this)), m_csv(new QPushButton(tr("Export accounts (&CSV)…"), this)),
      m_message(new MessageLabel(this)), m_pdfExport(new PdfExport(this)),
      m_choosePath([this, context](const QString &caption, const QString &filter, const QString &suggested) {
          return context->chooseSavePath(this, caption, filter, suggested);
      })
{
    setWindowTitle(tr("Activity log"));
    setModal(false);
    m_proxy->setSourceModel(m_model);

    m_text->setPlaceholderText(tr("Filter: account, text, time…"));
    m_text->setAccessibleName(tr("Filter the activity log"));
    m_text->setClearButtonEnabled(true);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : ActivityCategory::all())
        m_category->addItem(ActivityCategory::displayName(category), category);
    auto *textLabel = new QLabel(tr("&Filter:"), this);
    textLabel->setBuddy(m_text);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_category);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityTableModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityTableModel::CategoryColumn, QHeaderView::ResizeToContents);

    m_html->setToolTip(tr("Timeline, downtime, cost and dates, as a web page. E-mail addresses are masked."));
    m_pdf->setToolTip(tr("The same report as a PDF document. E-mail addresses are masked."));
    m_csv->setToolTip(tr("One line per account, for a spreadsheet."));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_html);
    exports->addWidget(m_pdf);
    exports->addWidget(m_csv);
    exports->addStretch(1);
    exports->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(exports);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &ActivityFilterProxy::setTextFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ActivityDialog::applyCategory);
    connect(m_html, &QPushButton::clicked, this, [this] { exportTo(ReportFormat::Html); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportTo(ReportFormat::Pdf); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportTo(ReportFormat::AccountsCsv); });
    connect(m_pdfExport, &PdfExport::finished, this, &ActivityDialog::pdfWritten);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(context, &WizardContext::sessionChanged, this, &ActivityDialog::follow);
    follow(context->session());
    resize(900, 560);
}

QPushButton *ActivityDialog::exportButton(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Html:
        return m_html;
    case ReportFormat::Pdf:
        return m_pdf;
    case ReportFormat::AccountsCsv:
        return m_csv;
    }
    return nullptr;
}

void ActivityDialog::follow(MigrationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    for (QPushButton *button : {m_html, m_pdf, m_csv})
        button->setEnabled(session != nullptr);
    m_pdf->setEnabled(session && !isWritingPdf());
    if (session) {
        connect(session, &MigrationSession::activityLogged, this, &ActivityDialog::onActivity);
        connect(session, &MigrationSession::snapshotChanged, this, &ActivityDialog::updateAccountNames);
    }
    m_model->setEntries(session ? session->recentActivity(kActivityLimit) : QList<ActivityEntry>());
    updateAccountNames();
}

void ActivityDialog::updateAccountNames()
{
    QHash<qint64, QString> names;
    if (m_session) {
        for (const AccountRecord &account : m_session->snapshot().accounts)
            names.insert(account.id, account.name);
    }
    m_model->setAccountNames(names);
}

void ActivityDialog::onActivity(const ActivityEntry &entry)
{
    m_model->append(entry);
}

void ActivityDialog::applyCategory()
{
    m_proxy->setCategoryFilter(m_category->currentData().toString());
}

void ActivityDialog::exportTo(ReportFormat format)
{
    if (!m_session)
        return;
    // One PDF at a time (step 8's button and this dialog's both lead here): said, not silently ignored.
    if (format == ReportFormat::Pdf && isWritingPdf()) {
        const QString message = tr("A PDF of the report is being written: wait until it is saved.");
        m_message->showMessage(MessageLabel::Kind::Info, message);
        Q_EMIT pdfExportChanged(true, false, message);
        return;
    }
    QString caption;
    QString filter;
    QString extension;
    switch (format) {
    case ReportFormat::Html:
        caption = tr("Export the report as HTML");
        filter = tr("Web page (*.html)");
        extension = u"html"_s;
        break;
    case ReportFormat::Pdf:
        caption = tr("Export the report as PDF");
        filter = tr("PDF document (*.pdf)");
        extension = u"pdf"_s;
        break;
    case ReportFormat::AccountsCsv:
        caption = tr("Export the accounts as CSV");
        filter = tr("CSV file (*.csv)");
        extension = u"csv"_s;
        break;
    }
    const QString path = m_choosePath(caption, filter, suggestedName(extension));
    if (path.isEmpty())
        return;
    if (format == ReportFormat::Pdf) {
        writePdfInBackground(path);
        return;
    }
    showSaved(path, exportReport(*m_session, format, path, m_context->logScrubber()));
}

bool ActivityDialog::isWritingPdf() const
{
    return m_pdfExport->isRunning();
}

void ActivityDialog::writePdfInBackground(const QString &path)
{
    if (!m_pdfExport->start(reportHtml(*m_session, m_context->logScrubber()), path))
        return; // the button is disabled while a PDF is written
    m_pdf->setEnabled(false);
    m_pdf->setText(tr("Writing the PDF…"));
    const QString message = tr("Writing the report to %1…").arg(QDir::toNativeSeparators(path));
    m_message->showMessage(MessageLabel::Kind::Info, message);
    Q_EMIT pdfExportChanged(true, false, message);
}

void ActivityDialog::pdfWritten(const QString &path, const QString &error)
{
    m_pdf->setText(pdfButtonText());
    m_pdf->setEnabled(m_session != nullptr);
    showSaved(path, error);
    Q_EMIT pdfExportChanged(false, !error.isEmpty(), m_message->message());
}

void ActivityDialog::showSaved(const QString &path, const QString &error)
{
    if (error.isEmpty())
        m_message->showMessage(MessageLabel::Kind::Info, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_message->showMessage(MessageLabel::Kind::Error, error);
}

} // namespace passerelle::ui
