#include "CasesModel.h"

#include "Eligibility.h"
#include "Texts.h"
#include "UiLanguage.h"

using namespace recall;

void CasesModel::setCases(std::vector<CaseRecord> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseRecord *CasesModel::caseAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_cases.size() ? &m_cases[std::size_t(row)] : nullptr;
}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const CaseRecord &c = m_cases[std::size_t(index.row())];
    const Texts texts(uiLanguage());
    switch (Column(index.column())) {
    case Created: return texts.locale().toString(c.created.toLocalTime(), QLocale::ShortFormat);
    case Product: return c.variantCode.isEmpty() ? c.model : c.model + QStringLiteral(" · ") + c.variantCode;
    case Colour: return c.colourId.isEmpty() ? QString() : texts.colourName(c.colourId, m_colours);
    case Serial: return c.serial.value_or(QString());
    case Verdict: {
        for (recall::Verdict v : {recall::Verdict::Affected, recall::Verdict::LikelyAffected, recall::Verdict::NotAffected,
                                  recall::Verdict::NoRecord, recall::Verdict::InvalidInput}) {
            if (verdictKey(v) == c.verdict)
                return texts.verdictHeadline(v);
        }
        return c.verdict;
    }
    case Status: return texts.caseStatus(c.status);
    case Note: return role == Qt::ToolTipRole ? c.note : c.note.section(u'\n', 0, 0);
    case ColumnCount: break;
    }
    return {};
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Created: return tr("When");
    case Product: return tr("Product");
    case Colour: return tr("Colour");
    case Serial: return tr("Serial number");
    case Verdict: return tr("Result");
    case Status: return tr("Status");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}
