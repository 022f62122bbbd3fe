#include "core/model/Money.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

std::optional<qint64> parseDecimalCents(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    const QString digits = whole + fraction;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toLongLong() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toLongLong();
    return cents;
}

QString formatDecimalCents(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + u'.' + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
}

} // namespace passerelle
