#pragma once

#include "Clock.h"
#include "Eligibility.h"
#include "ProductDetails.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// The call-centre phone script for the product open on the lookup tab: numbered sentences to read
// aloud in the operator's choice of language (F9 switches it, the interface stays as it is); the
// caller's answers (colour, purchase date, serial) feed the same eligibility check.
class ScriptPage : public QWidget
{
    Q_OBJECT

public:
    ScriptPage(recall::Catalogue &catalogue, const recall::Clock &clock, QWidget *parent = nullptr);

    void setProduct(const recall::ProductDetails *details);
    void setScriptLanguage(recall::Language language);
    recall::Language scriptLanguage() const { return m_language; }
    void toggleScriptLanguage();
    QString scriptText() const;
    QString summary() const;
    const recall::CheckResult &result() const { return m_result; }
    const recall::CheckRequest &request() const { return m_request; }

signals:
    void saveCaseRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillColours();
    void refresh();

    recall::Catalogue &m_catalogue;
    const recall::Clock &m_clock;
    const recall::ProductDetails *m_details = nullptr;
    recall::Language m_language;
    recall::CheckRequest m_request;
    recall::CheckResult m_result;
    QLabel *m_title;
    QLabel *m_colourLabel;
    QComboBox *m_colour;
    QLabel *m_dateLabel;
    QLineEdit *m_date;
    QLabel *m_serialLabel;
    QLineEdit *m_serial;
    QComboBox *m_languageChoice;
    QTextBrowser *m_script;
    QPushButton *m_copy;
    QPushButton *m_save;
};
