#include <catch2/catch.hpp>

#include "exchange/odfpackage.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace tfp::exchange;
using namespace Qt::StringLiterals;

TEST_CASE("An OpenDocument package starts with its stored media type and lists every part in its manifest",
          "[odf]")
{
    const QString type = u"application/vnd.oasis.opendocument.spreadsheet"_s;
    const QByteArray content = QByteArray("<office:document-content>") + QByteArray(5000, 'x') + "</…>";
    const QByteArray zip =
        odf::package(type, {{u"content.xml"_s, u"text/xml"_s, content},
                            {u"Pictures/bild.png"_s, u"image/png"_s, QByteArray("\x89PNG", 4)}});

    // What file(1), shared-mime-info and LibreOffice look at: the first entry, its name at byte 30 and the
    // uncompressed media type right after it (ODF 1.2 part 3, 3.3).
    REQUIRE(zip.startsWith("PK\x03\x04"));
    CHECK(zip.mid(8, 2) == QByteArray(2, '\0')); // stored, not deflated
    CHECK(zip.mid(30, 8) == "mimetype");
    CHECK(zip.mid(38, type.size()) == type.toUtf8());

    // An independent reader (Python's zipfile) finds every part intact and the manifest naming them.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.ods"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(zip);
    f.close();
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s,
                            u"import sys, zipfile\n"
                            "z = zipfile.ZipFile(sys.argv[1])\n"
                            "assert z.testzip() is None\n"
                            "print(' '.join(z.namelist()))\n"
                            "print(len(z.read('content.xml')))\n"
                            "print(z.read('META-INF/manifest.xml').decode())\n"_s,
                            path});
    REQUIRE(py.waitForFinished());
    const QString out = QString::fromUtf8(py.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    const QStringList lines = out.split(u'\n');
    CHECK(lines.value(0) == u"mimetype content.xml Pictures/bild.png META-INF/manifest.xml"_s);
    CHECK(lines.value(1).toInt() == content.size());
    CHECK(out.contains(u"manifest:full-path=\"/\" manifest:media-type=\"%1\""_s.arg(type)));
    CHECK(out.contains(u"manifest:full-path=\"Pictures/bild.png\" manifest:media-type=\"image/png\""_s));
}
