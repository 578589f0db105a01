// The Arbeitsplan's PDF as an accessible, tagged file: the laid-out pages drawn with cairo inside structure
// tags (sections, headings, paragraphs, tables, figures, the linked contents) with bookmarks, then finished
// with qpdf for what cairo 1.16 cannot write (/Lang, /Alt, artifacts, the PDF/UA-1 and PDF/A-2a
// identification with its sRGB output intent).
#pragma once

#include <QByteArray>
#include <QDateTime>
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
    // The document information and the XMP metadata, written alike from these (PDF/A wants them equal).
    QString title;
    QString author;    // none when empty
    QDateTime created; // also the modification and metadata date
    QString producer;
};
// Adds /Lang, /MarkInfo, DisplayDocTitle, the document information and XMP metadata (claiming PDF/UA-1 and
// PDF/A-2a), the sRGB output intent, figures' /Alt, TH scopes, link descriptions and annotation flags, and
// turns the elements tagged "Private" (running header and footer, rules, fills, repeated table headers)
// into artifacts. Throws tfp::Error when qpdf cannot read or write the file.
QByteArray finish(const QByteArray &pdf, const Finish &f);

} // namespace tagged
} // namespace tfp::report
