#pragma once

#include <QWidget>

class QAbstractItemModel;
class QButtonGroup;
class QHBoxLayout;

// One button per colour variant: the swatch, the colour's name, its code and JAN, and "covered" or
// "not covered" in words. Choosing one tells the product page which unit the person holds.
class SwatchPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SwatchPicker(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    int current() const;
    void select(int row);

signals:
    void selected(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QAbstractItemModel *m_model = nullptr;
    QButtonGroup *m_group;
    QHBoxLayout *m_layout;
};
