#include "RoleDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

RoleDialog::RoleDialog(QWidget *parent) : QDialog(parent), m_choices(new QButtonGroup(this))
{
    setWindowTitle(tr("Welcome to Recall Lookup"));
    auto *question = new QLabel(tr("Who will use Recall Lookup on this computer? You can change this later in the "
                                   "View menu."),
                                this);
    question->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    const std::pair<AppSettings::Role, QString> roles[] = {
        {AppSettings::Role::Consumer, tr("I want to check my own products")},
        {AppSettings::Role::ServiceDesk, tr("A shop's service desk (batch checks, handouts, case log)")},
        {AppSettings::Role::CallCentre, tr("A call centre (phone script, case log)")},
    };
    for (const auto &[role, text] : roles) {
        auto *choice = new QRadioButton(text, this);
        m_choices->addButton(choice, int(role));
        layout->addWidget(choice);
    }
    m_choices->button(int(AppSettings::Role::Consumer))->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

AppSettings::Role RoleDialog::role() const
{
    return AppSettings::Role(m_choices->checkedId());
}
