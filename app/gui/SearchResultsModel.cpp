#include "SearchResultsModel.h"

#include "StatusStyle.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QColor>

void SearchResultsModel::setResponse(const recall::SearchResponse &response)
{
    beginResetModel();
    m_response = response;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResponse({});
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_response.results.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const recall::SearchResult &r = m_response.results[std::size_t(index.row())];
    const Texts texts(uiLanguage());
    switch (role) {
    case Qt::DisplayRole: return texts.pick(r.name);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3").arg(texts.pick(r.name), r.model, StatusStyle::forStatus(r.status).label);
    case ModelNumberRole: return r.model;
    case VariantRole: return r.variant;
    case StatusRole: return int(r.status);
    case SwatchRole: return r.swatch.isEmpty() ? QColor(0x8A, 0x8D, 0x91) : QColor(r.swatch);
    case IllustrationRole: return r.illustration;
    case CampaignsRole: return r.campaigns;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ModelNumberRole, "modelNumber");
    names.insert(VariantRole, "variant");
    names.insert(StatusRole, "status");
    names.insert(SwatchRole, "swatch");
    names.insert(IllustrationRole, "illustration");
    names.insert(CampaignsRole, "campaigns");
    return names;
}
