#include "core/session/FactChanges.h"

#include "core/model/TrContext.h"

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(FactChanges);

QString accountName(const MigrationSnapshot &snapshot, qint64 id)
{
    const AccountRecord *account = snapshot.account(id);
    return account ? account->name : FactChanges::tr("account #%1").arg(id);
}

QString finalizerChoice(Finalizer finalizer)
{
    switch (finalizer) {
    case Finalizer::Support:
        return FactChanges::tr("You chose to let support move the accounts back.");
    case Finalizer::Customer:
        return FactChanges::tr("You chose to move the accounts back yourself.");
    case Finalizer::Nobody:
        break;
    }
    return FactChanges::tr("You withdrew your choice of who moves the accounts back.");
}

// One line per account when a single one changed; a count when the customer ticked many at once.
void describeSet(QList<FactNote> &notes, const QSet<qint64> &changed, const MigrationSnapshot &snapshot,
                 const char *one, const char *many)
{
    if (changed.size() == 1) {
        const qint64 id = *changed.cbegin();
        notes.append({FactChanges::tr(one).arg(accountName(snapshot, id)), id});
    } else if (changed.size() > 1) {
        notes.append({FactChanges::tr(many, nullptr, int(changed.size())), 0});
    }
}

} // namespace

QList<FactNote> describeFactChanges(const LocalFacts &before, const LocalFacts &after,
                                    const MigrationSnapshot &snapshot)
{
    QList<FactNote> notes;
    describeSet(notes, after.confirmedReady - before.confirmedReady, snapshot,
                QT_TRANSLATE_NOOP("FactChanges", "%1 is ready to migrate."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts marked as ready to migrate."));
    describeSet(notes, before.confirmedReady - after.confirmedReady, snapshot,
                QT_TRANSLATE_NOOP("FactChanges", "%1 is no longer marked as ready."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts no longer marked as ready."));
    describeSet(notes, after.verified - before.verified, snapshot,
                QT_TRANSLATE_NOOP("FactChanges", "%1 was checked after its migration."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts marked as checked."));
    describeSet(notes, before.verified - after.verified, snapshot,
                QT_TRANSLATE_NOOP("FactChanges", "%1 is no longer marked as checked."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts no longer marked as checked."));
    if (after.finalizer != before.finalizer)
        notes.append({finalizerChoice(after.finalizer), 0});
    if (after.usesProviderDns != before.usesProviderDns && after.usesProviderDns.has_value())
        notes.append({*after.usesProviderDns ? FactChanges::tr("You said your domains use the provider's DNS.")
                                             : FactChanges::tr("You said your domains use another DNS."),
                      0});
    return notes;
}

} // namespace passerelle
