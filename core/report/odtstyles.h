// The fixed parts of the Arbeitsplan's ODT (odtdocument.cpp): styles.xml with the paragraph styles, the
// portrait and landscape pages with running header and footer, and meta.xml.
#pragma once

#include "pdfdocument.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace tfp::report::odt {

// Starts an XML part of ODF 1.2 with its root element (e.g. "office:document-content") and the namespaces.
void startDocument(QXmlStreamWriter &w, const QString &root);
void writeNamespaces(QXmlStreamWriter &w);
void writeFontFaces(QXmlStreamWriter &w);

QString paragraphStyleName(Style style);
// "Heading_20_2", or its child style for a heading the contents leave out.
QString headingStyle(int level, bool inContents);
// The paragraph style in a table cell.
QString cellStyle(bool header, bool bold, bool compact);

// The fixed automatic styles of content.xml: table rows, cells and the figures' frames.
void writeTableStyles(QXmlStreamWriter &w);
// A length in layout units as ODF writes it ("12.70mm").
QString length(double layoutUnits);

QByteArray styles(const DocumentInfo &info, const QString &language);
QByteArray meta(const DocumentInfo &info, const QString &language);

} // namespace tfp::report::odt
