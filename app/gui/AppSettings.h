#pragma once

#include "Model.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <optional>

// Typed access to the GUI's settings; nothing else reads or writes QSettings keys.
class AppSettings
{
public:
    // Who uses this computer: consumers see the consumer pages only; the others get their tools too.
    enum class Role { Consumer, ServiceDesk, CallCentre };

    AppSettings();

    std::optional<Role> role() const;
    void setRole(Role role);
    static QString roleKey(Role role);

    std::optional<recall::Language> language() const;
    void setLanguage(recall::Language language);

    bool largerText() const;
    void setLargerText(bool on);

    // FOR TESTING ONLY (key testing/acceptUnsignedDataPacks, set by hand in the settings file): data imports
    // accept packs that carry no signature. Off unless set; the import dialog says so while it is on.
    bool acceptUnsignedPacksForTesting() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Return-kit guide steps a person marked done, per product model.
    QStringList guideStepsDone(const QString &model) const;
    void setGuideStepsDone(const QString &model, const QStringList &stepIds);

private:
    mutable QSettings m_settings;
};
