#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace passerelle::test {

// One <message> of a Qt Linguist .ts file, as lupdate writes it.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty
    QString translation;      // the text when not numerus
    QStringList numerusForms; // the forms when numerus
};

struct TsFile
{
    QString language;
    std::vector<TsMessage> messages;
    QString error; // empty when the file was read completely
};

TsFile readTsFile(const QString &path);

// Placeholders QString::arg() and tr() replace (%1..%99, %L1, %n, %Ln), sorted: a multiset.
QStringList placeholders(const QString &text);

} // namespace passerelle::test
