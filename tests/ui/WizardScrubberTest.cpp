#include "core/api/Credentials.h"
#include "core/api/LogScrubber.h"
#include "tests/ui/WizardHarness.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;

namespace {

QStringList *g_lines = nullptr;
void captureLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_lines)
        g_lines->append(message);
}

// Safety fix A: the wizard registers every key it connects with, so a log line carrying it
// (even by mistake) comes out scrubbed.
TEST(WizardScrubber, KeyUsedToConnectIsScrubbedFromLogLines)
{
    const QByteArray key = "wizard-secret-key-123456";
    QStringList lines;
    g_lines = &lines;
    const QtMessageHandler before = qInstallMessageHandler(captureLine);
    {
        LogScrubber scrubber;
        scrubber.install();
        WizardHarness harness(2);
        harness.context.setLogScrubber(&scrubber);
        BackendOptions options;
        options.apiKey = key;
        options.accountName = u"shop"_s;
        EXPECT_TRUE(harness.context.connectTo(options));
        qDebug("connected with %s", key.constData());
        qDebug("header Basic %s", credentialsFor(options).authorizationHeaderValue().mid(6).constData());
        scrubber.uninstall();
    }
    qInstallMessageHandler(before);
    g_lines = nullptr;
    const QStringList ours = lines.filter(u"connected with"_s) + lines.filter(u"header Basic"_s);
    ASSERT_EQ(ours.size(), 2);
    for (const QString &line : ours) {
        EXPECT_FALSE(line.contains(QString::fromLatin1(key))) << line.toStdString();
        EXPECT_TRUE(line.contains(u"***"_s)) << line.toStdString();
    }
}

} // namespace
