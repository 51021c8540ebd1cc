#include "BatchModel.h"

#include "StatusStyle.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QIcon>

using namespace recall;

void BatchModel::setReport(const BatchReport *report)
{
    beginResetModel();
    m_report = report;
    m_shownRows = report ? int(report->rows().size()) : 0;
    endResetModel();
}

void BatchModel::rowsAppended()
{
    const int total = m_report ? int(m_report->rows().size()) : 0;
    if (total <= m_shownRows)
        return;
    beginInsertRows({}, m_shownRows, total - 1);
    m_shownRows = total;
    endInsertRows();
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchRow &row = m_report->rows()[std::size_t(index.row())];
    const Texts texts(uiLanguage());
    if (role == VerdictRole)
        return int(row.check.verdict);
    if (index.column() == Verdict) {
        const StatusLook look = StatusStyle::forVerdict(row.check.verdict, texts);
        if (role == Qt::DecorationRole)
            return QIcon(StatusStyle::badge(look, 18, 2.0));
        if (role == Qt::BackgroundRole)
            return StatusStyle::tint(look.background);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Line: return row.line;
    case Input: return row.fields.join(QStringLiteral(" | "));
    case Product: return row.check.model.isEmpty() ? row.input.model : row.check.model;
    case Colour: return row.check.colourId.isEmpty() ? row.input.colour : texts.colourName(row.check.colourId, m_colours);
    case Serial: return row.normalizedSerial().isEmpty() ? row.input.serial : row.normalizedSerial();
    case Verdict: return texts.verdictHeadline(row.check.verdict);
    case Reason:
        if (row.problem == RowProblem::WrongFieldCount)
            return tr("This line has a different number of columns from the header.");
        if (row.problem == RowProblem::NoCurrentProduct)
            return tr("Scan the JAN or choose the product before its serial number.");
        if (row.problem == RowProblem::ProductKeysDisagree)
            return tr("The model, variant code and JAN name different products.");
        if (row.check.serial && !row.check.serial->problems.empty())
            return texts.serialProblem(row.check.serial->problems.front());
        return row.check.reasons.empty() ? QString() : texts.reason(row.check.reasons.front());
    case Duplicate: return row.duplicate ? tr("Duplicate serial") : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Line: return tr("#");
    case Input: return tr("Scanned or read");
    case Product: return tr("Model");
    case Colour: return tr("Colour");
    case Serial: return tr("Serial number");
    case Verdict: return tr("Result");
    case Reason: return tr("Reason");
    case Duplicate: return tr("Duplicate");
    case ColumnCount: break;
    }
    return {};
}
