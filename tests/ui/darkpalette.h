// The dark palette of the contrast and layout tests: what a dark desktop theme gives (the screenshots' dark
// look), with the light palette's Link.
#pragma once

#include <QColor>
#include <QPalette>
#include <utility>

namespace tfp::test {

inline QPalette darkPalette(QPalette p)
{
    for (auto [role, c] : {std::pair{QPalette::Window, 0x2b2b2b},
                           {QPalette::WindowText, 0xe8e8e8},
                           {QPalette::Base, 0x1e1e1e},
                           {QPalette::AlternateBase, 0x2f2f2f},
                           {QPalette::Text, 0xe8e8e8},
                           {QPalette::Button, 0x353535},
                           {QPalette::ButtonText, 0xe8e8e8},
                           {QPalette::ToolTipBase, 0x353535},
                           {QPalette::ToolTipText, 0xe8e8e8},
                           {QPalette::Highlight, 0x3d7ac6},
                           {QPalette::HighlightedText, 0xffffff},
                           {QPalette::PlaceholderText, 0x9a9a9a}})
        p.setColor(role, QColor(QRgb(c)));
    return p;
}

} // namespace tfp::test
