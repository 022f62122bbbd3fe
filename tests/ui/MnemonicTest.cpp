// Alt+letter activates one control: on every page, in English and in French, no two controls of
// the page (the wizard's own buttons included) share a mnemonic. Controls a state hides count too:
// the customer meets every state.

#include "core/away/Notification.h"
#include "core/away/SleepInhibitor.h"
#include "tests/ui/WizardHarness.h"
#include "translations/TranslationInstaller.h"
#include "ui/wizard/AwayServices.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

class SilentNotifier final : public Notifier
{
public:
    void show(const Notification &) override { }
};

class NoInhibitor final : public SleepInhibitor
{
public:
    void inhibit(const QString &) override { }
    void release() override { }
    State state() const override { return State::Released; }
};

// The key Alt presses with, lower-case; 0 when the text has none.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(sequence[0].key()).toLower();
}

// Every control of `page` Alt reaches: buttons, labels with a buddy, group boxes (their title
// focuses the box).
QList<QPair<QChar, QString>> mnemonicsOf(const QWidget *page)
{
    QList<QPair<QChar, QString>> found;
    const auto add = [&found](const QString &text) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            found.append({key, text});
    };
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
        add(button->text());
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label->buddy())
            add(label->text());
    for (const QGroupBox *box : page->findChildren<QGroupBox *>())
        add(box->title());
    return found;
}

class Mnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        if (QString::fromLatin1(GetParam()) == u"fr"_s) {
            ASSERT_TRUE(i18n::installTranslations(QLocale(QLocale::French, QLocale::France), &m_translators));
        }
    }
    void TearDown() override
    {
        for (QObject *translator : m_translators.children())
            QCoreApplication::removeTranslator(static_cast<QTranslator *>(translator));
    }
    QObject m_translators;
};

TEST_P(Mnemonics, NoTwoControlsOfAPageShareOne)
{
    WizardHarness h(3, TransitStatus::Ready);
    SilentNotifier notifier;
    NoInhibitor inhibitor;
    AwayServices away(&h.context, &notifier, &inhibitor, AwayServices::SettingStore {});
    h.context.setAway(&away);
    h.wizard = std::make_unique<PasserelleWizard>(&h.context, u"0.1.0-test"_s); // with the away line
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(QTest::qWaitFor([&h] { return h.wizard->currentId() != ConnectionPageId; }, 5000));
    h.wizard->ensureAllPages();

    // The wizard's own buttons, on every page; Finish shows on the last one only.
    const auto wizardButtons = [&h](int id) {
        QList<QPair<QChar, QString>> found;
        QList<QWizard::WizardButton> shown {QWizard::HelpButton,   QWizard::CustomButton1, QWizard::CustomButton2,
                                            QWizard::CustomButton3, QWizard::BackButton,    QWizard::NextButton,
                                            QWizard::CancelButton};
        if (id == pageIdFor(Step::MigrationOver))
            shown << QWizard::FinishButton;
        for (const QWizard::WizardButton which : shown) {
            const QString text = h.wizard->button(which)->text();
            if (const QChar key = mnemonicOf(text); !key.isNull())
                found.append({key, text});
        }
        return found;
    };
    int pages = 0;
    for (const int id : h.wizard->pageIds()) {
        ++pages;
        QHash<QChar, QString> seen;
        for (const auto &[key, text] : wizardButtons(id) + mnemonicsOf(h.wizard->page(id))) {
            EXPECT_FALSE(seen.contains(key)) << GetParam() << " page " << id << ": Alt+" << QString(key).toStdString()
                                             << " is both \"" << seen.value(key).toStdString() << "\" and \""
                                             << text.toStdString() << '"';
            seen.insert(key, text);
        }
    }
    EXPECT_EQ(pages, 9) << "the connection page and the eight steps";
}

INSTANTIATE_TEST_SUITE_P(Languages, Mnemonics, ::testing::Values("en", "fr"));

} // namespace
