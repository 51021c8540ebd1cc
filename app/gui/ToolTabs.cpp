#include "ToolTabs.h"

#include <QEvent>
#include <QTabBar>

ToolTabs::ToolTabs(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    setObjectName(QStringLiteral("tools"));
}

int ToolTabs::indexOf(Tool tool) const
{
    return m_pages[tool] ? QTabWidget::indexOf(m_pages[tool]) : -1;
}

void ToolTabs::setTool(Tool tool, QWidget *page)
{
    m_pages[tool] = page;
    addTab(page, QString());
    setRole(m_role);
    retranslate();
}

bool ToolTabs::isShown(Tool tool) const
{
    const int index = indexOf(tool);
    return index >= 0 && isTabVisible(index);
}

ToolTabs::Tool ToolTabs::currentTool() const
{
    for (int tool = Lookup; tool <= Cases; ++tool) {
        if (m_pages[tool] && m_pages[tool] == currentWidget())
            return Tool(tool);
    }
    return Lookup;
}

void ToolTabs::showTool(Tool tool)
{
    if (isShown(tool))
        setCurrentIndex(indexOf(tool));
}

void ToolTabs::setRole(AppSettings::Role role)
{
    m_role = role;
    const bool desk = role == AppSettings::Role::ServiceDesk;
    const bool phone = role == AppSettings::Role::CallCentre;
    const bool visible[] = {true, desk, phone, desk || phone};
    int shown = 0;
    for (int tool = Lookup; tool <= Cases; ++tool) {
        const int index = indexOf(Tool(tool));
        if (index < 0)
            continue;
        setTabVisible(index, visible[tool]);
        shown += visible[tool];
    }
    if (!isTabVisible(currentIndex()))
        setCurrentIndex(indexOf(Lookup));
    tabBar()->setVisible(shown > 1);
}

void ToolTabs::retranslate()
{
    const QString names[] = {tr("Look up"), tr("Batch check"), tr("Phone script"), tr("Case log")};
    for (int tool = Lookup; tool <= Cases; ++tool) {
        const int index = indexOf(Tool(tool));
        if (index >= 0)
            setTabText(index, names[tool] + QStringLiteral("  (Ctrl+%1)").arg(tool + 1));
    }
}

void ToolTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}
