// Internal to the report layout: page geometry, colours and text measuring shared by the layout pass
// (pdflayout.cpp) and the painting of pages (pdfdocument.cpp).
#pragma once

#include "pdfdocument.h"

#include <QColor>
#include <QPageLayout>
#include <QSizeF>

class QPaintDevice;

namespace tfp::report::layout {

inline const QColor kText(0x20, 0x20, 0x20);
inline const QColor kMuted(0x5a, 0x5a, 0x5a);
inline const QColor kAccent(0x1f, 0x4e, 0x79);
inline const QColor kHeaderFill(0xe4, 0xea, 0xf1);
inline const QColor kRule(0xb8, 0xbe, 0xc6);

// Page geometry in layout units: margins, and the bands of the running header and footer.
constexpr double kMarginX = mm(18);
constexpr double kContentTop = mm(22);
constexpr double kContentBottom = mm(18); // distance of the content's end from the page's bottom edge
constexpr double kHeaderTop = mm(10);
constexpr double kFooterTop = mm(11); // distance of the footer's top from the page's bottom edge
constexpr double kPadX = pt(3);
constexpr double kPadY = pt(2.2);

inline QSizeF pageSize(QPageLayout::Orientation o)
{
    const QSizeF a4(mm(210), mm(297));
    return o == QPageLayout::Portrait ? a4 : a4.transposed();
}

// Fonts and metrics are taken at kDpi from an image device, so that layout does not depend on a screen.
const QPaintDevice *measureDevice();
double lineHeight(Style s);
// Text as the user typed it, made safe for single-line drawing: line breaks become line separators for the
// wrapping, tabs spaces, and other control characters go.
QString plainText(const QString &text);

} // namespace tfp::report::layout
