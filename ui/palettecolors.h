// Colours the app sets itself (signal text, muted text, links, tints), taken from the application palette or
// checked against it, so that they keep WCAG AA's 4.5 : 1 in light, dark and high-contrast palettes.
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace tfp::ui {

// What a text says by its colour: refused (red), a warning (brown), secondary or missing (grey).
enum class Signal
{
    None, // the palette's own text colour
    Error,
    Warning,
    Muted
};

// The WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// A translucent colour as it shows painted over background.
QColor composited(const QColor &c, const QColor &background);
// text, moved toward white on a dark background or toward black on a light one just far enough to reach
// 4.5 : 1 against background; unchanged where it reads already.
QColor readableOn(const QColor &text, const QColor &background);
// readableOn the application palette's Base (the background of item views and line edits).
QColor readableOnBase(const QColor &text);
// The signal's colour as text on the application palette's role (Base for cells and line edits, Window for
// labels).
QColor signalColor(Signal s, QPalette::ColorRole background = QPalette::Base);
// The link colour of the application palette, readable on its Base.
QColor linkColor();
// The faint tint of a cell without a value (a criterion not scored): Base a little toward Text.
QColor mutedBackground();
// Shows a label's text (WindowText) or a line edit's (Text) in the signal's colour, and again after the
// application palette changed; Signal::None gives it back the palette's own colour.
void setSignalText(QWidget *w, Signal s);
// The signal last set with setSignalText (Signal::None if none).
Signal signalOf(const QWidget *w);

} // namespace tfp::ui
