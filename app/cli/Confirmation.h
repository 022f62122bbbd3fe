#pragma once

#include <QString>
#include <QTextStream>

#include <functional>

namespace passerelle::cli {

// Asks a yes/no question before an irreversible action. Only possible on a terminal: without
// one, scripts must say --yes.
struct Confirmation
{
    bool interactive = false;
    std::function<bool(const QString &question)> ask;
};

// Reads one answer line from `in` after writing the question to `out`: true only for yes.
bool askYesNo(const QString &question, QTextStream &in, QTextStream &out);
// True for "y", "yes" (and the translated word), in any case.
bool isYes(const QString &answer);
// Questions on the process's terminal (stdin and stderr), interactive only when stdin is a tty.
Confirmation terminalConfirmation();

} // namespace passerelle::cli
