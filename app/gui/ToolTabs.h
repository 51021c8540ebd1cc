#pragma once

#include "AppSettings.h"

#include <QTabWidget>

// The window's tabs by role: "Look up" for everyone; the service desk's batch check and the call
// centre's phone script, plus the case log for both. The tab bar hides when only one tab is shown.
class ToolTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum Tool { Lookup, Batch, Script, Cases };

    explicit ToolTabs(QWidget *parent = nullptr);

    void setTool(Tool tool, QWidget *page);
    void setRole(AppSettings::Role role);
    AppSettings::Role role() const { return m_role; }
    bool isShown(Tool tool) const;
    Tool currentTool() const;
    void showTool(Tool tool);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int indexOf(Tool tool) const;

    AppSettings::Role m_role = AppSettings::Role::Consumer;
    QWidget *m_pages[4] = {};
};
