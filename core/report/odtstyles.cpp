#include "odtstyles.h"

#include "tr.h"

#include "odtdocument.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <functional>
#include <tuple>

namespace tfp::report::odt {

using namespace layout;

namespace {

struct StyleDef
{
    QString name;
    QString display; // empty: the name's own (a style every word processor knows, translated by it)
    QString parent;
    double points = 0; // 0: the parent's
    bool bold = false;
    bool muted = false;
};

void style(QXmlStreamWriter &w, const StyleDef &d, const std::function<void()> &paragraphProperties = {},
           int outlineLevel = 0)
{
    w.writeStartElement(u"style:style"_qs);
    w.writeAttribute(u"style:name"_qs, d.name);
    if (!d.display.isEmpty())
        w.writeAttribute(u"style:display-name"_qs, d.display);
    w.writeAttribute(u"style:family"_qs, u"paragraph"_qs);
    if (!d.parent.isEmpty())
        w.writeAttribute(u"style:parent-style-name"_qs, d.parent);
    if (outlineLevel > 0)
        w.writeAttribute(u"style:default-outline-level"_qs, QString::number(outlineLevel));
    if (paragraphProperties) {
        w.writeStartElement(u"style:paragraph-properties"_qs);
        paragraphProperties();
        w.writeEndElement();
    }
    if (d.points > 0 || d.bold || d.muted) {
        w.writeEmptyElement(u"style:text-properties"_qs);
        if (d.points > 0)
            w.writeAttribute(u"fo:font-size"_qs, QString::number(d.points) + u"pt"_qs);
        if (d.bold) {
            w.writeAttribute(u"fo:font-weight"_qs, u"bold"_qs);
            w.writeAttribute(u"style:font-weight-complex"_qs, u"bold"_qs);
        }
        if (d.muted)
            w.writeAttribute(u"fo:color"_qs, kMuted.name());
    }
    w.writeEndElement();
}

void rightTab(QXmlStreamWriter &w, double position, const QString &leader = {})
{
    w.writeStartElement(u"style:tab-stops"_qs);
    w.writeEmptyElement(u"style:tab-stop"_qs);
    w.writeAttribute(u"style:position"_qs, length(position));
    w.writeAttribute(u"style:type"_qs, u"right"_qs);
    if (!leader.isEmpty()) {
        w.writeAttribute(u"style:leader-style"_qs, u"dotted"_qs);
        w.writeAttribute(u"style:leader-text"_qs, leader);
    }
    w.writeEndElement();
}

void margins(QXmlStreamWriter &w, const QString &top, const QString &bottom)
{
    w.writeAttribute(u"fo:margin-top"_qs, top);
    w.writeAttribute(u"fo:margin-bottom"_qs, bottom);
}

void paragraphStyles(QXmlStreamWriter &w)
{
    const QString body = u"Text_20_body"_qs;
    style(w, {u"Standard"_qs, {}, {}, 9});
    style(w, {body, u"Text body"_qs, u"Standard"_qs}, [&] { margins(w, u"0mm"_qs, u"1.4mm"_qs); });
    style(w, {u"Heading"_qs, {}, u"Standard"_qs}, [&] {
        margins(w, u"4mm"_qs, u"2mm"_qs);
        w.writeAttribute(u"fo:keep-with-next"_qs, u"always"_qs);
    });
    const double headingPoints[] = {15, 11.5, 9.5};
    for (int level = 1; level <= 3; ++level) {
        style(
            w,
            {headingStyle(level, true), u"Heading %1"_qs.arg(level), u"Heading"_qs, headingPoints[level - 1],
             true},
            [&] {
                if (level == 1)
                    w.writeAttribute(u"fo:break-before"_qs, u"page"_qs); // as in the PDF
            },
            level);
        style(w,
              {headingStyle(level, false), Tr::tr("Überschrift %1 (nicht im Inhalt)").arg(level),
               headingStyle(level, true)},
              {}, level);
    }
    style(w, {u"Title"_qs, {}, u"Standard"_qs, 22, true}, [&] { margins(w, u"30mm"_qs, u"4mm"_qs); });
    style(w, {u"Subtitle"_qs, {}, u"Standard"_qs, 13}, [&] { margins(w, u"0mm"_qs, u"2mm"_qs); });
    style(w, {paragraphStyleName(Style::Small), Tr::tr("Text klein"), body, 7.5, false, true});
    style(w, {paragraphStyleName(Style::SmallBold), Tr::tr("Text klein fett"), body, 7.5, true, true});
    style(w, {paragraphStyleName(Style::Bold), Tr::tr("Text fett"), body, 0, true});
    for (int level = 1; level <= 3; ++level)
        style(w, {paragraphStyleName(Style(int(Style::Heading1) + level - 1)),
                  Tr::tr("Zwischentitel %1").arg(level), body, headingPoints[level - 1], true});
    style(w, {u"Table_20_Contents"_qs, u"Table Contents"_qs, u"Standard"_qs});
    style(w, {u"Table_20_Heading"_qs, u"Table Heading"_qs, u"Table_20_Contents"_qs, 0, true});
    style(w,
          {cellStyle(false, true, false), Tr::tr("Tabelleninhalt fett"), u"Table_20_Contents"_qs, 0, true});
    style(w, {cellStyle(false, false, true), Tr::tr("Tabelleninhalt klein"), u"Table_20_Contents"_qs, 7.5});
    style(w, {cellStyle(false, true, true), Tr::tr("Tabelleninhalt klein fett"),
              cellStyle(false, false, true), 0, true});
    style(w,
          {cellStyle(true, false, true), Tr::tr("Tabellenüberschrift klein"), u"Table_20_Heading"_qs, 7.5});
    style(w, {u"Tfp_20_Abbildung"_qs, Tr::tr("Abbildung"), u"Standard"_qs},
          [&] { margins(w, u"1mm"_qs, u"3mm"_qs); });
    const double portrait = PdfDocument::contentSize(QPageLayout::Portrait).width();
    style(w, {u"Contents_20_Heading"_qs, u"Contents Heading"_qs, u"Heading"_qs, 15, true}, [&] {
        w.writeAttribute(u"fo:break-before"_qs, u"page"_qs); // a page of its own, as in the PDF
    });
    for (int level = 1; level <= 3; ++level)
        style(w,
              {u"Contents_20_%1"_qs.arg(level), u"Contents %1"_qs.arg(level), u"Standard"_qs, 0, level == 1},
              [&] {
                  w.writeAttribute(u"fo:margin-left"_qs, length(pt(14) * (level - 1)));
                  margins(w, level == 1 ? u"1.5mm"_qs : u"0mm"_qs, u"0.5mm"_qs);
                  rightTab(w, portrait - pt(14) * (level - 1), u"."_qs);
              });
    for (const auto &[name, display, width] :
         {std::tuple{u"Header"_qs, u"Header"_qs, portrait}, std::tuple{u"Footer"_qs, u"Footer"_qs, portrait},
          std::tuple{u"Tfp_20_Kopfzeile_20_quer"_qs, Tr::tr("Kopfzeile quer"),
                     PdfDocument::contentSize(QPageLayout::Landscape).width()},
          std::tuple{u"Tfp_20_Fusszeile_20_quer"_qs, Tr::tr("Fußzeile quer"),
                     PdfDocument::contentSize(QPageLayout::Landscape).width()}})
        style(w, {name, display, u"Standard"_qs, 7.5, false, true}, [&w, tab = width] { rightTab(w, tab); });
}

void outlineStyle(QXmlStreamWriter &w)
{
    w.writeStartElement(u"text:outline-style"_qs);
    w.writeAttribute(u"style:name"_qs, u"Outline"_qs);
    for (int level = 1; level <= 10; ++level) {
        w.writeStartElement(u"text:outline-level-style"_qs);
        w.writeAttribute(u"text:level"_qs, QString::number(level));
        w.writeAttribute(u"style:num-format"_qs, QString()); // the headings carry their numbers as text
        w.writeEndElement();
    }
    w.writeEndElement();
}

void pageLayout(QXmlStreamWriter &w, const QString &name, QPageLayout::Orientation o)
{
    const bool landscape = o == QPageLayout::Landscape;
    w.writeStartElement(u"style:page-layout"_qs);
    w.writeAttribute(u"style:name"_qs, name);
    w.writeEmptyElement(u"style:page-layout-properties"_qs);
    w.writeAttribute(u"fo:page-width"_qs, landscape ? u"297mm"_qs : u"210mm"_qs);
    w.writeAttribute(u"fo:page-height"_qs, landscape ? u"210mm"_qs : u"297mm"_qs);
    w.writeAttribute(u"style:print-orientation"_qs, landscape ? u"landscape"_qs : u"portrait"_qs);
    // The body gets at least the PDF's content area, so that a figure sized for that page fits.
    w.writeAttribute(u"fo:margin-left"_qs, length(kMarginX));
    w.writeAttribute(u"fo:margin-right"_qs, length(kMarginX));
    w.writeAttribute(u"fo:margin-top"_qs, length(kHeaderTop));
    w.writeAttribute(u"fo:margin-bottom"_qs, u"8mm"_qs);
    for (const QString &part : {u"style:header-style"_qs, u"style:footer-style"_qs}) {
        const bool header = part == u"style:header-style"_qs;
        w.writeStartElement(part);
        w.writeEmptyElement(u"style:header-footer-properties"_qs);
        w.writeAttribute(u"fo:min-height"_qs, u"0mm"_qs);
        w.writeAttribute(header ? u"fo:margin-bottom"_qs : u"fo:margin-top"_qs, u"5mm"_qs);
        w.writeAttribute(header ? u"fo:border-bottom"_qs : u"fo:border-top"_qs,
                         u"0.5pt solid "_qs + kRule.name());
        w.writeEndElement();
    }
    w.writeEndElement();
}

// One line with a left and a right part at the right tab stop; "%1"/"%2" in right become page number and
// count fields.
void headerLine(QXmlStreamWriter &w, const QString &style, const QString &left, const QString &right,
                bool fields)
{
    w.writeStartElement(u"text:p"_qs);
    w.writeAttribute(u"text:style-name"_qs, style);
    w.writeCharacters(odtText(left));
    w.writeEmptyElement(u"text:tab"_qs);
    if (!fields) {
        w.writeCharacters(odtText(right));
    } else {
        // "Seite %1 von %2" in the PDF's wording, the numbers as fields that the word processor counts.
        const QString pattern = right;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = pattern.indexOf(u'%', from);
            if (at < 0 || at + 1 >= pattern.size()) {
                w.writeCharacters(pattern.mid(from));
                break;
            }
            w.writeCharacters(pattern.mid(from, at - from));
            const QChar n = pattern[at + 1];
            if (n == u'1' || n == u'2') {
                w.writeStartElement(n == u'1' ? u"text:page-number"_qs : u"text:page-count"_qs);
                if (n == u'1')
                    w.writeAttribute(u"text:select-page"_qs, u"current"_qs);
                w.writeCharacters(u"1"_qs);
                w.writeEndElement();
            } else {
                w.writeCharacters(pattern.mid(at, 2));
            }
            from = at + 2;
        }
    }
    w.writeEndElement();
}

void masterPage(QXmlStreamWriter &w, const QString &name, const QString &layout, const DocumentInfo &info,
                bool landscape, bool withHeader, const QString &next = {})
{
    w.writeStartElement(u"style:master-page"_qs);
    w.writeAttribute(u"style:name"_qs, name);
    w.writeAttribute(u"style:page-layout-name"_qs, layout);
    if (!next.isEmpty())
        w.writeAttribute(u"style:next-style-name"_qs, next);
    if (withHeader) {
        w.writeStartElement(u"style:header"_qs);
        headerLine(w, landscape ? u"Tfp_20_Kopfzeile_20_quer"_qs : u"Header"_qs, info.headerLeft,
                   info.headerRight, false);
        w.writeEndElement();
    }
    w.writeStartElement(u"style:footer"_qs);
    headerLine(w, landscape ? u"Tfp_20_Fusszeile_20_quer"_qs : u"Footer"_qs, info.title,
               Tr::tr("Seite %1 von %2"), true);
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

void startDocument(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartDocument();
    w.writeStartElement(root);
    writeNamespaces(w);
    w.writeAttribute(u"office:version"_qs, u"1.2"_qs);
}

void writeNamespaces(QXmlStreamWriter &w)
{
    for (const auto &[prefix, uri] : {
             std::pair{"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
             std::pair{"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
             std::pair{"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
             std::pair{"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
             std::pair{"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
             std::pair{"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
             std::pair{"xlink", "http://www.w3.org/1999/xlink"},
             std::pair{"dc", "http://purl.org/dc/elements/1.1/"},
             std::pair{"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
             std::pair{"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
         })
        w.writeAttribute(u"xmlns:"_qs + QLatin1StringView(prefix), QLatin1StringView(uri));
}

void writeFontFaces(QXmlStreamWriter &w)
{
    w.writeStartElement(u"office:font-face-decls"_qs);
    w.writeEmptyElement(u"style:font-face"_qs);
    w.writeAttribute(u"style:name"_qs, u"DejaVu Sans"_qs);
    w.writeAttribute(u"svg:font-family"_qs, u"'DejaVu Sans'"_qs);
    w.writeAttribute(u"style:font-family-generic"_qs, u"swiss"_qs);
    w.writeAttribute(u"style:font-pitch"_qs, u"variable"_qs);
    w.writeEndElement();
}

QString paragraphStyleName(Style style)
{
    switch (style) {
    case Style::Body:
        return u"Text_20_body"_qs;
    case Style::Small:
        return u"Tfp_20_Klein"_qs;
    case Style::SmallBold:
        return u"Tfp_20_Klein_20_fett"_qs;
    case Style::Bold:
        return u"Tfp_20_Fett"_qs;
    case Style::Title:
        return u"Title"_qs;
    case Style::Subtitle:
        return u"Subtitle"_qs;
    case Style::Heading1:
        return u"Tfp_20_Zwischentitel_20_1"_qs;
    case Style::Heading2:
        return u"Tfp_20_Zwischentitel_20_2"_qs;
    case Style::Heading3:
        return u"Tfp_20_Zwischentitel_20_3"_qs;
    }
    return u"Text_20_body"_qs;
}

QString length(double layoutUnits)
{
    return QString::number(layoutUnits / kDpi * 25.4, 'f', 2) + u"mm"_qs;
}

QString headingStyle(int level, bool inContents)
{
    return (inContents ? u"Heading_20_%1"_qs : u"Tfp_20_Heading_20_%1_20_ohne_20_Inhalt"_qs).arg(level);
}

QString cellStyle(bool header, bool bold, bool compact)
{
    if (header)
        return compact ? u"Tfp_20_Tabellenkopf_20_klein"_qs : u"Table_20_Heading"_qs;
    if (compact)
        return bold ? u"Tfp_20_Tabelle_20_klein_20_fett"_qs : u"Tfp_20_Tabelle_20_klein"_qs;
    return bold ? u"Tfp_20_Tabelle_20_fett"_qs : u"Table_20_Contents"_qs;
}

void writeTableStyles(QXmlStreamWriter &w)
{
    w.writeStartElement(u"style:style"_qs);
    w.writeAttribute(u"style:name"_qs, u"Zeile"_qs);
    w.writeAttribute(u"style:family"_qs, u"table-row"_qs);
    // A row is never split over two pages, as in the PDF.
    w.writeEmptyElement(u"style:table-row-properties"_qs);
    w.writeAttribute(u"fo:keep-together"_qs, u"always"_qs);
    w.writeEndElement();
    for (const bool header : {false, true}) {
        w.writeStartElement(u"style:style"_qs);
        w.writeAttribute(u"style:name"_qs, header ? u"Kopfzelle"_qs : u"Zelle"_qs);
        w.writeAttribute(u"style:family"_qs, u"table-cell"_qs);
        w.writeEmptyElement(u"style:table-cell-properties"_qs);
        w.writeAttribute(u"fo:padding"_qs, u"0.8mm"_qs);
        w.writeAttribute(u"fo:border"_qs, u"none"_qs);
        w.writeAttribute(u"fo:border-bottom"_qs,
                         (header ? u"0.75pt solid "_qs : u"0.3pt solid "_qs) + kRule.name());
        if (header)
            w.writeAttribute(u"fo:background-color"_qs, kHeaderFill.name());
        w.writeEndElement();
    }
    w.writeStartElement(u"style:style"_qs);
    w.writeAttribute(u"style:name"_qs, u"Bild"_qs);
    w.writeAttribute(u"style:family"_qs, u"graphic"_qs);
    w.writeEmptyElement(u"style:graphic-properties"_qs);
    w.writeAttribute(u"style:vertical-pos"_qs, u"top"_qs);
    w.writeAttribute(u"style:vertical-rel"_qs, u"baseline"_qs);
    w.writeAttribute(u"fo:border"_qs, u"none"_qs);
    w.writeEndElement();
}

QByteArray styles(const DocumentInfo &info, const QString &language)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startDocument(w, u"office:document-styles"_qs);
    writeFontFaces(w);
    w.writeStartElement(u"office:styles"_qs);
    w.writeStartElement(u"style:default-style"_qs);
    w.writeAttribute(u"style:family"_qs, u"paragraph"_qs);
    w.writeEmptyElement(u"style:text-properties"_qs);
    w.writeAttribute(u"style:font-name"_qs, u"DejaVu Sans"_qs);
    w.writeAttribute(u"fo:font-size"_qs, u"9pt"_qs);
    w.writeAttribute(u"fo:color"_qs, kText.name());
    w.writeAttribute(u"fo:language"_qs, language.section(u'-', 0, 0));
    w.writeAttribute(u"fo:country"_qs, language.section(u'-', 1, 1));
    w.writeAttribute(u"fo:hyphenate"_qs, u"false"_qs);
    w.writeEndElement();
    paragraphStyles(w);
    outlineStyle(w);
    w.writeEndElement(); // office:styles
    w.writeStartElement(u"office:automatic-styles"_qs);
    pageLayout(w, u"Hochformat"_qs, QPageLayout::Portrait);
    pageLayout(w, u"Querformat"_qs, QPageLayout::Landscape);
    w.writeEndElement();
    w.writeStartElement(u"office:master-styles"_qs);
    masterPage(w, u"Standard"_qs, u"Hochformat"_qs, info, false, true);
    masterPage(w, u"Landscape"_qs, u"Querformat"_qs, info, true, true);
    // The cover carries no running header, as in the PDF.
    masterPage(w, u"First_20_Page"_qs, u"Hochformat"_qs, info, false, false, u"Standard"_qs);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray meta(const DocumentInfo &info, const QString &language)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startDocument(w, u"office:document-meta"_qs);
    w.writeStartElement(u"office:meta"_qs);
    w.writeTextElement(u"meta:generator"_qs, u"Themenfeldplaner/"_qs + QLatin1StringView(TFP_VERSION));
    w.writeTextElement(u"dc:title"_qs, odtText(info.title));
    if (!info.author.isEmpty()) {
        w.writeTextElement(u"meta:initial-creator"_qs, odtText(info.author));
        w.writeTextElement(u"dc:creator"_qs, odtText(info.author));
    }
    const QDateTime created = (info.created.isValid() ? info.created : QDateTime::currentDateTime()).toUTC();
    const QString when = created.toString(Qt::ISODate);
    w.writeTextElement(u"meta:creation-date"_qs, when);
    w.writeTextElement(u"dc:date"_qs, when);
    w.writeTextElement(u"dc:language"_qs, language);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace tfp::report::odt
