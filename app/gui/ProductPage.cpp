#include "ProductPage.h"

#include "CheckPanel.h"
#include "GuidePage.h"
#include "Illustrations.h"
#include "OverviewHtml.h"
#include "SwatchPicker.h"
#include "Texts.h"
#include "UiLanguage.h"
#include "VariantsModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace recall;

namespace {
constexpr int pictureSize = 200;

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

ProductPage::ProductPage(Catalogue &catalogue, const Clock &clock, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_variants(new VariantsModel(this)), m_picture(new QLabel(this)),
      m_pictureCredit(new QLabel(this)), m_name(new QLabel(this)), m_meta(new QLabel(this)),
      m_selection(new QLabel(this)), m_swatches(new SwatchPicker(this)), m_tabs(new QTabWidget(this)),
      m_overview(new QTextBrowser(this)), m_check(new CheckPanel(catalogue, clock)), m_guide(new GuidePage(settings))
{
    m_picture->setFixedSize(pictureSize, pictureSize);
    m_picture->setAlignment(Qt::AlignCenter);
    m_pictureCredit->setObjectName(QStringLiteral("hint"));
    m_pictureCredit->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("pageTitle"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selection->setWordWrap(true);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_swatches->setModel(m_variants);
    m_overview->setOpenExternalLinks(true);
    m_overview->setObjectName(QStringLiteral("overview"));

    auto *pictureColumn = new QVBoxLayout;
    pictureColumn->addWidget(m_picture);
    pictureColumn->addWidget(m_pictureCredit);
    pictureColumn->addStretch();
    auto *info = new QVBoxLayout;
    info->addWidget(m_name);
    info->addWidget(m_meta);
    info->addWidget(m_swatches);
    info->addWidget(m_selection);
    info->addStretch();
    auto *header = new QHBoxLayout;
    header->addLayout(pictureColumn);
    header->addSpacing(12);
    header->addLayout(info, 1);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(scrolling(m_check), QString());
    m_tabs->addTab(scrolling(m_guide), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_swatches, &SwatchPicker::selected, this, [this](int row) {
        m_check->setColourRow(row);
        updatePicture();
    });
    connect(m_check, &CheckPanel::colourChosen, this, [this](int row) {
        if (m_swatches->current() != row)
            m_swatches->select(row);
    });
    retranslate();
}

bool ProductPage::showProduct(const QString &model, const QString &variant)
{
    auto loaded = loadProductDetails(m_catalogue, model);
    if (!loaded) {
        emit failed(Texts(uiLanguage()).catalogueError(loaded.error()));
        return false;
    }
    if (!*loaded)
        return false;
    m_details = std::move(**loaded);
    m_variants->setDetails(&*m_details);
    m_check->setProduct(&*m_details);
    m_guide->setProduct(&*m_details);
    int row = 0;
    if (!variant.isEmpty()) {
        const auto &variants = m_details->product.variants;
        for (std::size_t i = 0; i < variants.size(); ++i) {
            if (variants[i].code == variant)
                row = int(i);
        }
    }
    if (!m_details->product.variants.empty())
        m_swatches->select(row);
    m_tabs->setCurrentIndex(AboutTab);
    retranslate();
    return true;
}

void ProductPage::selectVariant(int row)
{
    m_swatches->select(row);
}

void ProductPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QString ProductPage::selectedCoverageText() const
{
    return m_selection->text();
}

void ProductPage::updatePicture()
{
    if (!m_details)
        return;
    const int row = m_swatches->current();
    const auto &variants = m_details->product.variants;
    const Variant *variant = row >= 0 && std::size_t(row) < variants.size() ? &variants[std::size_t(row)] : nullptr;
    const Colour *colour = variant ? m_details->colour(variant->colourId) : nullptr;
    QPixmap picture;
    m_pictureCredit->clear();
    if (variant && !variant->photo.isEmpty()) {
        auto bytes = m_catalogue.photo(variant->photo);
        if (bytes && picture.loadFromData(*bytes)) {
            picture = picture.scaled(m_picture->size() * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            picture.setDevicePixelRatio(devicePixelRatioF());
            m_pictureCredit->setText(tr("Photo: %1").arg(variant->photoCredit));
        }
    }
    if (picture.isNull()) {
        picture = Illustrations::product(m_details->product.illustration,
                                         colour ? QColor(colour->swatch) : QColor(0x8A, 0x8D, 0x91), pictureSize,
                                         devicePixelRatioF());
        m_pictureCredit->setText(tr("Drawing, not a photo"));
    }
    m_picture->setPixmap(picture);
    m_picture->setAccessibleName(tr("Picture of the product"));

    const Texts texts(uiLanguage());
    if (!variant) {
        m_selection->setText(m_details->product.variants.empty()
                                 ? tr("The sources do not list the colours of this product.")
                                 : QString());
        return;
    }
    const QStringList coveredBy = m_details->coveredBy(*variant);
    const QString colourName = colour ? texts.pick(colour->name) : variant->colourId;
    m_selection->setProperty("covered", !coveredBy.isEmpty());
    m_selection->setText(coveredBy.isEmpty()
                             ? tr("<b>%1: not covered</b> by the recalls in this data.").arg(colourName.toHtmlEscaped())
                             : tr("<b>%1: covered</b> by recall %2. Open \"Check my product\" to check your unit.")
                                   .arg(colourName.toHtmlEscaped(), coveredBy.join(QStringLiteral(", "))));
    style()->unpolish(m_selection);
    style()->polish(m_selection);
}

void ProductPage::retranslate()
{
    m_tabs->setTabText(AboutTab, tr("About this recall"));
    m_tabs->setTabText(CheckTab, tr("Check my product"));
    m_tabs->setTabText(GuideTab, tr("Return-kit guide"));
    if (!m_details)
        return;
    const Texts texts(uiLanguage());
    const Product &p = m_details->product;
    m_name->setText(texts.pick(p.name).toHtmlEscaped());
    QString meta = tr("Model number %1").arg(p.model);
    if (m_details->category)
        meta += QStringLiteral(" · ") + texts.pick(m_details->category->name);
    m_meta->setText(meta);
    m_overview->setHtml(OverviewHtml(texts).build(*m_details));
    updatePicture();
}

void ProductPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
