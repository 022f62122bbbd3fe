#include "app/sim/LogGuard.h"

#include <QLoggingCategory>

namespace passerelle::simhttp {
namespace {

// QLoggingCategory::installFilter takes a plain function: the previous filter has to live here.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepCredentialsOutOfLogs()
{
    previousFilter = QLoggingCategory::installFilter(filter);
}

} // namespace passerelle::simhttp
