#include "ui/StepListWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Passerelle"));
    QApplication::setOrganizationName(QStringLiteral("Passerelle"));
    QApplication::setApplicationVersion(QStringLiteral(PASSERELLE_VERSION));
    passerelle::ui::StepListWindow window;
    window.show();
    return app.exec();
}
