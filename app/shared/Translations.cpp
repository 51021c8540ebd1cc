#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using recall::Language;

Language Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

std::optional<Language> Translations::fromCode(const QString &code)
{
    if (code.compare(u"ja", Qt::CaseInsensitive) == 0)
        return Language::Japanese;
    if (code.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString Translations::code(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool Translations::use(Language language)
{
    for (auto *t : {m_app.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    m_language = language;
    const QString lang = code(language);
    QLocale::setDefault(QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                                language == Language::Japanese ? QLocale::Japan : QLocale::UnitedKingdom));
    const bool appLoaded = m_app->load(QStringLiteral(":/i18n/recall-lookup_") + lang);
    if (appLoaded)
        QCoreApplication::installTranslator(m_app.get());
    // Qt's own strings; absent when Debian's qt6-translations-l10n is not installed, which is not an error.
    if (m_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return appLoaded;
}

QString Translations::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return {};
}
