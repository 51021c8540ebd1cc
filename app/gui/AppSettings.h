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
    AppSettings();

    std::optional<recall::Language> language() const;
    void setLanguage(recall::Language language);

    bool largerText() const;
    void setLargerText(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Return-kit guide steps a person marked done, per product model.
    QStringList guideStepsDone(const QString &model) const;
    void setGuideStepsDone(const QString &model, const QStringList &stepIds);

private:
    mutable QSettings m_settings;
};
