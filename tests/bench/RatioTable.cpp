#include "tests/bench/RatioTable.h"

namespace passerelle::bench {

using namespace Qt::Literals::StringLiterals;

void RatioTableReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &run : runs) {
        if (run.error_occurred || run.iterations == 0 || run.run_type != Run::RT_Iteration)
            continue;
        m_milliseconds.insert(QString::fromStdString(run.benchmark_name()),
                              run.cpu_accumulated_time * 1000.0 / double(run.iterations));
    }
    ConsoleReporter::ReportRuns(runs);
}

QString RatioTableReporter::table(const QString &title) const
{
    QString out = title + u'\n';
    out += QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("figure"), -28)
               .arg(QStringLiteral("CPU ms"), 10)
               .arg(QStringLiteral("baseline ms"), 12)
               .arg(QStringLiteral("ratio"), 8)
               .arg(QStringLiteral("goal"), 10);
    for (const Goal &goal : m_goals) {
        const auto ours = m_milliseconds.constFind(goal.figure);
        if (ours == m_milliseconds.cend()) {
            out += QStringLiteral("%1 %2\n").arg(goal.figure, -28).arg(QStringLiteral("(failed)"), 10);
            continue;
        }
        const auto baseline = m_milliseconds.constFind(goal.figure + QStringLiteral("_baseline"));
        const bool hasBaseline = baseline != m_milliseconds.cend() && *baseline > 0;
        const QString verdict = goal.goalMs <= 0 ? QString()
                                                 : QStringLiteral("<= %1 %2").arg(goal.goalMs).arg(*ours <= goal.goalMs ? u"ok"_s : u"OVER"_s);
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(goal.figure, -28)
                   .arg(*ours, 10, 'f', 2)
                   .arg(hasBaseline ? QString::number(*baseline, 'f', 2) : QStringLiteral("-"), 12)
                   .arg(hasBaseline ? QStringLiteral("%1x").arg(*ours / *baseline, 0, 'f', 2) : QStringLiteral("-"), 8)
                   .arg(verdict, 10);
    }
    return out;
}

} // namespace passerelle::bench
