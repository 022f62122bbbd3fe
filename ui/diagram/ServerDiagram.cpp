#include "ui/diagram/ServerDiagram.h"

#include "ui/common/PlainText.h"
#include "ui/diagram/AccountGrid.h"
#include "ui/diagram/MoveMarker.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

// The provider's colours (docs/process.md, "The drawing").
const QColor kClientTitle(0x2a, 0x45, 0xc8);
const QColor kTransitTitle(0xe0, 0x50, 0x8f);
const QColor kOldFill(0xf9, 0xea, 0xe0);
const QColor kNewFill(0xe3, 0xf8, 0xdf);
const QColor kInk(0x22, 0x22, 0x22);

constexpr qreal kMargin = 12;
constexpr qreal kMinLabelledCell = 36;
constexpr qreal kMinBoxCell = 5;

QString accountCount(int count)
{
    return count == 1 ? ServerDiagram::tr("1 account") : ServerDiagram::tr("%1 accounts").arg(count);
}

qsizetype commonPrefixLength(const QStringList &names)
{
    if (names.size() < 2)
        return 0;
    qsizetype length = names.constFirst().size();
    for (const QString &name : names) {
        qsizetype same = 0;
        while (same < length && same < name.size() && name[same] == names.constFirst()[same])
            ++same;
        length = same;
    }
    return length;
}

// Names often share a prefix ("acme-shop", "acme-blog"): when a name does not fit, what follows
// the shared prefix is what tells it apart ("…shop").
QString shortLabel(const QString &name, qsizetype prefix, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(name) <= width || prefix == 0 || prefix >= name.size())
        return metrics.elidedText(name, Qt::ElideRight, width);
    return metrics.elidedText(u"…"_s + name.mid(prefix), Qt::ElideRight, width);
}

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ServerDiagram::ServerDiagram(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Server diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleDescription(m_scene.description());
}

void ServerDiagram::setSnapshot(const MigrationSnapshot &snapshot)
{
    DiagramScene scene = DiagramScene::fromSnapshot(snapshot);
    // A poll that moved nothing the picture shows leaves it alone: no repaint of the page behind it.
    if (scene == m_scene)
        return;
    m_scene = std::move(scene);
    setAccessibleDescription(m_scene.description());
    setToolTip(plainToolTip(m_scene.description()));
    update();
}

QSize ServerDiagram::sizeHint() const
{
    return QSize(900, 300);
}

QSize ServerDiagram::minimumSizeHint() const
{
    return QSize(480, 220);
}

void ServerDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);

    const QFontMetricsF titleMetrics(scaled(font(), 1.15, true));
    const QFontMetricsF metrics(font());
    const qreal titleHeight = titleMetrics.height() + 6;
    const qreal captionHeight = 2 * metrics.height() + 6;
    const qreal legendHeight = metrics.height() + 10;
    const qreal gapWidth = std::max<qreal>(130, width() * 0.16);
    const qreal side = std::max<qreal>(40,
                                       std::min(height() - 2 * kMargin - titleHeight - captionHeight - legendHeight,
                                                (width() - 2 * kMargin - gapWidth) / 2 - kMargin));
    // Keep the servers close, as in the provider's drawings, whatever the window's width.
    const qreal gap = std::max<qreal>(gapWidth, std::min<qreal>(width() - 2 * kMargin - 2 * side, 1.2 * side));
    const qreal left = (width() - 2 * side - gap) / 2;
    const qreal top = kMargin + titleHeight;
    const QRectF clientBox(left, top, side, side);
    const QRectF transitBox(left + side + gap, top, side, side);

    paintServer(painter, clientBox, tr("CLIENT SERVER"), kClientTitle, m_scene.clientNewVersion, m_scene.clientAccounts,
                m_scene.clientState, true);
    paintServer(painter, transitBox, tr("TRANSIT SERVER"), kTransitTitle, true, m_scene.transitAccounts,
                m_scene.transitState, m_scene.transitExists);
    paintMove(painter, QRectF(clientBox.right(), top, transitBox.left() - clientBox.right(), side));
    paintLegend(painter, QPointF(kMargin, height() - kMargin));
}

