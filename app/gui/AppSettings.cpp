#include "AppSettings.h"

#include "Translations.h"

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString largerTextKey = QStringLiteral("ui/largerText");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString guideGroup = QStringLiteral("guide");
} // namespace

AppSettings::AppSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("recall-lookup"),
                                        QStringLiteral("recall-lookup"))
{
}

std::optional<recall::Language> AppSettings::language() const
{
    return Translations::fromCode(m_settings.value(languageKey).toString());
}

void AppSettings::setLanguage(recall::Language language)
{
    m_settings.setValue(languageKey, Translations::code(language));
}

bool AppSettings::largerText() const
{
    return m_settings.value(largerTextKey, false).toBool();
}

void AppSettings::setLargerText(bool on)
{
    m_settings.setValue(largerTextKey, on);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QStringList AppSettings::guideStepsDone(const QString &model) const
{
    return m_settings.value(guideGroup + u'/' + model).toStringList();
}

void AppSettings::setGuideStepsDone(const QString &model, const QStringList &stepIds)
{
    m_settings.setValue(guideGroup + u'/' + model, stepIds);
    m_settings.sync();
}
