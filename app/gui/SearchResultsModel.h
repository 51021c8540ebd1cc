#pragma once

#include "SearchEngine.h"

#include <QAbstractListModel>

// The products a search found, in rank order, for the results list.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ModelNumberRole = Qt::UserRole + 1,
        VariantRole,
        StatusRole,     // recall::RecallStatus as int
        SwatchRole,     // QColor
        IllustrationRole,
        CampaignsRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setResponse(const recall::SearchResponse &response);
    void clear();
    const recall::SearchResponse &response() const { return m_response; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    recall::SearchResponse m_response;
};
