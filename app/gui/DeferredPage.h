#pragma once

#include <QShowEvent>
#include <QVBoxLayout>
#include <QWidget>
#include <functional>

// Holds the place of a page in a stack or a tab and builds the page the first time it is shown or asked for.
// Start-up pays only for what the first window shows: a page a person never opens is never built, and a
// page not yet built costs the window's layout nothing (stacks ask every page for its height, shown or not).
template <typename Page> class DeferredPage : public QWidget
{
public:
    // `build` makes the page as a child of the widget it is given, so it is born into the window's style.
    explicit DeferredPage(std::function<Page *(QWidget *parent)> build, QWidget *parent = nullptr)
        : QWidget(parent), m_build(std::move(build))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }

    bool isBuilt() const { return m_page != nullptr; }

    Page *page()
    {
        if (!m_page) {
            m_page = m_build(this);
            layout()->addWidget(m_page);
            // A child added to a widget already shown is not shown by itself.
            m_page->show();
        }
        return m_page;
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        page();
        QWidget::showEvent(event);
    }

private:
    std::function<Page *(QWidget *parent)> m_build;
    Page *m_page = nullptr;
};
