#pragma once

#include "BatchChecker.h"

#include <QAbstractTableModel>

// The rows of a batch check for the service desk's table: what was scanned or read, the product, colour,
// serial, and the verdict with its reason (colour, symbol and words), duplicates marked.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Input, Product, Colour, Serial, Verdict, Reason, Duplicate, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const recall::BatchReport *report);
    // Rows were appended to the report shown.
    void rowsAppended();
    const recall::BatchReport *report() const { return m_report; }
    void setColours(std::vector<recall::Colour> colours) { m_colours = std::move(colours); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const recall::BatchReport *m_report = nullptr;
    int m_shownRows = 0;
    std::vector<recall::Colour> m_colours;
};
