#pragma once

#include <QDate>
#include <QDialog>

// Version, data "as of" date, and the licences of the libraries Recall Lookup uses.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QDate &dataAsOf, QWidget *parent = nullptr);
};
