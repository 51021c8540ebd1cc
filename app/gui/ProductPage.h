#pragma once

#include "Clock.h"
#include "ProductDetails.h"

#include <QWidget>

#include <optional>

class AppSettings;
class CheckPanel;
class GuidePage;
class QLabel;
class QTabWidget;
class QTextBrowser;
class SwatchPicker;
class VariantsModel;

// One product: its picture in the chosen colour, the colour swatches with their coverage, and three
// tabs: about the recall, check my product, and the return-kit guide.
class ProductPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { AboutTab, CheckTab, GuideTab };

    ProductPage(recall::Catalogue &catalogue, const recall::Clock &clock, AppSettings &settings,
                QWidget *parent = nullptr);

    // Loads the product; `variant` preselects a colour. Returns false when the product is not in the data.
    bool showProduct(const QString &model, const QString &variant = {});
    void selectVariant(int row);
    void showTab(Tab tab);
    const recall::ProductDetails *details() const { return m_details ? &*m_details : nullptr; }
    CheckPanel *checkPanel() const { return m_check; }
    GuidePage *guidePage() const { return m_guide; }
    SwatchPicker *swatches() const { return m_swatches; }
    QString selectedCoverageText() const;

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePicture();

    recall::Catalogue &m_catalogue;
    std::optional<recall::ProductDetails> m_details;
    VariantsModel *m_variants;
    QLabel *m_picture;
    QLabel *m_pictureCredit;
    QLabel *m_name;
    QLabel *m_meta;
    QLabel *m_selection;
    SwatchPicker *m_swatches;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    CheckPanel *m_check;
    GuidePage *m_guide;
};
