#pragma once

#include "BatchChecker.h"

#include <optional>

namespace recall {

// The scanner flow of the service desk: one scanned or typed line at a time. A 13-digit JAN, a model number
// or a variant code sets the current product and adds a row for it; any other line is a serial and adds a
// row for the current product (or an invalid row when there is none yet). Pasted text is scanned line by line.
class BatchSession
{
public:
    BatchSession(Catalogue &catalogue, const Clock &clock);

    static QStringList header(); // scanned, jan, variant, model, colour, purchased, serial

    // The index of the row added, or -1 for a blank line.
    Result<int, CatalogueError> scan(const QString &line);
    // The number of rows added.
    Result<int, CatalogueError> paste(const QString &text);

    // A product chosen in the interface instead of scanned; the colour applies to the serials that follow.
    void setProduct(CheckRequest::Key key, const QString &code, const QString &colour = {});
    void clearProduct() { m_current.reset(); }
    bool hasProduct() const { return m_current.has_value(); }
    // The purchase date for the rows that follow (empty: not given).
    void setPurchased(const QString &date) { m_purchased = date; }

    const BatchReport &report() const { return m_report; }

private:
    struct Current
    {
        CheckRequest::Key key;
        QString code;
        QString colour;
    };

    Result<int, CatalogueError> add(const QString &scanned, const QString &serial);

    BatchChecker m_checker;
    BatchReport m_report;
    std::optional<Current> m_current;
    QString m_purchased;
    int m_scans = 0;
};

} // namespace recall
