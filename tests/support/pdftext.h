// A PDF read back the way a reader gets it, through poppler's command line tools (pdftotext, pdfinfo), which
// share no code with the app's writer. Used by the report, CLI and UI tests.
#pragma once

#include <QString>
#include <QStringList>

namespace tfp::test {

// The text of a PDF, or of one of its pages (1-based), as pdftotext reads it; fails the test when pdftotext
// fails or does not finish within a minute.
QString pdfText(const QString &pdf, int page = 0);
// What pdfinfo prints for a PDF (with options such as -meta or -isodates before the file); fails the test
// when pdfinfo fails.
QString pdfInfo(const QString &pdf, const QStringList &options = {});
// The page count pdfinfo reports; fails the test when pdfinfo fails or reports none.
int pdfPageCount(const QString &pdf);

} // namespace tfp::test
