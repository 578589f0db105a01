// GUI tests: a modal dialog runs its own event loop, so a test looks at it from a timer once it is up.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace tfp::test {

// Once a modal dialog of type Dialog is the active one, hands it to look (which should close it, and may
// expect the next dialog with another whenModal first).
template <class Dialog> void whenModal(std::function<void(Dialog *)> look)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, look] {
        if (auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            look(d);
        }
    });
    timer->start();
}

// The message box's button with this text (its mnemonic's & left out); nullptr when there is none.
inline QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

} // namespace tfp::test
