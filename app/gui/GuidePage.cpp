#include "GuidePage.h"

#include "GuideStepsModel.h"
#include "QrCode.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace recall;

GuidePage::GuidePage(AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_model(new GuideStepsModel(settings, this)), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_steps(new QVBoxLayout), m_qr(new QLabel(this)), m_qrCaption(new QLabel(this)), m_open(new QPushButton(this)),
      m_contact(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    for (QLabel *l : {m_title, m_intro, m_qrCaption, m_contact}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_qrCaption->setAlignment(Qt::AlignHCenter);
    m_qr->setAlignment(Qt::AlignHCenter);
    m_open->setIcon(QIcon(QStringLiteral(":/icons/ui/open_link.svg")));
    m_open->setObjectName(QStringLiteral("primary"));
    m_steps->setSpacing(10);

    auto *side = new QVBoxLayout;
    side->addWidget(m_open);
    side->addWidget(m_qr);
    side->addWidget(m_qrCaption);
    side->addWidget(m_contact);
    side->addStretch();
    auto *main = new QVBoxLayout;
    main->addWidget(m_title);
    main->addWidget(m_intro);
    main->addLayout(m_steps);
    main->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 3);
    layout->addSpacing(16);
    layout->addLayout(side, 1);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Campaign *c = guideCampaign(); c && !c->officialUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(c->officialUrl));
    });
    retranslate();
}

const Campaign *GuidePage::guideCampaign() const
{
    if (!m_details)
        return nullptr;
    for (const ProductCampaign &pc : m_details->campaigns) {
        if (!pc.campaign.steps.empty())
            return &pc.campaign;
    }
    return m_details->campaigns.empty() ? nullptr : &m_details->campaigns.front().campaign;
}

void GuidePage::setProduct(const ProductDetails *details)
{
    m_details = details;
    m_model->setSteps(details ? details->product.model : QString(), guideCampaign());
    retranslate();
}

void GuidePage::rebuildSteps()
{
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString id = index.data(GuideStepsModel::StepIdRole).toString();
        QString iconPath = QStringLiteral(":/icons/steps/%1.svg").arg(id);
        if (!QFile::exists(iconPath))
            iconPath = QStringLiteral(":/icons/steps/generic.svg");
        auto *icon = new QLabel;
        icon->setPixmap(QIcon(iconPath).pixmap(40, 40));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(QStringLiteral("<b>%1.</b> %2").arg(row + 1).arg(index.data().toString().toHtmlEscaped()));
        text->setWordWrap(true);
        auto *done = new QCheckBox(tr("Done"));
        done->setChecked(index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
        done->setAccessibleName(tr("Step %1 done").arg(row + 1));
        connect(done, &QCheckBox::toggled, m_model, [this, row](bool on) {
            m_model->setData(m_model->index(row, 0), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        });
        auto *line = new QHBoxLayout;
        line->addWidget(icon, 0, Qt::AlignTop);
        line->addWidget(text, 1);
        line->addWidget(done, 0, Qt::AlignTop);
        m_steps->addLayout(line);
    }
}

void GuidePage::retranslate()
{
    const Campaign *c = guideCampaign();
    const Texts texts(uiLanguage());
    m_title->setText(tr("How the free exchange works"));
    m_intro->setText(c && c->steps.empty() ? tr("The sources give no step-by-step process for this recall. Use the "
                                                "official page or phone number, where the data has them.")
                                           : tr("Tick each step when you have done it. Recall Lookup remembers where "
                                                "you are, so you can come back later."));
    const bool hasUrl = c && !c->officialUrl.isEmpty();
    m_open->setText(tr("Open the official page"));
    m_open->setEnabled(hasUrl);
    m_open->setAccessibleName(tr("Open the official page in the web browser"));
    if (hasUrl) {
        m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(c->officialUrl, 4)));
        m_qr->setAccessibleName(tr("QR code of the official page"));
        m_qrCaption->setText(tr("Scan with your phone's camera to open:") + QStringLiteral("<br><a href=\"%1\">%1</a>").arg(c->officialUrl));
    } else {
        m_qr->clear();
        m_qrCaption->setText(tr("The sources give no official page for this recall."));
    }
    QString contact;
    if (c && c->phone)
        contact = tr("Phone: %1").arg(c->phone->number) + QStringLiteral("<br>") + texts.pick(c->phone->hours).toHtmlEscaped();
    else
        contact = tr("The sources give no phone number for this recall.");
    m_contact->setText(contact);
    rebuildSteps();
}

void GuidePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
