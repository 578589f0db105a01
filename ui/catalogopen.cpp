#include "catalogopen.h"

#include "storage/serverconnection.h"

#include "tr.h"

#include "error.h"
#include "storage/catalog.h"
#include "storage/catalogrepair.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace tfp::ui {

namespace {

// Asks where the repaired copy goes (beside the refused file), repairs into it and says what it kept and left
// out. The path of the new catalog, or empty.
QString repairedCopy(QWidget *parent, const QString &path)
{
    const QFileInfo refused(path);
    const QString suggested =
        refused.dir().filePath(Tr::tr("%1-repariert.tfplan").arg(refused.completeBaseName()));
    QString target = QFileDialog::getSaveFileName(parent, Tr::tr("Reparierte Kopie speichern unter"),
                                                  suggested, Tr::tr("Themenfeldplaner-Kataloge (*.tfplan)"),
                                                  nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return {};
    if (!target.endsWith(u".tfplan"))
        target += u".tfplan"_qs;
    try {
        const RepairReport r = repairCatalog(path, target);
        QMessageBox done(QMessageBox::Information, Tr::tr("Reparierte Kopie"),
                         Tr::tr("Der neue Katalog „%1“ enthält %n gültige Einträge aus „%2“.", nullptr,
                                int(std::min<qint64>(r.rowsKept, std::numeric_limits<int>::max())))
                             .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(path)),
                         QMessageBox::Ok, parent);
        if (r.leftOut.isEmpty()) {
            done.setInformativeText(
                Tr::tr("Nichts wurde ausgelassen. Die abgelehnte Datei ist unverändert."));
        } else {
            done.setInformativeText(
                Tr::tr("%n Angaben wurden ausgelassen; die Einzelheiten nennen jede mit ihrem "
                       "Grund. Die abgelehnte Datei ist unverändert.",
                       nullptr, int(r.leftOut.size())));
            done.setDetailedText(r.leftOut.join(u'\n'));
        }
        done.exec();
        return target;
    } catch (const Error &e) {
        QMessageBox::critical(parent, Tr::tr("Reparierte Kopie"), e.message());
        return {};
    }
}

} // namespace

QString answerOpenFailure(QWidget *parent, const QString &path, const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PasswordRequiredError &e) {
        // Asked for here, kept in memory for this program's run only, never in the settings.
        QInputDialog ask(parent);
        ask.setWindowTitle(Tr::tr("Passwort für den Programmkatalog"));
        ask.setLabelText(e.message() + u"\n\n"_qs + Tr::tr("&Passwort:"));
        ask.setTextEchoMode(QLineEdit::Password);
        // The server's reason can be long: wrapped, so that the dialog fits a laptop's screen.
        if (auto *label = ask.findChild<QLabel *>()) {
            label->setWordWrap(true);
            label->setMinimumWidth(480);
        }
        if (ask.exec() != QDialog::Accepted)
            return {};
        const QString password = ask.textValue();
        if (password.isEmpty())
            return {};
        ServerConnection::rememberPassword(path, password);
        return path;
    } catch (const RefusedCatalogError &e) {
        QMessageBox box(QMessageBox::Critical, Tr::tr("Katalog öffnen"), e.message(), QMessageBox::Cancel,
                        parent);
        box.setInformativeText(
            Tr::tr("Eine reparierte Kopie übernimmt alle gültigen Einträge in einen neuen "
                   "Katalog und nennt, was sie auslässt. Die abgelehnte Datei bleibt, wie sie "
                   "ist."));
        QPushButton *repair = box.addButton(Tr::tr("Reparierte &Kopie anlegen…"), QMessageBox::AcceptRole);
        box.setDefaultButton(repair);
        box.exec();
        if (box.clickedButton() != repair)
            return {};
        return repairedCopy(parent, path);
    } catch (const Error &e) {
        QMessageBox::critical(parent, Tr::tr("Katalog öffnen"), e.message());
    } catch (const std::exception &e) {
        QMessageBox::critical(parent, Tr::tr("Katalog öffnen"), QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace tfp::ui
