#pragma once

#include "ProductDetails.h"

#include <QWidget>

class AppSettings;
class GuideStepsModel;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The return-kit guide: numbered steps with an icon each that a person can tick off, the official page
// as a button and as a QR code to scan with a phone, and the phone number.
class GuidePage : public QWidget
{
    Q_OBJECT

public:
    GuidePage(AppSettings &settings, QWidget *parent = nullptr);

    void setProduct(const recall::ProductDetails *details);
    GuideStepsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildSteps();
    void retranslate();
    const recall::Campaign *guideCampaign() const;

    const recall::ProductDetails *m_details = nullptr;
    GuideStepsModel *m_model;
    QLabel *m_title;
    QLabel *m_intro;
    QVBoxLayout *m_steps;
    QLabel *m_qr;
    QLabel *m_qrCaption;
    QPushButton *m_open;
    QLabel *m_contact;
};
