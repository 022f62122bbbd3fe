#include "core/session/FactChanges.h"

#include "core/model/TrContext.h"

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(FactChanges);

QString accountName(const AccountIndex &accounts, qint64 id)
{
    const AccountRecord *account = accounts.find(id);
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

// The ids one set gained and lost, counted, with one of each: a tick changes one id of thousands,
// so the sets are read, never copied (a set difference copies a whole set), in one pass when
// nothing was removed.
struct IdsChanged
{
    qsizetype count = 0;
    qint64 one = 0;
};

struct SetChange
{
    IdsChanged added;
    IdsChanged removed;
};

SetChange compareSets(const QSet<qint64> &before, const QSet<qint64> &after)
{
    SetChange change;
    if (before == after)
        return change;
    for (const qint64 id : after) {
        if (!before.contains(id)) {
            ++change.added.count;
            change.added.one = id;
        }
    }
    // Those of `before` still there are those of `after` that were not added.
    change.removed.count = before.size() - (after.size() - change.added.count);
    if (change.removed.count == 1) {
        for (const qint64 id : before) {
            if (!after.contains(id)) {
                change.removed.one = id;
                break;
            }
        }
    }
    return change;
}

// One line per account when a single one changed; a count when the customer ticked many at once.
void describeSet(QList<FactNote> &notes, const IdsChanged &changed, const AccountIndex &accounts, const char *one,
                 const char *many)
{
    if (changed.count == 1)
        notes.append({FactChanges::tr(one).arg(accountName(accounts, changed.one)), changed.one});
    else if (changed.count > 1)
        notes.append({FactChanges::tr(many, nullptr, int(changed.count)), 0});
}

} // namespace

QList<FactNote> describeFactChanges(const LocalFacts &before, const LocalFacts &after,
                                    const MigrationSnapshot &snapshot)
{
    return describeFactChanges(before, after, AccountIndex(snapshot.accounts));
}

QList<FactNote> describeFactChanges(const LocalFacts &before, const LocalFacts &after, const AccountIndex &accounts)
{
    QList<FactNote> notes;
    const SetChange ready = compareSets(before.confirmedReady, after.confirmedReady);
    const SetChange verified = compareSets(before.verified, after.verified);
    describeSet(notes, ready.added, accounts,
                QT_TRANSLATE_NOOP("FactChanges", "%1 is ready to migrate."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts marked as ready to migrate."));
    describeSet(notes, ready.removed, accounts,
                QT_TRANSLATE_NOOP("FactChanges", "%1 is no longer marked as ready."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts no longer marked as ready."));
    describeSet(notes, verified.added, accounts,
                QT_TRANSLATE_NOOP("FactChanges", "%1 was checked after its migration."),
                QT_TRANSLATE_N_NOOP("FactChanges", "%n accounts marked as checked."));
    describeSet(notes, verified.removed, accounts,
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
