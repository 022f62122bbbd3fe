// The report as the PDF lays it out: no word is cut in two ("Emplacemen t"), even in narrow columns.
#include "core/model/Format.h"
#include "core/report/MigrationReport.h"
#include "core/report/ReportHtml.h"
#include "ui/activity/ReportExport.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

report::MigrationReport crowdedReport()
{
    report::MigrationReport report;
    report.generatedAt = QDateTime(QDate(2026, 12, 17), QTime(12, 0), Qt::UTC);
    report.migrationId = 7;
    report::AccountLine line;
    line.name = u"acme-shop-with-a-long-name"_s;
    line.status = u"Migrated"_s;
    line.location = u"Transit server"_s;
    line.version = u"New"_s;
    line.estimatedSeconds = 90;
    report.accounts = {line};
    report.timeline.append({report.generatedAt, u"state"_s,
                            u"A long line of activity that takes every bit of room the page gives it and more"_s, 0});
    return report;
}

// Every line that the layout breaks ends between two words, never inside one.
QStringList cutWords(QTextDocument &document)
{
    QStringList cut;
    document.documentLayout(); // lays the document out
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end > 0 && end < text.size() && !text.at(end - 1).isSpace() && !text.at(end).isSpace()
                && text.at(end - 1) != u'-')
                cut << text.left(end) + u'|' + text.mid(end);
        }
    }
    return cut;
}

TEST(ReportLayout, NoWordIsCutInANarrowColumn)
{
    QTextDocument document;
    passerelle::ui::loadReportHtml(document, report::toHtml(crowdedReport()));
    document.setTextWidth(260);
    const QStringList cut = cutWords(document);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u"; "_s).toStdString();
}

// What reads as one piece stays on one line in the PDF, however narrow its column: an account's
// name (never "acme-" / "analytics") and a move's dates (never over three lines).
TEST(ReportLayout, NamesAndDatesOfMovesStayOnOneLine)
{
    report::MigrationReport report = crowdedReport();
    report::MoveLine move;
    move.account = u"acme-analytics"_s;
    move.move = u"Migrate"_s;
    move.startedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
    move.endedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 14), Qt::UTC);
    move.estimatedSeconds = 840;
    move.observedSeconds = 840;
    report.moves = {move};
    report.accounts.first().name = u"acme-analytics"_s;
    const QStringList whole {move.account, format::dateTime(move.startedAt), format::dateTime(move.endedAt)};

    QTextDocument document;
    passerelle::ui::loadReportHtml(document, report::toHtml(report));
    document.setTextWidth(260);
    document.documentLayout();
    int checked = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::Nbsp, u' '); // how Qt may keep a nowrap cell's spaces
        if (!whole.contains(text))
            continue;
        ++checked;
        EXPECT_EQ(block.layout()->lineCount(), 1) << "\"" << block.text().toStdString() << "\" is broken";
    }
    EXPECT_GE(checked, 4) << "the name in Accounts and Moves, both dates";
}

} // namespace
