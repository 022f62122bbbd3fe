#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace passerelle::ui {

class WizardContext;

// The line under every step: whether Passerelle keeps the computer awake and why, and the
// desktop notifications setting. Empty when the application runs without desktop services.
class AwayBar : public QWidget
{
    Q_OBJECT

public:
    explicit AwayBar(WizardContext *context, QWidget *parent = nullptr);

    QLabel *keepAwakeLabel() const { return m_keepAwake; }
    QCheckBox *notificationsBox() const { return m_notifications; }

private:
    void showKeepAwake(const QString &text);

    QLabel *m_keepAwake;
    QCheckBox *m_notifications;
};

} // namespace passerelle::ui
