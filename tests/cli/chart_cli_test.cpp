#include <catch2/catch.hpp>

#include "support/pgserver.h"
#include "support/testutil.h"

#include <QFile>
#include <QSize>
#include <QtEndian>

using namespace tfp;

namespace {

// Width and height from a PNG's IHDR chunk (the CLI tests link no Qt Gui to decode images).
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n"))
        return {};
    return {int(qFromBigEndian<quint32>(png.constData() + 16)),
            int(qFromBigEndian<quint32>(png.constData() + 20))};
}

} // namespace

TEST_CASE("tfp chart writes every kind as PNG and SVG at the requested size", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    for (const char *kind :
         {"status", "reifegrad", "burnup", "gantt", "nachnutzung", "budget", "prioritaet"}) {
        INFO(kind);
        const QString png = dir.filePath(QString::fromLatin1(kind) + u".png"_qs);
        auto r = test::runTfp({u"chart"_qs, path, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"--kind"_qs,
                               QString::fromLatin1(kind), u"-o"_qs, png, u"--width"_qs, u"1000"_qs,
                               u"--height"_qs, u"600"_qs});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(pngSize(test::readFile(png)) == QSize(1000, 600));
    }
    const QString svg = dir.filePath(u"programm.svg"_qs);
    auto r = test::runTfp({u"chart"_qs, path, u"--kind"_qs, u"status"_qs, u"-o"_qs, svg, u"--width"_qs,
                           u"800"_qs, u"--height"_qs, u"500"_qs});
    CHECK(r.exitCode == 0);
    const QByteArray text = test::readFile(svg);
    CHECK(text.contains("viewBox=\"0 0 800 500\""));
    CHECK(text.contains("Status der OZG-Leistungen – Gesamtprogramm"));
    CHECK(text.contains("557"));
}

TEST_CASE("tfp chart refuses a bad kind, Themenfeld, size or format and writes nothing", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    const QByteArray before = test::catalogState(path);
    const QString out = dir.filePath(u"chart.png"_qs);
    struct Case
    {
        QStringList args;
        int exit;
        const char *message;
    };
    const QList<Case> cases{
        {{u"--kind"_qs, u"torte"_qs, u"-o"_qs, out}, 2, "--kind muss status, reifegrad"},
        {{u"--kind"_qs, u"status"_qs, u"--themenfeld"_qs, u"Raumfahrt"_qs, u"-o"_qs, out},
         1,
         "unbekanntes Themenfeld „Raumfahrt“; gültig sind: Arbeit & Ruhestand"},
        {{u"--kind"_qs, u"status"_qs, u"-o"_qs, out, u"--width"_qs, u"20"_qs, u"--height"_qs, u"800"_qs},
         2,
         "20 × 800 Pixel ist nicht möglich: Breite und Höhe müssen zwischen 200 und 8000 liegen"},
        {{u"--kind"_qs, u"status"_qs, u"-o"_qs, out, u"--height"_qs, u"hoch"_qs},
         2,
         "--height erwartet eine ganze Zahl Pixel, nicht „hoch“"},
        {{u"--kind"_qs, u"status"_qs, u"-o"_qs, dir.filePath(u"chart.jpg"_qs)}, 2, "nur als .png oder .svg"},
        {{u"--kind"_qs, u"status"_qs}, 2, "-o AUSGABE fehlt"},
        {{u"--kind"_qs, u"gantt"_qs, u"-o"_qs, out, u"--von"_qs, u"2026-01-01"_qs, u"--bis"_qs,
          u"2025-01-01"_qs},
         2,
         "--bis (2025-01-01) muss nach --von (2026-01-01) liegen"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto r = test::runTfp(QStringList{u"chart"_qs, path} + c.args);
        CHECK(r.exitCode == c.exit);
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.contains(c.message));
        CHECK_FALSE(QFile::exists(out));
        CHECK_FALSE(QFile::exists(dir.filePath(u"chart.jpg"_qs)));
    }
    // A file that is not a catalog: one line naming it, exit 1.
    const QString fremd = dir.filePath(u"notiz.tfplan"_qs);
    test::writeFile(fremd, "keine Datenbank");
    const auto r = test::runTfp({u"chart"_qs, fremd, u"--kind"_qs, u"status"_qs, u"-o"_qs, out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("notiz.tfplan"));
    CHECK_FALSE(QFile::exists(out));
    CHECK(test::catalogState(path) == before);
}
