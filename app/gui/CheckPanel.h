#pragma once

#include "Clock.h"
#include "Eligibility.h"
#include "ProductDetails.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class HandoutBar;
class VerdictBanner;

// "Check my product": colour, purchase date and serial number (the last two optional), checked as the
// person types; the verdict comes from core's eligibility rules.
class CheckPanel : public QWidget
{
    Q_OBJECT

public:
    CheckPanel(recall::Catalogue &catalogue, const recall::Clock &clock, QWidget *parent = nullptr);

    void setProduct(const recall::ProductDetails *details);
    void setColourRow(int variantRow);
    void setSerial(const QString &serial);
    void setPurchaseDate(const QString &date);
    const recall::CheckResult &result() const { return m_result; }
    const recall::CheckRequest &request() const { return m_request; }
    QString verdictHeadline() const;
    HandoutBar *handoutBar() const { return m_handout; }

signals:
    void colourChosen(int variantRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillColours();
    void runCheck();
    void showSerialFeedback();
    void pickDate();

    recall::Catalogue &m_catalogue;
    const recall::Clock &m_clock;
    const recall::ProductDetails *m_details = nullptr;
    recall::CheckRequest m_request;
    recall::CheckResult m_result;
    QLabel *m_intro;
    QLabel *m_colourLabel;
    QComboBox *m_colour;
    QLabel *m_dateLabel;
    QLineEdit *m_date;
    QPushButton *m_calendar;
    QLabel *m_dateHint;
    QLabel *m_serialLabel;
    QLineEdit *m_serial;
    QLabel *m_serialWhere;
    QLabel *m_serialFeedback;
    VerdictBanner *m_verdict;
    HandoutBar *m_handout;
};
