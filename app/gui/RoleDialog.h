#pragma once

#include "AppSettings.h"

#include <QDialog>

class QButtonGroup;

// Asked once, at first start: who uses Recall Lookup on this computer. Changeable later in the View menu.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoleDialog(QWidget *parent = nullptr);
    AppSettings::Role role() const;

private:
    QButtonGroup *m_choices;
};
