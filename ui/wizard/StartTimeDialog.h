#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace passerelle::ui {

// "Start at…": the local date and time a queue starts. The downtime window is shown by the
// confirmation that follows, once the time is known.
class StartTimeDialog : public QDialog
{
    Q_OBJECT

public:
    StartTimeDialog(const QDateTime &suggested, QWidget *parent = nullptr);

    QDateTimeEdit *editor() const { return m_editor; }
    QDateTime chosen() const;

    // Shows the dialog; an invalid time when cancelled.
    static QDateTime ask(QWidget *parent, const QDateTime &suggested);

private:
    QDateTimeEdit *m_editor;
};

} // namespace passerelle::ui
