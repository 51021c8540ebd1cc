#pragma once

#include "Eligibility.h"
#include "ProductDetails.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QTextDocument;

// The one-page A4 customer handout for a product and a check result, in its own language (independent
// of the interface's): product, colour, picture, verdict and reasons, what to do now, the return-kit
// steps, the official page as text and QR code, phone, data date and sources.
class Handout
{
public:
    Handout(const recall::ProductDetails &details, const recall::CheckResult &result, recall::Language language);

    QString html() const;
    // Lays the handout out on `device` (a QPrinter or QPdfWriter); one page.
    void print(QPagedPaintDevice &device) const;
    // Writes a PDF with real, searchable text. Returns an empty string or what went wrong.
    QString savePdf(const QString &path) const;
    // The first page as a picture, for previews and reviews.
    QImage renderPage(int dotsPerInch) const;

private:
    QString t(const char *source) const;
    void fillDocument(QTextDocument &document) const;
    void paint(QPainter &painter, QPaintDevice &device, const QRectF &area) const;
    const recall::Campaign *guideCampaign() const;

    const recall::ProductDetails &m_details;
    const recall::CheckResult &m_result;
    recall::Language m_language;
};
