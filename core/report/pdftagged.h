// The Arbeitsplan's PDF as an accessible, tagged file: the laid-out pages drawn with cairo inside structure
// tags (sections, headings, paragraphs, tables, figures, the linked contents) with bookmarks, then finished
// with qpdf for what cairo 1.16 cannot write (/Lang, /Alt, artifacts, the PDF/UA identification).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tfp::report {

class PdfDocument;

namespace tagged {

// The document as a tagged PDF; nothing when progress(page, pages) returned false. Throws tfp::Error (without
// a file name) when cairo fails.
std::optional<QByteArray> write(const PdfDocument &doc, const std::function<bool(int, int)> &progress);

// What the finishing step adds to cairo's file.
struct Finish
{
    QString language;      // /Lang, e.g. de-DE
    QStringList figureAlt; // the /Alt of each Figure element, in reading order
    QStringList linkText;  // the /Contents of each link annotation, in reading order
    QByteArray xmp;        // the metadata stream
    QString producer;
};
// Adds /Lang, /MarkInfo, DisplayDocTitle, the XMP metadata, figures' /Alt, TH scopes and link descriptions,
// and turns the elements tagged "Private" (running header and footer, rules, fills, repeated table headers)
// into artifacts. Throws tfp::Error when qpdf cannot read or write the file.
QByteArray finish(const QByteArray &pdf, const Finish &f);

} // namespace tagged
} // namespace tfp::report
