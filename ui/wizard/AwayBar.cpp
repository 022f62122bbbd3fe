#include "ui/wizard/AwayBar.h"

#include "ui/wizard/AwayServices.h"
#include "ui/wizard/WizardContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>

namespace passerelle::ui {

AwayBar::AwayBar(WizardContext *context, QWidget *parent)
    : QWidget(parent), m_keepAwake(new QLabel(this)),
      m_notifications(new QCheckBox(tr("Des&ktop notifications"), this))
{
    m_keepAwake->setTextFormat(Qt::PlainText); // names and times from the provider
    m_keepAwake->setWordWrap(true);
    m_keepAwake->setAccessibleName(tr("Sleep"));
    m_notifications->setToolTip(tr("Tells you when an operation or a queue ends, when a support step is done, "
                                   "a day before a free period ends, and when Passerelle needs you."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keepAwake, 1);
    layout->addWidget(m_notifications, 0, Qt::AlignRight | Qt::AlignTop);
    AwayServices *away = context->away();
    if (!away) {
        setVisible(false);
        return;
    }
    m_notifications->setChecked(away->notificationsEnabled());
    connect(m_notifications, &QCheckBox::toggled, away, &AwayServices::setNotificationsEnabled);
    connect(away, &AwayServices::notificationsEnabledChanged, m_notifications, &QCheckBox::setChecked);
    connect(away, &AwayServices::keepAwakeTextChanged, this, &AwayBar::showKeepAwake);
    showKeepAwake(away->keepAwakeText());
}

void AwayBar::showKeepAwake(const QString &text)
{
    m_keepAwake->setText(text);
    m_keepAwake->setVisible(!text.isEmpty());
}

} // namespace passerelle::ui
