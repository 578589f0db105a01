// The zip container of an OpenDocument file (ODF 1.2, part 3): the "mimetype" entry first and stored
// uncompressed, so that a file manager and LibreOffice know the type from the first bytes, then the parts,
// and META-INF/manifest.xml listing every part with its media type. Shared by the ODS and ODT export.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace tfp::exchange::odf {

struct Part
{
    QString path;      // inside the package, e.g. "content.xml" or "Pictures/chart1.png"
    QString mediaType; // e.g. "text/xml" or "image/png"
    QByteArray bytes;
    // When set, writes the part itself, straight into the package as it goes, instead of bytes: for a part
    // that is large (a spreadsheet's content.xml is some 100 MB for the whole programme) and would otherwise
    // be held in memory whole beside the packed file. A write error of the device is the package's error.
    std::function<void(QIODevice &)> write = {};
};

// The whole package in memory, ready for fileio::writeAtomically. mimetype is the document's media type,
// e.g. "application/vnd.oasis.opendocument.spreadsheet". Throws tfp::Error when zlib fails (out of memory).
QByteArray package(const QString &mimetype, const QList<Part> &parts);

} // namespace tfp::exchange::odf
