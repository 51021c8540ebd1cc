#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QHash>
#include <QLocale>

#include <memory>

using recall::Language;

namespace {
// One translator per language, loaded once and never installed: used by translate() only.
const QTranslator *translatorFor(Language language)
{
    static QHash<int, std::shared_ptr<QTranslator>> cache;
    auto it = cache.find(int(language));
    if (it == cache.end()) {
        auto translator = std::make_shared<QTranslator>();
        const bool loaded = translator->load(QStringLiteral(":/i18n/recall-lookup_") + Translations::code(language));
        it = cache.insert(int(language), loaded ? translator : nullptr);
    }
    return it.value().get();
}
} // namespace

QLocale Translations::locale(Language language)
{
    return language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Translations::translate(Language language, const char *context, const char *source, int n)
{
    const QTranslator *t = translatorFor(language);
    QString translated = t ? t->translate(context, source, nullptr, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    if (n >= 0)
        translated.replace(QStringLiteral("%n"), locale(language).toString(n));
    return translated;
}

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
    QLocale::setDefault(locale(language));
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
