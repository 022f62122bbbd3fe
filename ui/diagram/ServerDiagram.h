#pragma once

#include "core/model/MigrationSnapshot.h"
#include "ui/diagram/DiagramScene.h"

#include <QWidget>

namespace passerelle::ui {

// The provider's illustration, drawn from the live state: the client server on the left, the
// transit server on the right, each account a small box in the server that hosts it, a chevron
// for the account on the move, and the version legend (docs/process.md, "The drawing").
class ServerDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit ServerDiagram(QWidget *parent = nullptr);

    void setSnapshot(const MigrationSnapshot &snapshot);
    const DiagramScene &scene() const { return m_scene; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintServer(QPainter &painter, const QRectF &box, const QString &title, const QColor &titleColor,
                     bool newVersion, const QStringList &accounts, const QString &state, bool exists) const;
    void paintAccounts(QPainter &painter, const QRectF &area, const QStringList &accounts) const;
    void paintMove(QPainter &painter, const QRectF &gap) const;
    void paintLegend(QPainter &painter, const QPointF &bottomLeft) const;

    DiagramScene m_scene;
};

} // namespace passerelle::ui
