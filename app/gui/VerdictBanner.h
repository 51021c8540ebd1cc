#pragma once

#include "Eligibility.h"

#include <QFrame>

class QLabel;

// The answer of a check, impossible to miss: colour, a drawn symbol and words together, then the
// reasons, what to do next, and for a recalled unit the official page and phone.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void show(const recall::CheckResult &result, const std::vector<recall::Colour> &colours);
    QString headline() const;

private:
    QLabel *m_badge;
    QLabel *m_headline;
    QLabel *m_body;
};
