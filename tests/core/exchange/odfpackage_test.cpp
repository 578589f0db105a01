#include <catch2/catch.hpp>

#include "exchange/odfpackage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tfp::exchange;
using namespace Qt::StringLiterals;

namespace {

// What an independent reader (Python's zipfile) prints for the package: the script gets `z`, the open zip.
QString readWithPython(const QByteArray &zip, const QString &script)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.zip"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(zip);
    f.close();
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s, u"import sys, zipfile, hashlib\nz = zipfile.ZipFile(sys.argv[1])\n"_s + script, path});
    REQUIRE(py.waitForFinished());
    const QString out = QString::fromUtf8(py.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    return out;
}

} // namespace

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
    const QString out = readWithPython(zip, u"assert z.testzip() is None\n"
                                            "print(' '.join(z.namelist()))\n"
                                            "print(len(z.read('content.xml')))\n"
                                            "print(z.read('META-INF/manifest.xml').decode())\n"_s);
    const QStringList lines = out.split(u'\n');
    CHECK(lines.value(0) == u"mimetype content.xml Pictures/bild.png META-INF/manifest.xml"_s);
    CHECK(lines.value(1).toInt() == content.size());
    CHECK(out.contains(u"manifest:full-path=\"/\" manifest:media-type=\"%1\""_s.arg(type)));
    CHECK(out.contains(u"manifest:full-path=\"Pictures/bild.png\" manifest:media-type=\"image/png\""_s));
}

TEST_CASE("A part written as it goes is packed whole, in the order given", "[odf]")
{
    // Three megabytes written in small pieces, as an XML writer does: the package holds every byte.
    QByteArray expected;
    const auto piece = [](int i) { return QByteArray::number(i) + "<zelle>Elterngeld</zelle>\n"; };
    for (int i = 0; i < 100000; ++i)
        expected += piece(i);
    const QByteArray zip = odf::package(u"application/vnd.oasis.opendocument.spreadsheet"_s,
                                        {{u"content.xml"_s,
                                          u"text/xml"_s,
                                          {},
                                          [&](QIODevice &d) {
                                              for (int i = 0; i < 100000; ++i)
                                                  d.write(piece(i));
                                          }},
                                         {u"styles.xml"_s, u"text/xml"_s, QByteArray("<styles/>")}});
    CHECK(zip.size() < expected.size() / 4); // deflated

    const QStringList lines =
        readWithPython(zip, u"print(' '.join(z.namelist()))\n"
                            "print(hashlib.sha256(z.read('content.xml')).hexdigest())\n"_s)
            .split(u'\n');
    CHECK(lines.value(0) == u"mimetype content.xml styles.xml META-INF/manifest.xml"_s);
    CHECK(lines.value(1) ==
          QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
}
