// Small building blocks the views share: a table of catalog rows with the typed field delegate, and a form
// dialog with OK and Cancel.
#pragma once

#include <initializer_list>

class QAbstractItemModel;
class QDialog;
class QFormLayout;
class QHBoxLayout;
class QTableView;
class QWidget;

namespace tfp::ui {

class Document;

QTableView *makeFieldTable(Document &doc, QAbstractItemModel *model, QWidget *parent);
// Adds OK/Cancel below the form's rows and runs the dialog; true when the user confirmed.
bool execFormDialog(QDialog &dialog, QFormLayout *form);
// A row of buttons (or other widgets), left-aligned.
QHBoxLayout *buttonRow(std::initializer_list<QWidget *> widgets);

} // namespace tfp::ui
