#pragma once

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace passerelle::testing {

// Counts the move and resize events the widgets under a root receive: each one is layout work.
class GeometryEvents : public QObject
{
public:
    explicit GeometryEvents(QWidget *root = nullptr) : m_root(root) { qApp->installEventFilter(this); }
    ~GeometryEvents() override { qApp->removeEventFilter(this); }
    // Counts from now on under `root`, from zero.
    void watch(QWidget *root)
    {
        m_root = root;
        count = 0;
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Resize && event->type() != QEvent::Move)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && m_root && (widget == m_root || m_root->isAncestorOf(widget)))
            ++count;
        return false;
    }

private:
    QPointer<QWidget> m_root;
};

} // namespace passerelle::testing
