#include "AppSettings.h"

#include "Translations.h"

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString largerTextKey = QStringLiteral("ui/largerText");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString guideGroup = QStringLiteral("guide");
const QString roleSetting = QStringLiteral("ui/role");
const QString unsignedPacksKey = QStringLiteral("testing/acceptUnsignedDataPacks");
} // namespace

AppSettings::AppSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("recall-lookup"),
                                        QStringLiteral("recall-lookup"))
{
}

QString AppSettings::roleKey(Role role)
{
    switch (role) {
    case Role::Consumer: return QStringLiteral("consumer");
    case Role::ServiceDesk: return QStringLiteral("service_desk");
    case Role::CallCentre: return QStringLiteral("call_centre");
    }
    return {};
}

std::optional<AppSettings::Role> AppSettings::role() const
{
    const QString key = m_settings.value(roleSetting).toString();
    for (Role r : {Role::Consumer, Role::ServiceDesk, Role::CallCentre}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

void AppSettings::setRole(Role role)
{
    m_settings.setValue(roleSetting, roleKey(role));
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

bool AppSettings::acceptUnsignedPacksForTesting() const
{
    return m_settings.value(unsignedPacksKey, false).toBool();
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
