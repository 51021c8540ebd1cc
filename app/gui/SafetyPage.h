#pragma once

#include <QWidget>

class QLabel;

// What to do right now when a battery is hot, swollen, smoking or smells: one click from every page.
class SafetyPage : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QList<QLabel *> m_texts;
};
