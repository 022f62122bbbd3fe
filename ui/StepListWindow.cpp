#include "ui/StepListWindow.h"

#include "core/model/Step.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace passerelle::ui {

StepListWindow::StepListWindow(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Passerelle — private cloud migration"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The eight steps of the required migration:"), this));
    auto *list = new QListWidget(this);
    list->setAccessibleName(tr("Migration steps"));
    for (const Step step : allSteps()) {
        const StepInfo &info = stepInfo(step);
        const QString group = info.mandatory ? tr("Mandatory") : tr("Recommended");
        list->addItem(tr("Step %1 — %2 (%3)").arg(info.number).arg(stepTitle(step), group));
    }
    layout->addWidget(list);
    resize(640, 360);
}

} // namespace passerelle::ui
