#include "widgets.h"

#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "elidingheaderview.h"
#include "fielddelegate.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "textfit.h"
#include "tr.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace tfp::ui {

QTableView *makeFieldTable(Document &doc, QAbstractItemModel *model, QWidget *parent, QTableView *view)
{
    QTableView *v = view ? view : new QTableView(parent);
    v->setHorizontalHeader(new ElidingHeaderView(Qt::Horizontal, v));
    v->setModel(model);
    v->setItemDelegate(new FieldDelegate(doc, v));
    v->verticalHeader()->hide();
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once: to copy them, paste into them, or act on them from the context menu.
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->setTextElideMode(Qt::ElideRight);
    v->setWordWrap(false);
    v->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::SelectedClicked);
    fitColumns(v);
    return v;
}

bool confirmRemoval(QWidget *parent, Document &doc, int table, qint64 key)
{
    const auto t = schema::Table(table);
    QStringList parts;
    for (const Dependent &d : doc.catalog().dependents(t, key))
        parts << u"%1 × %2"_qs.arg(QLocale().toString(d.count), edit::tableLabel(d.table));
    if (parts.isEmpty())
        return true;
    const QString label = edit::rowLabel(doc.catalog(), t, key);
    return QMessageBox::question(parent, Tr::tr("%1 löschen").arg(edit::tableLabel(t)),
                                 Tr::tr("%1 löschen?\n\nDamit wird auch gelöscht oder gelöst, was daran "
                                        "hängt: %2.\n\n„Rückgängig“ stellt alles wieder her.")
                                     .arg(label, parts.join(u", "_qs)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

QString catalogTitle(const QString &path)
{
    return server::isUrl(path) ? path : QFileInfo(path).fileName();
}

QString startFolder(const Document &doc, const QString &settingsKey)
{
    if (!settingsKey.isEmpty()) {
        const QString remembered = QSettings().value(settingsKey).toString();
        if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
            return remembered;
    }
    const QString catalogDir = QFileInfo(doc.catalog().path()).absolutePath();
    bool hidden = catalogDir.isEmpty();
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                                QStandardPaths::GenericDataLocation, QStandardPaths::AppConfigLocation}) {
        const QString appDir = QStandardPaths::writableLocation(location);
        hidden =
            hidden || (!appDir.isEmpty() && (catalogDir == appDir || catalogDir.startsWith(appDir + u'/')));
    }
    for (const QString &part : QDir::fromNativeSeparators(catalogDir).split(u'/'))
        hidden = hidden || part.startsWith(u'.');
    if (!hidden && QFileInfo(catalogDir).isDir())
        return catalogDir;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QHBoxLayout *buttonRow(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *w : widgets)
        row->addWidget(w);
    row->addStretch();
    return row;
}

bool execFormDialog(QDialog &dialog, QFormLayout *form)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace tfp::ui
