#include "core/report/Redaction.h"

#include "core/api/LogScrubber.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::report {

QString redact(const QString &text, const LogScrubber *scrubber)
{
    static const QRegularExpression email(uR"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"_s);
    QString scrubbed;
    if (scrubber) {
        scrubbed = scrubber->scrub(text);
    } else {
        // Its credential patterns hold without any registered secret.
        const LogScrubber patternsOnly;
        scrubbed = patternsOnly.scrub(text);
    }
    return scrubbed.replace(email, u"***@***"_s);
}

} // namespace passerelle::report
