#include "palettecolors.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QVariant>
#include <QWidget>
#include <cmath>

namespace tfp::ui {

namespace {

constexpr double kAa = 4.5;
constexpr const char *kSignalProperty = "tfpSignal";

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The design colours, chosen for a white background; readableOn adapts them to any other.
QColor designColor(Signal s)
{
    switch (s) {
    case Signal::Error:
        return QColor(0xa6, 0x1b, 0x1b);
    case Signal::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Signal::Muted:
        return QColor(0x6e, 0x6e, 0x6e);
    case Signal::None:
        break;
    }
    return {};
}

QPalette::ColorRole textRole(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) ? QPalette::Text : QPalette::WindowText;
}

QPalette::ColorRole backgroundRole(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) ? QPalette::Base : QPalette::Window;
}

void applySignal(QWidget *w, Signal s)
{
    QPalette p = w->palette();
    const QPalette::ColorRole role = textRole(w);
    const QColor ink =
        s == Signal::None ? QGuiApplication::palette().color(role) : signalColor(s, backgroundRole(w));
    if (p.color(QPalette::Active, role) == ink && p.color(QPalette::Inactive, role) == ink)
        return; // nothing to change (and no PaletteChange that would bring us back here)
    for (auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, role, ink);
    w->setPalette(p);
}

// Sets the signal's colour again when the application palette changes (a switch to a dark theme): a widget
// with a palette of its own hears of it as a PaletteChange, when its other roles follow the new palette.
class SignalFollower : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::ApplicationPaletteChange || e->type() == QEvent::PaletteChange)
            if (auto *w = qobject_cast<QWidget *>(o))
                applySignal(w, signalOf(w));
        return false;
    }
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor composited(const QColor &c, const QColor &background)
{
    return c.alpha() == 255 ? c : mix(background, c, c.alphaF());
}

QColor readableOn(const QColor &text, const QColor &background)
{
    if (contrastRatio(text, background) >= kAa)
        return text;
    // Toward whichever of white and black stands out more from the background.
    const QColor target =
        contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background) ? Qt::white : Qt::black;
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(text, target, step / 20.0);
        if (contrastRatio(c, background) >= kAa)
            return c;
    }
    return target;
}

QColor readableOnBase(const QColor &text)
{
    return readableOn(text, QGuiApplication::palette().color(QPalette::Base));
}

QColor signalColor(Signal s, QPalette::ColorRole background)
{
    const QPalette p = QGuiApplication::palette();
    if (s == Signal::None)
        return p.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    // Muted text also stands on the muted tint of unscored cells: checked against that, it reads on Base too.
    const QColor under =
        s == Signal::Muted && background == QPalette::Base ? mutedBackground() : p.color(background);
    return readableOn(designColor(s), under);
}

QColor linkColor()
{
    return readableOnBase(QGuiApplication::palette().color(QPalette::Link));
}

QColor mutedBackground()
{
    const QPalette p = QGuiApplication::palette();
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.06);
}

void setSignalText(QWidget *w, Signal s)
{
    if (!w->property(kSignalProperty).isValid())
        w->installEventFilter(new SignalFollower(w));
    w->setProperty(kSignalProperty, int(s));
    applySignal(w, s);
}

Signal signalOf(const QWidget *w)
{
    return Signal(w->property(kSignalProperty).toInt());
}

} // namespace tfp::ui
