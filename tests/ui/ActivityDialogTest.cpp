#include "ui/activity/ActivityDialog.h"
#include "tests/ui/WizardHarness.h"
#include "ui/activity/ReportExport.h"
#include "ui/common/MessageLabel.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

struct ConnectedDialog
{
    ConnectedDialog()
    {
        EXPECT_TRUE(harness.context.connectTo(WizardHarness::dryRun()));
        EXPECT_TRUE(QTest::qWaitFor([this] { return harness.session()->hasSnapshot(); }, 5000));
        harness.api->accounts[0].name = u"<b>x</b>"_s;
        EXPECT_TRUE(
            harness.refreshAndWait([this] { return harness.session()->snapshot().accounts[0].name == u"<b>x</b>"_s; }));
        harness.session()->setAccountVerified(harness.api->accounts[0].id, true);
        dialog = harness.wizard->activityDialog();
        dialog->setPathChooser([this](const QString &, const QString &, const QString &) { return path; });
    }

    QByteArray exported(ReportFormat format, const QString &name)
    {
        path = dir.filePath(name);
        dialog->exportButton(format)->click();
        // A PDF is written on its own thread: the dialog says when it is done.
        EXPECT_TRUE(QTest::qWaitFor([this] { return !dialog->isWritingPdf(); }, 30000));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    WizardHarness harness {3};
    QTemporaryDir dir;
    QString path;
    ActivityDialog *dialog = nullptr;
};

TEST(ActivityDialog, ShowsTheSessionActivityAndFollowsNewEntries)
{
    ConnectedDialog fixture;
    QAbstractItemModel *rows = fixture.dialog->view()->model();
    const int before = rows->rowCount();
    fixture.harness.session()->startAction(fixture.harness.api->accounts[1].id, AccountAction::Test);
    // The action and the provider's answer arrive through activityLogged.
    EXPECT_TRUE(QTest::qWaitFor([&] { return rows->rowCount() >= before + 2; }, 5000));
    EXPECT_EQ(rows->rowCount(), fixture.harness.session()->recentActivity(100).size());
    fixture.dialog->textFilter()->setText(u"no such text anywhere"_s);
    EXPECT_EQ(fixture.dialog->view()->model()->rowCount(), 0);
    EXPECT_FALSE(fixture.dialog->textFilter()->accessibleName().isEmpty());
    EXPECT_FALSE(fixture.dialog->view()->accessibleName().isEmpty());
}

TEST(ActivityDialog, ExportsANonTrivialPdf)
{
    ConnectedDialog fixture;
    const QByteArray pdf = fixture.exported(ReportFormat::Pdf, u"report.pdf"_s);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();
    EXPECT_GT(pdf.size(), 2000);
    EXPECT_EQ(fixture.dialog->message()->kind(), MessageLabel::Kind::Info);
    EXPECT_TRUE(fixture.dialog->message()->message().contains(u"report.pdf"_s));
}

// Laying out and painting the PDF takes longer than a frame: the click returns at once, the button
// says the PDF is being written and waits, and the window keeps answering meanwhile.
TEST(ActivityDialog, WritesThePdfOffTheGuiThreadWithItsButtonBusy)
{
    ConnectedDialog fixture;
    fixture.path = fixture.dir.filePath(u"busy.pdf"_s);
    QPushButton *button = fixture.dialog->exportButton(ReportFormat::Pdf);
    const QString idleText = button->text();
    button->click();
    EXPECT_TRUE(fixture.dialog->isWritingPdf()) << "the PDF was written inside the click";
    EXPECT_FALSE(button->isEnabled());
    EXPECT_NE(button->text(), idleText);
    EXPECT_EQ(fixture.dialog->message()->kind(), MessageLabel::Kind::Info);
    EXPECT_TRUE(fixture.dialog->message()->message().contains(u"busy.pdf"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !fixture.dialog->isWritingPdf(); }, 30000));
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), idleText);
    EXPECT_TRUE(fixture.dialog->message()->message().contains(u"Saved"_s))
        << fixture.dialog->message()->message().toStdString();
    QFile file(fixture.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(4) == "%PDF");
}

// Step 8's button asks for a PDF while the dialog's is still being written: said, no file chooser.
TEST(ActivityDialog, SaysAPdfIsAlreadyBeingWritten)
{
    ConnectedDialog fixture;
    fixture.path = fixture.dir.filePath(u"first.pdf"_s);
    int chooserAsked = 0;
    fixture.dialog->setPathChooser([&](const QString &, const QString &, const QString &) {
        ++chooserAsked;
        return fixture.path;
    });
    fixture.dialog->exportButton(ReportFormat::Pdf)->click();
    ASSERT_TRUE(fixture.dialog->isWritingPdf());
    QSignalSpy changed(fixture.dialog, &ActivityDialog::pdfExportChanged);
    fixture.dialog->exportTo(ReportFormat::Pdf); // what step 8's button does
    EXPECT_EQ(chooserAsked, 1) << "a second file was asked for";
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed.at(0).at(0).toBool()) << "not said to be still writing";
    EXPECT_TRUE(fixture.dialog->message()->message().contains(u"being written"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !fixture.dialog->isWritingPdf(); }, 30000));
}

TEST(ActivityDialog, ShowsAFailedPdfInlineOnceTheWriteEnds)
{
    ConnectedDialog fixture;
    fixture.exported(ReportFormat::Pdf, u"no/such/folder/report.pdf"_s);
    EXPECT_EQ(fixture.dialog->message()->kind(), MessageLabel::Kind::Error);
    EXPECT_TRUE(fixture.dialog->message()->message().contains(u"report.pdf"_s))
        << fixture.dialog->message()->message().toStdString();
    EXPECT_TRUE(fixture.dialog->exportButton(ReportFormat::Pdf)->isEnabled());
}

TEST(ActivityDialog, ExportsEscapedHtmlAndCsv)
{
    ConnectedDialog fixture;
    const QByteArray html = fixture.exported(ReportFormat::Html, u"report.html"_s);
    EXPECT_TRUE(html.contains("&lt;b&gt;x&lt;/b&gt;"));
    EXPECT_FALSE(html.contains("<b>x</b>"));
    const QByteArray csv = fixture.exported(ReportFormat::AccountsCsv, u"accounts.csv"_s);
    EXPECT_EQ(csv.count("\r\n"), 4); // header + 3 accounts
}

TEST(ActivityDialog, ShowsAFailedExportInline)
{
    ConnectedDialog fixture;
    fixture.exported(ReportFormat::Html, u"no/such/folder/report.html"_s);
    EXPECT_EQ(fixture.dialog->message()->kind(), MessageLabel::Kind::Error);
    EXPECT_FALSE(fixture.dialog->message()->message().isEmpty());
}

} // namespace
