#include "VariantsModel.h"

#include "Texts.h"
#include "UiLanguage.h"

#include <QColor>

void VariantsModel::setDetails(const recall::ProductDetails *details)
{
    beginResetModel();
    m_details = details;
    endResetModel();
}

int VariantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_details ? 0 : int(m_details->product.variants.size());
}

QVariant VariantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const recall::Variant &v = m_details->product.variants[std::size_t(index.row())];
    const recall::Colour *colour = m_details->colour(v.colourId);
    const Texts texts(uiLanguage());
    switch (role) {
    case Qt::DisplayRole: return colour ? texts.pick(colour->name) : v.colourId;
    case ColourIdRole: return v.colourId;
    case CodeRole: return v.code;
    case JanRole: return v.jan;
    case SwatchRole: return colour ? QColor(colour->swatch) : QColor(Qt::gray);
    case CoveredRole: return !m_details->coveredBy(v).isEmpty();
    case CoveredByRole: return m_details->coveredBy(v);
    default: return {};
    }
}

QHash<int, QByteArray> VariantsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ColourIdRole, "colourId");
    names.insert(CodeRole, "code");
    names.insert(JanRole, "jan");
    names.insert(SwatchRole, "swatch");
    names.insert(CoveredRole, "covered");
    names.insert(CoveredByRole, "coveredBy");
    return names;
}
