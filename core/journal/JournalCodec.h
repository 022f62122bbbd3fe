#pragma once

#include "core/api/ProviderTypes.h"
#include "core/journal/JournalStore.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// How values are spelled in the journal file. Stable words rather than enum numbers, so that
// reordering an enum never changes what an old journal means.
namespace passerelle::journalcodec {

QString toText(AccountAction action);
std::optional<AccountAction> accountActionFromText(const QString &text);

QString toText(SupportTopic topic);
std::optional<SupportTopic> supportTopicFromText(const QString &text);

QString toText(Finalizer finalizer);
std::optional<Finalizer> finalizerFromText(const QString &text);

QString toText(ActionIntent::Kind kind);
std::optional<ActionIntent::Kind> intentKindFromText(const QString &text);

QString toText(IntentOutcome outcome);
std::optional<IntentOutcome> intentOutcomeFromText(const QString &text);

// Milliseconds since the epoch; an invalid time is stored as NULL and read back invalid.
QVariant toColumn(const QDateTime &time);
QDateTime dateTimeFromColumn(const QVariant &value);

} // namespace passerelle::journalcodec
