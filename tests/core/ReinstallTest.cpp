// Step 6 as the customer lives it: the IP reroute, no A/AAAA change, and the progress against the
// usual hours (docs/process.md, "Downtime").
#include "core/model/Reinstall.h"
#include "tests/core/ModelFixtures.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::fixtures;

namespace {

TEST(ReinstallText, SaysTheRerouteAndNoDnsChange)
{
    const QString unknown = reinstall::whatToExpect(std::nullopt);
    EXPECT_TRUE(unknown.contains(u"rerouted to the transit server: about 1 min of unavailability"_s))
        << unknown.toStdString();
    EXPECT_TRUE(unknown.contains(u"none if your domains use the provider's DNS servers"_s));
    EXPECT_TRUE(unknown.contains(u"need no A/AAAA change"_s));

    const QString providerDns = reinstall::whatToExpect(true);
    EXPECT_TRUE(providerDns.contains(u"no unavailability"_s)) << providerDns.toStdString();
    EXPECT_FALSE(providerDns.contains(u"1 min"_s));

    const QString ownDns = reinstall::whatToExpect(false);
    EXPECT_TRUE(ownDns.contains(u"about 1 min of unavailability"_s)) << ownDns.toStdString();
    EXPECT_TRUE(ownDns.contains(u"need no A/AAAA change"_s));
}

struct ProgressCase
{
    const char *name;
    ClientServerStatus status;
    const char *startedAt; // nullptr: not reported
    const char *now;
    std::optional<int> percent;
    const char *text;
};

class ReinstallProgress : public ::testing::TestWithParam<ProgressCase> {};

TEST_P(ReinstallProgress, AgainstTheUsualHours)
{
    const ProgressCase &c = GetParam();
    ClientServer client;
    client.status = c.status;
    if (c.startedAt)
        client.reinstallStartedAt = utc(c.startedAt);
    const reinstall::Progress progress = reinstall::progress(client, utc(c.now));
    EXPECT_EQ(progress.percent, c.percent);
    EXPECT_EQ(progress.text, QString::fromUtf8(c.text));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReinstallProgress,
    ::testing::Values(
        ProgressCase {"Requested", ClientServerStatus::ReinstallRequested, nullptr, "2026-12-03T14:00:00Z",
                      std::nullopt, "Waiting for support to start the reinstall (it usually takes 6 h)."},
        ProgressCase {"HalfWay", ClientServerStatus::Reinstalling, "2026-12-03T14:00:00Z", "2026-12-03T17:00:00Z", 50,
                      "3 h of the usual 6 h."},
        ProgressCase {"StartNotReported", ClientServerStatus::Reinstalling, nullptr, "2026-12-03T17:00:00Z",
                      std::nullopt, "Reinstalling since a time the provider did not report (it usually takes 6 h)."},
        ProgressCase {"LongerThanUsual", ClientServerStatus::Reinstalling, "2026-12-03T14:00:00Z",
                      "2026-12-03T21:30:00Z", std::nullopt,
                      "7 h 30 min so far: longer than the usual 6 h. Passerelle keeps checking."},
        ProgressCase {"Done", ClientServerStatus::Reinstalled, "2026-12-03T14:00:00Z", "2026-12-03T21:30:00Z", 100,
                      "Reinstalled."}),
    caseName<ProgressCase>);

} // namespace
