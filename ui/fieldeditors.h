// Editor widgets for single catalog fields, shared by the delegate (tables) and the detail forms.
#pragma once

#include "storage/schema.h"

#include <QVariant>
#include <QWidget>
#include <functional>

namespace tfp::ui {

class Document;

// Creates the editor a field's type asks for. value()/setValue() work with stored values (codes, ISO dates).
QWidget *createFieldEditor(Document &doc, schema::Table t, const QString &column, QWidget *parent,
                           bool allowEmpty = false);
void setEditorValue(QWidget *editor, const QVariant &stored);
QVariant editorValue(QWidget *editor);
// False while the editor holds text that is not a value (a date editor's "31.09.2026"): nothing is stored
// then.
bool editorAccepts(QWidget *editor);
// Calls fn when the user finished a change in the editor (combo chosen, date or number edited, text done).
void onEditorCommit(QWidget *editor, QObject *context, const std::function<void()> &fn);

} // namespace tfp::ui
