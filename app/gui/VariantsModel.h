#pragma once

#include "ProductDetails.h"

#include <QAbstractListModel>

// The colour variants of one product with their codes and whether a recall covers them.
class VariantsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ColourIdRole = Qt::UserRole + 1,
        CodeRole,
        JanRole,
        SwatchRole,   // QColor
        CoveredRole,  // bool
        CoveredByRole // QStringList of campaign ids
    };

    using QAbstractListModel::QAbstractListModel;

    void setDetails(const recall::ProductDetails *details);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const recall::ProductDetails *m_details = nullptr;
};
