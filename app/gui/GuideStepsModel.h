#pragma once

#include "Model.h"

#include <QAbstractListModel>

class AppSettings;

// The return-kit steps of one campaign for one product, each checkable; what a person marked done is
// remembered per product and campaign, so they can come back later.
class GuideStepsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { StepIdRole = Qt::UserRole + 1 };

    GuideStepsModel(AppSettings &settings, QObject *parent = nullptr);

    void setSteps(const QString &model, const recall::Campaign *campaign);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString settingsKey() const;

    AppSettings &m_settings;
    QString m_key;
    std::vector<recall::Step> m_steps;
    QStringList m_done;
};
