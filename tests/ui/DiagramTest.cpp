#include "tests/ui/UiFixtures.h"
#include "ui/diagram/AccountGrid.h"
#include "ui/diagram/MoveMarker.h"
#include "ui/diagram/ServerDiagram.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

bool hasColour(const QImage &image, QRgb colour)
{
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

QImage render(ServerDiagram &diagram)
{
    diagram.resize(900, 300);
    return diagram.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

class DiagramCounts : public ::testing::TestWithParam<int>
{
};

TEST_P(DiagramCounts, PaintsAndDescribesEveryAccount)
{
    const int count = GetParam();
    ServerDiagram diagram;
    diagram.setSnapshot(makeSnapshot(count));
    const QImage image = render(diagram);
    ASSERT_FALSE(image.isNull());
    EXPECT_TRUE(hasColour(image, qRgb(0xf9, 0xea, 0xe0))) << "the client server is filled as old version";
    EXPECT_EQ(diagram.scene().clientAccounts.size(), count);
    const QString description = diagram.accessibleDescription();
    if (count == 0) {
        EXPECT_TRUE(description.contains(u"no account"_s));
    } else {
        EXPECT_TRUE(description.contains(QString::number(count))) << description.toStdString();
    }
    EXPECT_TRUE(description.contains(u"does not exist yet"_s));
}

INSTANTIATE_TEST_SUITE_P(Counts, DiagramCounts, ::testing::Values(0, 4, 200));

TEST(ServerDiagram, ShowsTheAccountOnTheMoveAndTheNewVersion)
{
    MigrationSnapshot snapshot = transitReady(makeSnapshot(4));
    moveToTransit(snapshot.accounts[0]);
    snapshot.accounts[1].status = AccountStatus::Migrating;
    ServerDiagram diagram;
    diagram.setSnapshot(snapshot);
    EXPECT_EQ(diagram.scene().direction, DiagramScene::Direction::ToTransit);
    EXPECT_EQ(diagram.scene().movingAccount, u"site-2"_s);
    EXPECT_EQ(diagram.scene().clientAccounts, (QStringList {u"site-3"_s, u"site-4"_s}));
    EXPECT_EQ(diagram.scene().transitAccounts, QStringList {u"site-1"_s});
    const QImage image = render(diagram);
    EXPECT_TRUE(hasColour(image, qRgb(0xe3, 0xf8, 0xdf))) << "the transit server is new version";
    EXPECT_TRUE(hasColour(image, qRgb(0x2a, 0x45, 0xc8))) << "blue chevron and client title";
    EXPECT_TRUE(diagram.accessibleDescription().contains(u"site-2 is moving from the client server"_s));
}

TEST(ServerDiagram, ReinstalledClientIsNewVersionAndMoveBackGoesLeft)
{
    MigrationSnapshot snapshot = transitReady(makeSnapshot(3));
    for (AccountRecord &account : snapshot.accounts)
        moveToTransit(account);
    snapshot.migration.clientServer.status = ClientServerStatus::Reinstalled;
    snapshot.accounts[2].status = AccountStatus::MovingBack;
    ServerDiagram diagram;
    diagram.setSnapshot(snapshot);
    EXPECT_TRUE(diagram.scene().clientNewVersion);
    EXPECT_EQ(diagram.scene().direction, DiagramScene::Direction::ToClient);
    const QImage image = render(diagram);
    // The legend keeps its old-version swatch: look above it only.
    EXPECT_FALSE(hasColour(image.copy(0, 0, image.width(), image.height() - 50), qRgb(0xf9, 0xea, 0xe0)))
        << "no old-version server fill left";
}

TEST(AccountGrid, FitsEveryAccountInsideTheArea)
{
    const QRectF area(0, 0, 200, 150);
    for (const int count : {1, 4, 7, 200, 1000}) {
        const AccountGrid grid = AccountGrid::fit(count, area);
        ASSERT_GE(grid.columns * grid.rows, count);
        EXPECT_TRUE(area.contains(grid.cellRect(count - 1, area).adjusted(0.01, 0.01, -0.01, -0.01))) << count;
    }
    EXPECT_EQ(AccountGrid::fit(0, area).columns, 0);
}

} // namespace

namespace {

// The account on the move stays inside the servers' band at every size the diagram takes (a laptop
// in support mode gives it little height): above it are the titles, below it the captions.
TEST(MoveMarker, StaysInsideTheBandBetweenTheServers)
{
    for (const qreal width : {130.0, 180.0, 300.0}) {
        for (const qreal height : {40.0, 45.0, 60.0, 90.0, 200.0}) {
            for (const bool toTransit : {true, false}) {
                const QRectF gap(100, 50, width, height);
                const MoveMarker marker = MoveMarker::fit(gap, 14, toTransit);
                const QString where = u"%1x%2 %3"_s.arg(width).arg(height).arg(toTransit);
                EXPECT_TRUE(gap.contains(marker.name)) << where.toStdString();
                EXPECT_TRUE(gap.contains(marker.box)) << where.toStdString();
                EXPECT_TRUE(gap.contains(marker.chevronBounds())) << where.toStdString();
                EXPECT_GE(marker.box.top(), marker.name.bottom()) << where.toStdString();
                EXPECT_GE(marker.chevronBounds().top(), marker.box.bottom()) << where.toStdString();
                EXPECT_EQ(marker.tip.x() > gap.center().x(), toTransit) << where.toStdString();
            }
        }
    }
}

} // namespace
