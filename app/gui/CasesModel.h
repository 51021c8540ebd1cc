#pragma once

#include "CaseStore.h"
#include "Model.h"

#include <QAbstractTableModel>

// The case log as a table: when, product, colour, serial, verdict, status and note.
class CasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Product, Colour, Serial, Verdict, Status, Note, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCases(std::vector<recall::CaseRecord> cases);
    const recall::CaseRecord *caseAt(int row) const;
    void setColours(std::vector<recall::Colour> colours) { m_colours = std::move(colours); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<recall::CaseRecord> m_cases;
    std::vector<recall::Colour> m_colours;
};
