// Opening a catalog file in the app, where a refusal must not leave the user stuck.
#pragma once

#include <QString>
#include <exception>

class QWidget;

namespace tfp::ui {

// After the open of path failed with error (thrown in the worker of MainWindow::openInBackground): shows the
// refusal. When the file is one of this program's catalogs refused for its content (objects foreign to its
// schema, an invalid catalog id or values against the rules), the user may save its valid rows into a clean
// new catalog beside it, as `tfp repair` does: what is left out is listed with the reason and the refused
// file stays untouched. A server that asks for a password gets it from the user (kept in memory for this
// run only). The path to open now (the repaired copy, or the server's URL again with its password), or empty.
QString answerOpenFailure(QWidget *parent, const QString &path, const std::exception_ptr &error);

} // namespace tfp::ui
