#include "support/pdftext.h"

#include "support/testutil.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

namespace tfp::test {

namespace {

QString run(const QString &program, const QStringList &args)
{
    // Generous: `pdfinfo -struct-text` of the Arbeitsplan takes 9-13 s on a calm machine and over a minute
    // beside three builds.
    const Run r = runProgram(program, args, QProcessEnvironment::systemEnvironment(), 300000);
    INFO(program.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

} // namespace

QString pdfText(const QString &pdf, int page)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_qs << QString::number(page) << u"-l"_qs << QString::number(page);
    return run(u"pdftotext"_qs, args << pdf << u"-"_qs);
}

QString pdfInfo(const QString &pdf, const QStringList &options)
{
    return run(u"pdfinfo"_qs, QStringList(options) << pdf);
}

int pdfPageCount(const QString &pdf)
{
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(pdfInfo(pdf));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace tfp::test
