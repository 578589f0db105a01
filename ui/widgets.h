// Small building blocks the views share: a table of catalog rows with the typed field delegate, and a form
// dialog with OK and Cancel.
#pragma once

#include <QString>
#include <QtGlobal>
#include <initializer_list>

class QAbstractItemModel;
class QDialog;
class QFormLayout;
class QHBoxLayout;
class QTableView;
class QWidget;

namespace tfp::ui {

class Document;

// Columns fit their header and content (fitColumns), the last one stretching. view: a table (of a QTableView
// subclass) to set up rather than a new one.
QTableView *makeFieldTable(Document &doc, QAbstractItemModel *model, QWidget *parent,
                           QTableView *view = nullptr);
// Adds OK/Cancel below the form's rows and runs the dialog; true when the user confirmed.
bool execFormDialog(QDialog &dialog, QFormLayout *form);
// Before removing a row others depend on: names what goes with it and asks. True when nothing depends on it
// or the user agreed. (Tests call the edit functions directly: this always shows a dialog when it asks.)
bool confirmRemoval(QWidget *parent, Document &doc, int table, qint64 key);
// Where a file dialog starts: the folder remembered under settingsKey (when it still exists), else the open
// catalog's folder, unless that is hidden (the app's own data folder holds the default catalog), else the
// user's documents folder.
QString startFolder(const Document &doc, const QString &settingsKey = {});
// How a catalog is named in titles, menus and messages: a file by its name, a server catalog by its URL.
QString catalogTitle(const QString &path);
// A row of buttons (or other widgets), left-aligned.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> widgets);

} // namespace tfp::ui
