// Not compiled: the core_is_gui_free self-test scans this directory and must reject it.
#pragma once

#include <QString>
#include <QWidget>
