#pragma once

#include <benchmark/benchmark.h>

#include <QMap>
#include <QString>

namespace passerelle::bench {

// What one figure of the table is held to: its goal in milliseconds (0: none), shown beside it.
struct Goal
{
    QString figure; // the benchmark's name; its baseline is "<figure>_baseline"
    double goalMs = 0;
};

// Google Benchmark's console output, plus a table at the end: each figure in milliseconds beside
// its baseline measured in the same run, and their ratio, so that figures compare across machines.
class RatioTableReporter : public benchmark::ConsoleReporter
{
public:
    explicit RatioTableReporter(QList<Goal> goals) : m_goals(std::move(goals)) { }

    void ReportRuns(const std::vector<Run> &runs) override;
    QString table(const QString &title) const;

private:
    QList<Goal> m_goals;
    QMap<QString, double> m_milliseconds; // real time per iteration, by benchmark name
};

} // namespace passerelle::bench
