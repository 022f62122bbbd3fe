#include "ui/wizard/StartTimeDialog.h"

#include "core/model/Format.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace passerelle::ui {

StartTimeDialog::StartTimeDialog(const QDateTime &suggested, QWidget *parent)
    : QDialog(parent), m_editor(new QDateTimeEdit(suggested.toLocalTime(), this))
{
    setWindowTitle(tr("Start the queue later"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("When should the first account start (your local time)? Passerelle must stay open "
                               "until then; it keeps the computer awake."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_editor->setCalendarPopup(true);
    m_editor->setTimeSpec(Qt::LocalTime);
    m_editor->setDisplayFormat(format::dateTimePattern()); // as every other date reads
    m_editor->setAccessibleName(tr("Start at"));
    layout->addWidget(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The title bar shows the whole title (with room for the window's own buttons).
    setMinimumWidth(fontMetrics().horizontalAdvance(windowTitle()) * 3 / 2 + 160);
}

QDateTime StartTimeDialog::chosen() const
{
    return m_editor->dateTime();
}

QDateTime StartTimeDialog::ask(QWidget *parent, const QDateTime &suggested)
{
    StartTimeDialog dialog(suggested, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : QDateTime();
}

} // namespace passerelle::ui
