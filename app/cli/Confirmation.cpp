#include "app/cli/Confirmation.h"

#include "core/model/TrContext.h"

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {
namespace {
PASSERELLE_TR_CONTEXT(ConfirmationPrompt);
} // namespace

bool isYes(const QString &answer)
{
    const QString word = answer.trimmed().toLower();
    const QString translated = ConfirmationPrompt::tr("yes").toLower();
    return word == u"y"_s || word == u"yes"_s || (!translated.isEmpty() && word == translated)
        || (!translated.isEmpty() && word == translated.left(1));
}

bool askYesNo(const QString &question, QTextStream &in, QTextStream &out)
{
    out << question << u' ' << ConfirmationPrompt::tr("[y/N]") << u' ';
    out.flush();
    return isYes(in.readLine());
}

Confirmation terminalConfirmation()
{
    Confirmation confirmation;
    confirmation.interactive = ::isatty(STDIN_FILENO) != 0;
    confirmation.ask = [](const QString &question) {
        QTextStream in(stdin);
        QTextStream out(stderr);
        return askYesNo(question, in, out);
    };
    return confirmation;
}

} // namespace passerelle::cli
