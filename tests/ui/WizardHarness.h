#pragma once

#include "core/journal/InMemoryJournal.h"
#include "tests/session/FakeAdminApi.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/PasserelleWizard.h"
#include "ui/wizard/WizardContext.h"

#include <QAbstractButton>
#include <QSettings>
#include <QTest>

#include <functional>
#include <memory>

namespace passerelle::testing {

// A wizard on a scriptable provider: the test plays support's part by editing `api` and asking
// for a refresh; every confirmation is recorded and accepted.
struct WizardHarness
{
    explicit WizardHarness(int accounts, TransitStatus transit = TransitStatus::NotRequested,
                           KeychainStore *keychain = nullptr, QSettings *settings = nullptr)
        : context(
            [this](const BackendOptions &options) -> Expected<std::unique_ptr<Backend>, BackendError> {
                return build(options);
            },
            &clock)
    {
        context.setConfirmer([this](QWidget *, const ui::ConfirmationRequest &request) {
            confirmations << request;
            return acceptConfirmations;
        });
        context.setAsker([this](QWidget *, const ui::ConfirmationRequest &request) {
            questions << request;
            return acceptQuestions;
        });
        context.openUrl = [this](const QUrl &url) {
            opened << url;
            return true;
        };
        context.setKeychain(keychain);
        context.setSettings(settings);
        accountCount = accounts;
        transitStatus = transit;
        wizard = std::make_unique<ui::PasserelleWizard>(&context, QStringLiteral("0.1.0-test"));
    }

    std::unique_ptr<Backend> build(const BackendOptions &options)
    {
        lastOptions = options;
        auto backend = std::make_unique<Backend>();
        api = fakes::makeReadyProvider(accountCount);
        api->detail.transit.status = transitStatus;
        if (transitStatus != TransitStatus::Ready)
            api->detail.transit.readyAt = QDateTime();
        if (setUpProvider)
            setUpProvider(*api);
        backend->api.reset(api);
        backend->memoryJournal = std::make_unique<InMemoryJournal>();
        backend->session = std::make_unique<MigrationSession>(api, &clock, backend->memoryJournal.get());
        return backend;
    }

    static BackendOptions dryRun(const QByteArray &key = QByteArray())
    {
        BackendOptions options;
        options.dryRun = true;
        options.apiKey = key;
        return options;
    }

    MigrationSession *session() const { return context.session(); }

    // Support (or the provider) changed something: read it now and wait until the session has it.
    bool refreshAndWait(const std::function<bool()> &until)
    {
        session()->refresh();
        const bool arrived = QTest::qWaitFor(until, 5000);
        // The pages redraw a poll's changes at the next turn of the event loop.
        QCoreApplication::sendPostedEvents();
        return arrived;
    }

    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }

    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    ui::WizardContext context;
    std::unique_ptr<ui::PasserelleWizard> wizard;
    fakes::FakeAdminApi *api = nullptr; // owned by the session bundle
    int accountCount = 0;
    TransitStatus transitStatus = TransitStatus::NotRequested;
    bool acceptConfirmations = true;
    // Plays the provider's state before the wizard connects (databases, a reinstalled server...).
    std::function<void(fakes::FakeAdminApi &)> setUpProvider;
    QList<ui::ConfirmationRequest> confirmations;
    bool acceptQuestions = true; // questions without the tick (quitting, starting again)
    QList<ui::ConfirmationRequest> questions;
    QList<QUrl> opened;
    BackendOptions lastOptions;
};

// The page of `step`, built now if it was not yet.
template<typename Page> Page *pageFor(WizardHarness &h, Step step)
{
    return qobject_cast<Page *>(h.wizard->ensurePage(ui::pageIdFor(step)));
}

// Waits (generously) until the wizard shows the page of `step`.
inline bool waitForPage(WizardHarness &h, Step step)
{
    return QTest::qWaitFor([&h, step] { return h.wizard->currentId() == ui::pageIdFor(step); }, 5000);
}

// Keyboard only: focus the control, then Space, as a customer without a mouse does.
inline void pressSpaceOn(QWidget *widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Space);
}

} // namespace passerelle::testing
