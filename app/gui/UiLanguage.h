#pragma once

#include "Model.h"

#include <QLocale>

// The language the interface currently speaks (Translations::use sets the default locale).
inline recall::Language uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? recall::Language::Japanese : recall::Language::English;
}
