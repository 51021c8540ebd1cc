#pragma once

#include "Model.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

// Installs the app's own translation and Qt's (qtbase_*.qm, so Qt's dialogs and buttons match) for one
// language, and swaps them at run time.
class Translations
{
public:
    bool use(recall::Language language);
    recall::Language language() const { return m_language; }

    static recall::Language systemLanguage();
    static QLocale locale(recall::Language language);
    // A string of `context` in `language`, whatever language the interface speaks (handouts and phone
    // scripts have a language of their own). `n` >= 0 picks the plural form and replaces %n.
    static QString translate(recall::Language language, const char *context, const char *source, int n = -1);
    static std::optional<recall::Language> fromCode(const QString &code); // "ja", "en"
    static QString code(recall::Language language);
    // The value of --lang in a command line, read before any parser exists so its help can be translated.
    static QString languageArgument(const QStringList &arguments);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    recall::Language m_language = recall::Language::English;
};
