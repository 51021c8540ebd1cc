#pragma once

#include "Catalogue.h"
#include "Texts.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;

// A first window: one search box and the matching products. The full product pages and check flow are
// the GUI issue's work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(recall::Catalogue &catalogue, recall::Language language, QWidget *parent = nullptr);

private:
    void runSearch(const QString &text);

    recall::Catalogue &m_catalogue;
    Texts m_texts;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
};
