// "Importieren": a CSV, .xlsx or .ods table (or the federal dashboard's CSV) taken into the open catalog. The
// user picks the file, what it holds and, for a workbook, the sheet; the preview shows row by row what would
// be added, changed, left as it is or refused and why; "Übernehmen" applies all of it as one undo step, or
// nothing.
#pragma once

#include "exchange/importplan.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tfp::ui {

class Document;
class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Document &doc, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file (for a workbook its sheets first) and plans the import. False when the file cannot be
    // read as a table of the chosen kind (error() says why); nothing can be applied then.
    bool setFile(const QString &path);
    void setKind(exchange::ImportKind kind);
    // Plans again, for the sheet at this position of the sheet box.
    void setSheet(int index);
    // Plans again from the file as it is now (after it was corrected in Excel).
    bool reload();

    // A plan without refused rows that changes something, on a catalog open for writing.
    bool canApply() const;
    // Applies the plan as one undo step journaled as "Import FILE" and closes the dialog. False (with the
    // reason shown) when there is nothing to apply, a row is refused or the catalog changed since the preview
    // (the preview is then made again).
    bool apply();

    const exchange::ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    QString error() const { return m_error; }
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *sheetBox() const { return m_sheet; }
    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    // The table of one outcome (added, updated, unchanged, refused, not matched).
    QTableView *table(exchange::ImportRow::Action action) const;
    QPushButton *applyButton() const { return m_apply; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void browse();
    void readSheets();
    void replan();
    void fill();
    QString summaryText() const;

    Document &m_doc;
    QString m_path;
    QStringList m_sheets;
    std::optional<exchange::ImportPlan> m_plan;
    qint64 m_plannedRevision = -1;
    QString m_error;
    QString m_note; // said once after a replan the user did not ask for
    QLineEdit *m_file;
    QComboBox *m_kind;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QList<ImportPreviewModel *> m_models;
    QList<QTableView *> m_tables;
    QPushButton *m_reload;
    QPushButton *m_apply;
};

} // namespace tfp::ui
