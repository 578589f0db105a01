#include "refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace tfp::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (m_view->isVisible())
        run();
    else
        m_stale = true;
}

void RefreshWhenShown::run()
{
    m_stale = false;
    m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Before the view's own showEvent: it lays out and paints what is current.
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        run();
    return QObject::eventFilter(watched, event);
}

} // namespace tfp::ui
