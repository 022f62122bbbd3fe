#include "core/sites/SiteComparison.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <functional>
#include <ostream>

using namespace passerelle::sites;
using namespace Qt::Literals::StringLiterals;
using Failure = SiteObservation::Failure;

namespace {

SiteObservation page(int status = 200, const QString &title = u"Shop"_s, qint64 size = 10000,
                     const QByteArray &fingerprint = "f1", const QString &url = u"https://shop.example.com/"_s)
{
    SiteObservation o;
    o.address = u"shop.example.com"_s;
    o.finalUrl = QUrl(url);
    o.httpStatus = status;
    o.tls = url.startsWith(u"https"_s);
    o.title = title;
    o.bodySize = size;
    o.fingerprint = fingerprint;
    return o;
}

SiteObservation failed(Failure failure, const QString &detail)
{
    SiteObservation o;
    o.address = u"shop.example.com"_s;
    o.failure = failure;
    o.failureDetail = detail;
    return o;
}

struct VerdictCase
{
    const char *name;
    std::optional<SiteObservation> reference;
    SiteObservation now;
    SiteVerdict verdict;
    const char *detailsContain;
};

void PrintTo(const VerdictCase &param, std::ostream *out)
{
    *out << param.name;
}

class Verdicts : public ::testing::TestWithParam<VerdictCase>
{
};

TEST_P(Verdicts, FollowTheRules)
{
    const SiteJudgement judgement = judge(GetParam().now, GetParam().reference);
    EXPECT_EQ(judgement.verdict, GetParam().verdict) << judgement.details.toStdString();
    EXPECT_TRUE(judgement.details.contains(QString::fromUtf8(GetParam().detailsContain)))
        << judgement.details.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rules, Verdicts,
    ::testing::Values(
        // Without a reference: the answer becomes it, unless it is broken.
        VerdictCase{"FirstAnswerIsTheBaseline", std::nullopt, page(), SiteVerdict::Baseline, "HTTP 200"},
        VerdictCase{"First404IsABaseline", std::nullopt, page(404, u"Not found"_s), SiteVerdict::Baseline, "404"},
        VerdictCase{"First500IsBroken", std::nullopt, page(500), SiteVerdict::Broken, "500"},
        VerdictCase{"FirstTimeoutIsBroken", std::nullopt, failed(Failure::Timeout, u"no complete answer"_s),
                    SiteVerdict::Broken, "no complete answer"},
        // Same: status class, title, and size within 20 % or the same fingerprint.
        VerdictCase{"Identical", page(), page(), SiteVerdict::Same, "HTTP 200"},
        VerdictCase{"SameClassOtherStatus", page(200), page(203), SiteVerdict::Same, ""},
        VerdictCase{"SizeUp20Percent", page(), page(200, u"Shop"_s, 12000, "f2"), SiteVerdict::Same, ""},
        VerdictCase{"SizeDown20Percent", page(), page(200, u"Shop"_s, 8000, "f2"), SiteVerdict::Same, ""},
        VerdictCase{"SizeUp21PercentSameFingerprint", page(), page(200, u"Shop"_s, 12100, "f1"), SiteVerdict::Same, ""},
        VerdictCase{"OtherUrlSameContent", page(), page(200, u"Shop"_s, 10000, "f1", u"https://www.shop.example.com/"_s),
                    SiteVerdict::Same, ""},
        // Changed, and says what.
        VerdictCase{"SizeUp21Percent", page(), page(200, u"Shop"_s, 12100, "f2"), SiteVerdict::Changed, "size"},
        VerdictCase{"EmptyBecameNonEmpty", page(200, u"Shop"_s, 0, "e"), page(200, u"Shop"_s, 1, "f"),
                    SiteVerdict::Changed, "size"},
        VerdictCase{"TitleChanged", page(), page(200, u"Parked domain"_s), SiteVerdict::Changed,
                    "title “Parked domain”, was “Shop”"},
        VerdictCase{"TitleLost", page(), page(200, QString()), SiteVerdict::Changed, "no title"},
        VerdictCase{"StatusClassChanged", page(200), page(301), SiteVerdict::Changed, "HTTP 301, was 200"},
        VerdictCase{"HttpsLost", page(), page(200, u"Shop"_s, 10000, "f1", u"http://shop.example.com/"_s),
                    SiteVerdict::Changed, "http only"},
        VerdictCase{"BrokenBeforeAnswersNow", failed(Failure::Connection, u"cannot connect"_s), page(),
                    SiteVerdict::Changed, "cannot connect"},
        VerdictCase{"ErrorPageStillAnErrorPage", page(404, u"Not found"_s), page(404, u"Not found"_s),
                    SiteVerdict::Same, ""},
        // Broken: 5xx, no answer, or a 4xx where there was a 2xx.
        VerdictCase{"ServerError", page(), page(503), SiteVerdict::Broken, "503"},
        VerdictCase{"ClientErrorWasOk", page(), page(404, u"Shop"_s), SiteVerdict::Broken, "HTTP 404, was 200"},
        VerdictCase{"ClientErrorWasRedirect", page(302), page(404), SiteVerdict::Changed, "HTTP 404, was 302"},
        VerdictCase{"Certificate", page(), failed(Failure::Certificate, u"certificate: expired"_s), SiteVerdict::Broken,
                    "certificate: expired"},
        VerdictCase{"Timeout", page(), failed(Failure::Timeout, u"no complete answer within 10 seconds"_s),
                    SiteVerdict::Broken, "10 seconds"},
        VerdictCase{"RedirectLoop", page(), failed(Failure::Redirect, u"redirect loop"_s), SiteVerdict::Broken,
                    "loop"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(VerdictTokens, AreTheCliContract)
{
    EXPECT_EQ(verdictToken(SiteVerdict::Baseline), u"baseline"_s);
    EXPECT_EQ(verdictToken(SiteVerdict::Same), u"same"_s);
    EXPECT_EQ(verdictToken(SiteVerdict::Changed), u"changed"_s);
    EXPECT_EQ(verdictToken(SiteVerdict::Broken), u"broken"_s);
}

TEST(SiteObservationText, RoundTripsThroughTheJournalsForm)
{
    SiteObservation o = page(200, u"Café “Shop”"_s, 123456, "abcdef");
    o.certificateExpiry = QDateTime::fromSecsSinceEpoch(1900000000, QTimeZone::utc());
    o.checkedAt = QDateTime::fromMSecsSinceEpoch(1800000000123, QTimeZone::utc());
    o.bodyTruncated = true;
    o.responseMs = 321;
    EXPECT_EQ(fromJournalText(toJournalText(o)), o);
    const SiteObservation broken = failed(Failure::Certificate, u"certificate: self-signed"_s);
    EXPECT_EQ(fromJournalText(toJournalText(broken)), broken);
    EXPECT_FALSE(fromJournalText("not json").has_value());
    EXPECT_FALSE(fromJournalText(R"({"address": "x", "failure": "meteor"})").has_value());
}

} // namespace
