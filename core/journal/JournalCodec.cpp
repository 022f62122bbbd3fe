#include "core/journal/JournalCodec.h"

#include <QMetaType>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::journalcodec {

namespace {

template<typename Enum, std::size_t N>
QString lookUp(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return text.toString();
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> lookUp(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &text)
{
    for (const auto &[candidate, spelled] : table) {
        if (spelled == text)
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array kActions {
    std::pair {AccountAction::Test, QStringView(u"test")},
    std::pair {AccountAction::Migrate, QStringView(u"migrate")},
    std::pair {AccountAction::Rollback, QStringView(u"rollback")},
    std::pair {AccountAction::MoveBack, QStringView(u"move_back")},
};

constexpr std::array kTopics {
    std::pair {SupportTopic::TransitServer, QStringView(u"transit_server")},
    std::pair {SupportTopic::SharedTransitServer, QStringView(u"shared_transit_server")},
    std::pair {SupportTopic::Reinstall, QStringView(u"reinstall")},
    std::pair {SupportTopic::Finalization, QStringView(u"finalization")},
};

constexpr std::array kFinalizers {
    std::pair {Finalizer::Nobody, QStringView(u"nobody")},
    std::pair {Finalizer::Support, QStringView(u"support")},
    std::pair {Finalizer::Customer, QStringView(u"customer")},
};

constexpr std::array kKinds {
    std::pair {ActionIntent::Kind::AccountAction, QStringView(u"account_action")},
    std::pair {ActionIntent::Kind::SupportRequest, QStringView(u"support_request")},
};

constexpr std::array kOutcomes {
    std::pair {IntentOutcome::Accepted, QStringView(u"accepted")},
    std::pair {IntentOutcome::Refused, QStringView(u"refused")},
    std::pair {IntentOutcome::Failed, QStringView(u"failed")},
    std::pair {IntentOutcome::Started, QStringView(u"started")},
    std::pair {IntentOutcome::Unseen, QStringView(u"unseen")},
};

} // namespace

QString toText(AccountAction action)
{
    return lookUp(kActions, action);
}
std::optional<AccountAction> accountActionFromText(const QString &text)
{
    return lookUp(kActions, text);
}

QString toText(SupportTopic topic)
{
    return lookUp(kTopics, topic);
}
std::optional<SupportTopic> supportTopicFromText(const QString &text)
{
    return lookUp(kTopics, text);
}

QString toText(Finalizer finalizer)
{
    return lookUp(kFinalizers, finalizer);
}
std::optional<Finalizer> finalizerFromText(const QString &text)
{
    return lookUp(kFinalizers, text);
}

QString toText(ActionIntent::Kind kind)
{
    return lookUp(kKinds, kind);
}
std::optional<ActionIntent::Kind> intentKindFromText(const QString &text)
{
    return lookUp(kKinds, text);
}

QString toText(IntentOutcome outcome)
{
    return lookUp(kOutcomes, outcome);
}
std::optional<IntentOutcome> intentOutcomeFromText(const QString &text)
{
    return lookUp(kOutcomes, text);
}

QVariant toColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime dateTimeFromColumn(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace passerelle::journalcodec
