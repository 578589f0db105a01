// Opening a catalog file in the app, where a refusal must not leave the user stuck.
#pragma once

#include <QString>
#include <exception>
#include <memory>

class QWidget;

namespace tfp {
class Catalog;
}

namespace tfp::ui {

// Opens path for editing as the app does (its pages are read in the background afterwards). Every refusal is
// shown. When the file is one of this program's catalogs refused for its content (objects foreign to its
// schema, an invalid catalog id or values against the rules), the user may save its valid rows into a clean
// new catalog beside it, as `tfp repair` does: what is left out is listed with the reason, the refused file
// stays untouched, and the new catalog is opened. nullptr when nothing was opened.
std::unique_ptr<Catalog> openCatalogFile(QWidget *parent, const QString &path);

// The part of openCatalogFile after the open of path failed with error (thrown elsewhere, e.g. by an open in
// the background): shows the refusal and, for a refused content, offers the repaired copy. The path of the
// repaired copy to open, or empty.
QString answerOpenFailure(QWidget *parent, const QString &path, const std::exception_ptr &error);

} // namespace tfp::ui
