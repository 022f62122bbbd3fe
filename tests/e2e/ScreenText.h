#pragma once

#include <QSet>
#include <QString>
#include <QTimer>

class QWidget;

namespace passerelle::e2e {

// Everything a screenshot of the application could show, as text: what every visible widget
// displays (labels, buttons, line edits as displayed, text views, combo boxes, every cell of every
// item view), its tooltip and accessible texts, and window titles. Collected again on each tick,
// so that pages and dialogs that came and went are covered too.
class ScreenText
{
public:
    explicit ScreenText(int intervalMs = 100);
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Reads every top-level window now.
    void collect();
    const QSet<QString> &texts() const { return m_texts; }
    bool contains(const QString &needle) const;

private:
    void collectWidget(const QWidget *widget);

    QTimer m_timer;
    QSet<QString> m_texts;
};

} // namespace passerelle::e2e
