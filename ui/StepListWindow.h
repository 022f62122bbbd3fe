#pragma once

#include <QWidget>

namespace passerelle::ui {

// A first window: the eight steps of the migration, as the provider's page lists them.
class StepListWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StepListWindow(QWidget *parent = nullptr);
};

} // namespace passerelle::ui
