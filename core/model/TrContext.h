#pragma once

#include <QCoreApplication>

#include <algorithm>
#include <cstddef>

namespace passerelle::i18n {

// A translation context named at compile time (the name travels as a template argument).
template<std::size_t N> struct ContextName
{
    constexpr ContextName(const char (&name)[N]) { std::copy_n(name, N, text); }
    char text[N];
};

template<ContextName Name> struct TrContext
{
    static QString tr(const char *source, const char *disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate(Name.text, source, disambiguation, n);
    }
};

} // namespace passerelle::i18n

// The translation context of code outside a class: PASSERELLE_TR_CONTEXT(RuleText); then
// RuleText::tr("..."). lupdate reads "RuleText::tr" as the context RuleText, and at run time the
// same name is asked for (docs/howto.md, "Translatable text"). Classes use their own tr().
#define PASSERELLE_TR_CONTEXT(Name) using Name = ::passerelle::i18n::TrContext<#Name>
