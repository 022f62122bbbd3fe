#include "core/api/LogScrubber.h"
#include "core/api/Credentials.h"

#include <QDebug>
#include <QStringList>
#include <QtGlobal>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

const QByteArray kKey = QByteArrayLiteral("Zx9-secret-Key-4242");

struct ScrubCase
{
    const char *name;
    QString line;
};

class LogScrubberLines : public ::testing::TestWithParam<ScrubCase>
{
};

TEST_P(LogScrubberLines, NoSecretSurvives)
{
    LogScrubber scrubber;
    for (const QByteArray &form : Credentials::forAccount(kKey, u"acme-shop"_s).secretForms())
        scrubber.addSecret(form);
    const QString clean = scrubber.scrub(GetParam().line);
    EXPECT_FALSE(clean.contains(QString::fromLatin1(kKey))) << clean.toStdString();
    EXPECT_FALSE(clean.contains(QString::fromLatin1(kKey.toBase64()))) << clean.toStdString();
    EXPECT_FALSE(clean.contains(u"c2Vzc2lvbj1hYmM"_s)) << clean.toStdString();
    EXPECT_FALSE(clean.contains(u"dXNlcjpwYXNz"_s)) << clean.toStdString();
    EXPECT_TRUE(clean.contains(u"***"_s)) << clean.toStdString();
}

const QString kKeyText = QString::fromLatin1(kKey);
const QString kKeyBase64 = QString::fromLatin1(kKey.toBase64());
const QString kWholeBase64
    = QString::fromLatin1(QByteArrayLiteral("Zx9-secret-Key-4242 account=acme-shop:").toBase64());

INSTANTIATE_TEST_SUITE_P(
    Forms, LogScrubberLines,
    ::testing::Values(ScrubCase {"RawKey", u"using key "_s + kKeyText + u" now"_s},
                      ScrubCase {"Base64Key", u"token "_s + kKeyBase64},
                      ScrubCase {"WholeCredential", u"cred="_s + kWholeBase64},
                      ScrubCase {"AuthorizationMixedCase", u"AuThOrIzAtIoN: bAsIc dXNlcjpwYXNz"_s},
                      ScrubCase {"LowerCaseHeader", u"authorization: basic dXNlcjpwYXNz"_s},
                      ScrubCase {"BasicAlone", u"sent Basic dXNlcjpwYXNz to the server"_s},
                      ScrubCase {"QDebugPair", uR"(("Authorization", "Basic dXNlcjpwYXNz"))"_s},
                      ScrubCase {"Cookie", u"COOKIE: session=abc; c2Vzc2lvbj1hYmM"_s},
                      ScrubCase {"SetCookie", u"set-cookie: c2Vzc2lvbj1hYmM"_s},
                      // Letters that fold to the header's and the scheme's: the words looked for
                      // before the patterns run fold them the same way.
                      ScrubCase {"KelvinSignCookie", u"COO\u212AIE: session=abc; c2Vzc2lvbj1hYmM"_s},
                      ScrubCase {"LongSBasic", u"sent Ba\u017Fic dXNlcjpwYXNz to the server"_s},
                      ScrubCase {"KeyInsideLongerBase64",
                                 u"x "_s + QString::fromLatin1(QByteArrayLiteral("ab").append(kKey).toBase64()) + u' '
                                     + kKeyText}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(LogScrubber, LeavesOrdinaryLinesAlone)
{
    LogScrubber scrubber;
    scrubber.addSecret(kKey);
    const QString line = u"GET migration/7/account/ answered 200 in 12 ms"_s;
    EXPECT_EQ(scrubber.scrub(line), line);
}

// The handler chain: whatever was installed before sees only scrubbed lines.
QStringList *g_captured = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_captured)
        g_captured->append(message);
}

TEST(LogScrubber, InstalledHandlerScrubsAndChains)
{
    QStringList captured;
    g_captured = &captured;
    const QtMessageHandler before = qInstallMessageHandler(capture);
    {
        LogScrubber scrubber;
        scrubber.addSecret(kKey);
        scrubber.install();
        EXPECT_TRUE(scrubber.isInstalled());
        qWarning("key is %s", kKey.constData());
        qInfo() << "Authorization:"
                << "Basic dXNlcjpwYXNz";
        scrubber.uninstall();
        EXPECT_FALSE(scrubber.isInstalled());
        qWarning("after uninstall");
    }
    qInstallMessageHandler(before);
    g_captured = nullptr;
    ASSERT_EQ(captured.size(), 3);
    EXPECT_FALSE(captured[0].contains(kKeyText));
    EXPECT_TRUE(captured[0].contains(u"***"_s));
    EXPECT_FALSE(captured[1].contains(u"dXNlcjpwYXNz"_s));
    EXPECT_EQ(captured[2], u"after uninstall"_s);
}

TEST(LogScrubber, OnlyOneInstalledAtATime)
{
    LogScrubber first;
    LogScrubber second;
    first.install();
    second.install();
    EXPECT_TRUE(first.isInstalled());
    EXPECT_FALSE(second.isInstalled());
    first.uninstall();
}

} // namespace
