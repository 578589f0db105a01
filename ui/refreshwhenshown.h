// Work a view does for what it shows, run only while the view is shown: hidden, a request only notes that the
// view is out of date, and the work runs once when the view is next shown (with the data as it is then).
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace tfp::ui {

class RefreshWhenShown : public QObject
{
    Q_OBJECT
public:
    // Owned by the view (its parent); refresh runs on the view's thread.
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);
    // Runs the refresh now if the view is shown, else when it is next shown.
    void request();
    // Only notes that the view is out of date (a view that debounces runs the refresh itself later).
    void markStale() { m_stale = true; }
    // The refresh runs on its own too (a view that refreshes at once, whether shown or not): no catching up.
    void markCurrent() { m_stale = false; }
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace tfp::ui
