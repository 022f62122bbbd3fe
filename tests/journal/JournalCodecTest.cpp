#include "core/journal/JournalCodec.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// Each value has its own word, and each word reads back as that value: an old journal keeps its meaning.
template<typename Enum, typename FromText>
void expectRoundTrip(std::initializer_list<Enum> values, FromText fromText)
{
    QSet<QString> words;
    for (const Enum value : values) {
        const QString word = journalcodec::toText(value);
        EXPECT_FALSE(word.isEmpty());
        words.insert(word);
        EXPECT_EQ(fromText(word), value) << qPrintable(word);
    }
    EXPECT_EQ(words.size(), qsizetype(values.size()));
    EXPECT_FALSE(fromText(u"no-such-word"_s).has_value());
}

TEST(JournalCodec, EveryEnumRoundTrips)
{
    using namespace journalcodec;
    expectRoundTrip({AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback, AccountAction::MoveBack},
                    accountActionFromText);
    expectRoundTrip({SupportTopic::TransitServer, SupportTopic::SharedTransitServer, SupportTopic::Reinstall,
                     SupportTopic::Finalization},
                    supportTopicFromText);
    expectRoundTrip({Finalizer::Nobody, Finalizer::Support, Finalizer::Customer}, finalizerFromText);
    expectRoundTrip({ActionIntent::Kind::AccountAction, ActionIntent::Kind::SupportRequest}, intentKindFromText);
    expectRoundTrip({IntentOutcome::Accepted, IntentOutcome::Refused, IntentOutcome::Failed}, intentOutcomeFromText);
}

TEST(JournalCodec, TimesKeepTheirMillisecondsAndNullStaysInvalid)
{
    const QDateTime local = QDateTime(QDate(2026, 3, 29), QTime(2, 30, 0, 999), Qt::LocalTime);
    const QDateTime back = journalcodec::dateTimeFromColumn(journalcodec::toColumn(local));
    EXPECT_EQ(back, local);
    EXPECT_EQ(back.toMSecsSinceEpoch(), local.toMSecsSinceEpoch());
    EXPECT_TRUE(journalcodec::toColumn(QDateTime()).isNull());
    EXPECT_FALSE(journalcodec::dateTimeFromColumn(journalcodec::toColumn(QDateTime())).isValid());
}

} // namespace
