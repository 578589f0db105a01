#include "tabdragswitch.h"

#include <QDragMoveEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace tfp::ui {

namespace {

class TabDragSwitcher : public QObject
{
public:
    explicit TabDragSwitcher(QTabWidget *tabs) : QObject(tabs->tabBar()), m_tabs(tabs)
    {
        // Long enough that crossing the tab bar on the way elsewhere does not switch.
        m_timer.setSingleShot(true);
        m_timer.setInterval(300);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_pending >= 0 && m_pending < m_tabs->count())
                m_tabs->setCurrentIndex(m_pending);
        });
        tabs->tabBar()->setAcceptDrops(true);
        tabs->tabBar()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            const int tab = m_tabs->tabBar()->tabAt(drag->position().toPoint());
            if (tab != m_pending) {
                m_pending = tab;
                if (tab >= 0 && tab != m_tabs->currentIndex() && m_tabs->isTabEnabled(tab))
                    m_timer.start();
                else
                    m_timer.stop();
            }
            // Taken so that the moves keep coming; nothing is dropped on the tab bar itself.
            if (event->type() == QEvent::DragEnter)
                drag->accept();
            else
                drag->ignore();
            return true;
        }
        case QEvent::DragLeave:
        case QEvent::Drop:
            m_timer.stop();
            m_pending = -1;
            event->ignore();
            return event->type() == QEvent::Drop;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTabWidget *m_tabs;
    QTimer m_timer;
    int m_pending = -1;
};

} // namespace

void switchTabsWhileDragging(QTabWidget *tabs)
{
    new TabDragSwitcher(tabs);
}

} // namespace tfp::ui
