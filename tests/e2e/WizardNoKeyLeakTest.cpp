// No key leak, through the wizard: its autopilot fills the connection page (the real
// passerelle-sim's address, a customer e-mail, the test key) and walks a whole migration to step 8,
// with every log category on. Then support mode copies the diagnostic summary and the activity
// window exports the report. The key and its Base64 forms appear in no log line, no file (journal,
// WAL, reports, pictures), no clipboard text, no text any screenshot could show, and not in the
// simulator's output. The same for a dry-run started with the key typed but never used.
#include "core/api/LogScrubber.h"
#include "core/backend/Backend.h"
#include "tests/e2e/E2eHarness.h"
#include "tests/e2e/ScreenText.h"
#include "tests/e2e/StallMeter.h"
#include "ui/activity/ActivityDialog.h"
#include "ui/activity/ReportExport.h"
#include "ui/tour/Autopilot.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <iostream>

#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::e2e;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("pk-WIZARD-CANARY-5678");
const QString kCustomer = u"ops@acme.example"_s;

QMutex g_logMutex;
QByteArray *g_log = nullptr;

// Below the scrubber: records what would have reached the terminal.
void recordLine(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    if (g_log)
        *g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
}

// What one wizard run left behind, gathered before anything is searched.
struct RunTraces
{
    bool tourSucceeded = false;
    QString tourMessage;
    int pictures = 0;
    bool reachedStepEight = false;
    QString clipboard;
    QString reportHtml;
    QSet<QString> screenTexts;
    qint64 longestStallMs = 0; // the GUI thread's longest time away from its event loop
    int stallsOverBudget = 0; // how many times it was away for more than 50 ms
};

class WizardNoKeyLeak : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        g_log = &log;
        m_previousHandler = qInstallMessageHandler(recordLine);
        // Every category on, Qt's own included, as a customer asked to send a debug log would.
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    }

    void TearDown() override
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previousHandler);
        const QMutexLocker lock(&g_logMutex);
        g_log = nullptr;
    }

    // One whole migration through the wizard; `connector` fills in and sends the connection page.
    RunTraces runWizard(const QString &runName, const std::function<void(ui::ConnectionPage *)> &connector,
                        const std::function<void(ui::WizardContext &)> &fastForward)
    {
        RunTraces traces;
        LogScrubber scrubber;
        scrubber.install();
        {
            const SystemClock clock;
            const QString journal = dir.filePath(u"data/journal.sqlite"_s);
            ui::WizardContext context(
                [journal](const BackendOptions &options) {
                    BackendOptions inTestFolder = options;
                    inTestFolder.journalPath = journal;
                    return openBackend(inTestFolder);
                },
                &clock);
            context.setLogScrubber(&scrubber);
            context.openUrl = [](const QUrl &) { return true; };
            ui::PasserelleWizard wizard(&context, u"0.0.0-e2e"_s);
            wizard.show();

            ScreenText screen;
            StallMeter stalls;
            // PASSERELLE_E2E_PICTURES=DIR keeps the pictures for a person to look at.
            const QString pictures = qEnvironmentVariable("PASSERELLE_E2E_PICTURES", dir.filePath(u"pictures"_s));
            ui::Autopilot pilot(&wizard, &context, pictures + u'/' + runName);
            pilot.setTimeLimit(170000);
            pilot.setConnector(connector);
            if (fastForward)
                pilot.setFastForward([&] { fastForward(context); });
            QSignalSpy finished(&pilot, &ui::Autopilot::finished);
            screen.start();
            stalls.start();
            pilot.start();
            EXPECT_TRUE(finished.wait(180000)) << "the autopilot never finished";
            if (!finished.isEmpty()) {
                traces.tourSucceeded = finished.at(0).at(0).toBool();
                traces.tourMessage = finished.at(0).at(1).toString();
            }
            stalls.stop();
            traces.longestStallMs = stalls.longestStallMs();
            traces.stallsOverBudget = stalls.stallsOverBudget();
            traces.pictures = int(pilot.writtenFiles().size());
            traces.reachedStepEight = context.session() && context.session()->currentStep() == Step::MigrationOver;

            // Support joins the screen: support mode on, the diagnostic summary copied.
            wizard.button(QWizard::CustomButton1)->click();
            wizard.button(QWizard::CustomButton2)->click();
            traces.clipboard = QApplication::clipboard()->text();

            // The activity window, and the report in every format.
            ui::ActivityDialog *activity = wizard.activityDialog();
            activity->show();
            QString target;
            activity->setPathChooser([&target](const QString &, const QString &, const QString &) { return target; });
            QDir().mkpath(dir.filePath(u"reports"_s));
            for (auto [format, name] :
                 {std::pair {ui::ReportFormat::Html, "report.html"}, std::pair {ui::ReportFormat::Pdf, "report.pdf"},
                  std::pair {ui::ReportFormat::AccountsCsv, "accounts.csv"}}) {
                target = dir.filePath(u"reports/"_s + QString::fromLatin1(name));
                activity->exportButton(format)->click();
            }
            screen.collect();
            screen.stop();
            traces.screenTexts = screen.texts();
        } // the wizard, its session and its journal are closed: every byte is on disk
        scrubber.uninstall();
        QFile html(dir.filePath(u"reports/report.html"_s));
        if (html.open(QIODevice::ReadOnly))
            traces.reportHtml = QString::fromUtf8(html.readAll());
        return traces;
    }

    void expectNoForm(const RunTraces &traces, const QByteArray &simulatorOutput)
    {
        // Every file the run wrote: journal, WAL, lock, reports, pictures.
        const auto written = filesUnder(dir.path());
        const QList<QByteArray> forms = forbiddenKeyForms(kKey, u"acme-blog"_s, kCustomer, "WIZARD-CANARY");
        for (const QByteArray &form : forms) {
            const QString text = QString::fromLatin1(form);
            EXPECT_FALSE(log.contains(form)) << "a log line holds " << form.toStdString();
            EXPECT_FALSE(simulatorOutput.contains(form)) << "the simulator's output holds " << form.toStdString();
            EXPECT_FALSE(traces.clipboard.contains(text)) << "the diagnostic summary holds " << form.toStdString();
            for (const QString &shown : traces.screenTexts)
                EXPECT_FALSE(shown.contains(text))
                    << "the screen shows " << form.toStdString() << " in: " << shown.toStdString();
            for (const auto &[path, content] : written)
                EXPECT_FALSE(content.contains(form)) << path.toStdString() << " holds " << form.toStdString();
        }
        std::cout << "[ measured ] " << log.size() << " bytes of log, " << simulatorOutput.size()
                  << " bytes of simulator output, " << written.size() << " files, " << traces.screenTexts.size()
                  << " distinct screen texts, " << traces.clipboard.size() << " characters of summary, " << forms.size()
                  << " forms searched; GUI thread: longest stall " << traces.longestStallMs << " ms, "
                  << traces.stallsOverBudget << " over 50 ms (with debug logging, screen scans and pictures)"
                  << std::endl;
    }

    QTemporaryDir dir;
    QByteArray log;

