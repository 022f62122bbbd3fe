#pragma once

#include <QWizard>

namespace passerelle::ui {

class WizardContext;

// The wizard itself: pages by id and nothing else. Every decision is the pages' (asking core);
// the shared state is the session in the context.
class PasserelleWizard : public QWizard
{
    Q_OBJECT

public:
    explicit PasserelleWizard(WizardContext *context, QWidget *parent = nullptr);
};

} // namespace passerelle::ui