void ServerDiagram::paintServer(QPainter &painter, const QRectF &box, const QString &title, const QColor &titleColor,
                                bool newVersion, const QStringList &accounts, const QString &state, bool exists) const
{
    const QFont titleFont = scaled(font(), 1.15, true);
    painter.setFont(titleFont);
    painter.setPen(titleColor);
    const qreal titleHeight = QFontMetricsF(titleFont).height() + 6;
    // Never cut: on a short diagram (a laptop, support mode's larger text) the title is wider than its box.
    painter.drawText(QRectF(box.left() - 40, box.top() - titleHeight, box.width() + 80, titleHeight),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, title);

    const qreal frame = std::max<qreal>(3, box.width() / 45);
    painter.setPen(QPen(exists ? kInk : QColor(0x99, 0x99, 0x99), frame, exists ? Qt::SolidLine : Qt::DashLine,
                        Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(exists ? (newVersion ? kNewFill : kOldFill) : QColor(0xf2, 0xf2, 0xf2));
    painter.drawRect(box);
    if (exists)
        paintAccounts(painter, box.adjusted(frame + 6, frame + 6, -frame - 6, -frame - 6), accounts);
    else {
        // Crossed out: the transit server does not exist yet (the drawings of steps 1 and 2).
        painter.setPen(QPen(QColor(0xc0, 0x1c, 0x28), frame, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
    }

    painter.setFont(font());
    painter.setPen(kInk);
    QString caption;
    if (exists) {
        caption = tr("%1 · %2").arg(newVersion ? tr("new version") : tr("old version"),
                                    accountCount(static_cast<int>(accounts.size())));
    } else {
        caption = tr("does not exist yet");
    }
    if (!state.isEmpty())
        caption += u'\n' + state;
    const qreal lineHeight = QFontMetricsF(font()).height();
    // Twice the box's width: the state line ("installation en cours, …") is long in French.
    const qreal captionWidth = std::min<qreal>(width(), std::max(box.width() + 120, 2 * box.width()));
    painter.drawText(
        QRectF(box.center().x() - captionWidth / 2, box.bottom() + frame + 2, captionWidth, 2 * lineHeight + 4),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, caption);
}

void ServerDiagram::paintAccounts(QPainter &painter, const QRectF &area, const QStringList &accounts) const
{
    const int count = static_cast<int>(accounts.size());
    if (count == 0)
        return;
    const AccountGrid grid = AccountGrid::fit(count, area);
    QFont labelFont = scaled(font(), 0.85, false);
    QFontMetricsF labelMetrics(labelFont);
    const bool labelled = grid.cell >= kMinLabelledCell;
    if (grid.cell < kMinBoxCell) {
        // Too many to draw one by one: the count says it (readable with hundreds of accounts).
        painter.setPen(kInk);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, accountCount(count));
        return;
    }
    const qsizetype prefix = commonPrefixLength(accounts);
    // Larger text (support mode) must not cut names down to "…blog": the labels shrink first, to
    // no less than three quarters of their size, and only then are cut.
    if (labelled) {
        qreal widest = 0;
        for (const QString &name : accounts)
            widest = std::max(widest, labelMetrics.horizontalAdvance(name));
        const qreal room = grid.cellRect(0, area).width() - 2;
        if (widest > room) {
            labelFont = scaled(labelFont, std::max<qreal>(0.75, room / widest), false);
            labelMetrics = QFontMetricsF(labelFont);
        }
    }
    painter.setFont(labelFont);
    for (int i = 0; i < count; ++i) {
        const QRectF cell = grid.cellRect(i, area);
        const qreal labelHeight = labelled ? labelMetrics.height() + 2 : 0;
        // Small boxes even when few accounts leave room, like the provider's.
        const qreal boxSide
            = std::clamp<qreal>(std::min(cell.width(), cell.height() - labelHeight) * 0.6, 3, area.width() / 5);
        const QRectF boxRect(cell.center().x() - boxSide / 2, cell.top() + (cell.height() - labelHeight - boxSide) / 2,
                             boxSide, boxSide);
        painter.setPen(QPen(kInk, std::max<qreal>(1, boxSide / 12)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(boxRect);
        if (labelled) {
            const QString label = shortLabel(accounts[i], prefix, labelMetrics, cell.width() - 2);
            painter.drawText(QRectF(cell.left(), boxRect.bottom() + 1, cell.width(), labelHeight),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
}

void ServerDiagram::paintMove(QPainter &painter, const QRectF &gap) const
{
    if (m_scene.direction == DiagramScene::Direction::None)
        return;
    const bool toTransit = m_scene.direction == DiagramScene::Direction::ToTransit;
    const QColor color = toTransit ? kClientTitle : kTransitTitle;
    painter.setFont(scaled(font(), 0.85, false));
    const QFontMetricsF metrics(painter.font());
    const MoveMarker marker = MoveMarker::fit(gap, metrics.height(), toTransit);

    // The moving account, above the chevron, with its name.
    painter.setPen(QPen(kInk, 2));
    painter.setBrush(Qt::white);
    painter.drawRect(marker.box);
    painter.drawText(marker.name, Qt::AlignHCenter,
                     metrics.elidedText(m_scene.movingAccount, Qt::ElideRight, marker.name.width()));

    // A thick chevron pointing where the account goes: blue to the transit, pink back to the client.
    painter.setPen(marker.chevronStroke(color));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(marker.chevronPath());
}

void ServerDiagram::paintLegend(QPainter &painter, const QPointF &bottomLeft) const
{
    const QFont legendFont = scaled(font(), 0.9, true);
    painter.setFont(legendFont);
    const QFontMetricsF metrics(legendFont);
    const qreal side = metrics.height() - 2;
    qreal x = bottomLeft.x();
    const qreal y = bottomLeft.y() - side;
    const std::pair<QColor, QString> entries[] = {{kOldFill, tr("OLD VERSION")}, {kNewFill, tr("NEW VERSION")}};
    for (const auto &[fill, label] : entries) {
        painter.setPen(QPen(kInk, 2));
        painter.setBrush(fill);
        painter.drawRect(QRectF(x, y, side, side));
        painter.setPen(kInk);
        painter.drawText(QPointF(x + side + 6, y + side - metrics.descent()), label);
        x += side + 6 + metrics.horizontalAdvance(label) + 24;
    }
}

} // namespace passerelle::ui