private:
    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(WizardNoKeyLeak, WholeMigrationAgainstTheSimulatorLeavesTheKeyNowhere)
{
    sim::test::SimProcess simulator;
    ASSERT_TRUE(simulator.start({u"--api-key"_s, QString::fromLatin1(kKey), u"--time-scale"_s, u"600"_s}));
    QNetworkAccessManager network;
    // Support's hours, skipped: the simulator jumps to its next event (fire and forget).
    const auto skip = [&](ui::WizardContext &) {
        QNetworkRequest request(simulator.skipUrl());
        request.setRawHeader("Authorization", sim::test::basicAuth(QString::fromLatin1(kKey)));
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    const QString address = simulator.url(QString()).toString();
    const RunTraces traces = runWizard(
        u"rest"_s,
        [&](ui::ConnectionPage *page) {
            page->urlEdit()->setText(address);
            QTest::keyClicks(page->accountEdit(), kCustomer);
            QTest::keyClicks(page->keyEdit(), QString::fromLatin1(kKey));
            QTest::mouseClick(page->connectButton(), Qt::LeftButton);
        },
        skip);
    const QByteArray simulatorOutput = simulator.stopAndCollectOutput();

    // Not vacuous: the run went to its end on the real REST path, logging all along.
    ASSERT_TRUE(traces.tourSucceeded) << traces.tourMessage.toStdString();
    EXPECT_TRUE(traces.reachedStepEight);
    EXPECT_EQ(traces.pictures, 9);
    EXPECT_TRUE(log.contains("passerelle.api")) << "no REST client log line";
    EXPECT_TRUE(traces.clipboard.contains(u"Step: 8"_s)) << traces.clipboard.toStdString();
    EXPECT_FALSE(traces.clipboard.contains(kCustomer)) << "support mode masks the e-mail";
    EXPECT_TRUE(traces.reportHtml.contains(u"Timeline"_s));
    EXPECT_TRUE(QFile::exists(dir.filePath(u"data/journal.sqlite"_s)));
    expectNoForm(traces, simulatorOutput);
}

TEST_F(WizardNoKeyLeak, DryRunWithTheKeyTypedButUnusedLeavesItNowhere)
{
    const RunTraces traces = runWizard(
        u"dry-run"_s,
        [](ui::ConnectionPage *page) {
            QTest::keyClicks(page->accountEdit(), kCustomer);
            QTest::keyClicks(page->keyEdit(), QString::fromLatin1(kKey));
            QTest::mouseClick(page->dryRunButton(), Qt::LeftButton);
        },
        {}); // the autopilot moves a dry-run's clock on by itself
    ASSERT_TRUE(traces.tourSucceeded) << traces.tourMessage.toStdString();
    EXPECT_TRUE(traces.reachedStepEight);
    EXPECT_TRUE(log.contains("passerelle.")) << "no log line of ours";
    EXPECT_TRUE(traces.reportHtml.contains(u"Timeline"_s));
    expectNoForm(traces, QByteArray());
}

} // namespace
