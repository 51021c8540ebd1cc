#include "SwatchPicker.h"

#include "Illustrations.h"
#include "VariantsModel.h"

#include <QAbstractItemModel>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

SwatchPicker::SwatchPicker(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this)), m_layout(new QHBoxLayout(this))
{
    m_group->setExclusive(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, &SwatchPicker::selected);
}

void SwatchPicker::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(m_model, &QAbstractItemModel::modelReset, this, &SwatchPicker::rebuild);
    rebuild();
}

int SwatchPicker::current() const
{
    return m_group->checkedId();
}

void SwatchPicker::select(int row)
{
    if (QAbstractButton *b = m_group->button(row)) {
        b->setChecked(true);
        emit selected(row);
    }
}

void SwatchPicker::rebuild()
{
    const int previous = current();
    // Deleted now, not later: a rebuild on a language change must not leave the old buttons in the layout.
    for (QAbstractButton *b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool covered = index.data(VariantsModel::CoveredRole).toBool();
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(QIcon(Illustrations::swatch(index.data(VariantsModel::SwatchRole).value<QColor>(), 32,
                                                    devicePixelRatioF())));
        button->setIconSize(QSize(32, 32));
        const QString code = index.data(VariantsModel::CodeRole).toString();
        const QString jan = index.data(VariantsModel::JanRole).toString();
        const QString mark = covered ? tr("Covered") : tr("Not covered");
        button->setText(index.data(Qt::DisplayRole).toString() + u'\n' + (code.isEmpty() ? tr("code unknown") : code) + u'\n'
                        + mark);
        button->setToolTip(tr("Colour: %1\nVariant code: %2\nJAN: %3\n%4")
                               .arg(index.data(Qt::DisplayRole).toString(), code.isEmpty() ? tr("not given in the sources") : code,
                                    jan.isEmpty() ? tr("not given in the sources") : jan, mark));
        button->setAccessibleName(tr("%1, %2").arg(index.data(Qt::DisplayRole).toString(), mark));
        button->setProperty("covered", covered);
        button->setObjectName(QStringLiteral("swatch"));
        m_group->addButton(button, row);
        m_layout->insertWidget(row, button);
    }
    if (QAbstractButton *b = m_group->button(previous >= 0 ? previous : 0))
        b->setChecked(true);
}

void SwatchPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int row = current();
        rebuild();
        if (QAbstractButton *b = m_group->button(row))
            b->setChecked(true);
    }
    QWidget::changeEvent(event);
}
