#pragma once

#include "Eligibility.h"
#include "ProductDetails.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

// "Print handout" and "Save as PDF" for the current product and check, with the handout's own
// language (the customer's, not necessarily the interface's).
class HandoutBar : public QWidget
{
    Q_OBJECT

public:
    using Source = std::function<std::pair<const recall::ProductDetails *, const recall::CheckResult *>()>;

    explicit HandoutBar(Source source, QWidget *parent = nullptr);

    // Test seam: where "Save as PDF" writes without asking (empty: ask with a file dialog).
    void setSavePathForTesting(const QString &path) { m_savePath = path; }
    recall::Language handoutLanguage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void printHandout();
    void saveHandout();

    Source m_source;
    QComboBox *m_language;
    QPushButton *m_print;
    QPushButton *m_save;
    QString m_savePath;
};
