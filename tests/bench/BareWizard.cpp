// The start-up baseline: a bare QWizard with eight empty pages, shown the way the wizard shows
// itself, with the same first-paint probe. tests/bench/StartupBench.cpp compares the two.
#include "ui/common/FirstPaintWatch.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    (new passerelle::ui::FirstPaintWatch(&wizard))->reportIfAsked();
    wizard.setWizardStyle(QWizard::ModernStyle);
    for (int i = 0; i < 8; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Step %1 of 8").arg(i + 1));
        wizard.addPage(page);
    }
    wizard.resize(1100, 820);
    wizard.show();
    return app.exec();
}
