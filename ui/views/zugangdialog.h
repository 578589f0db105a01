// Datei › Zugänge zum Programmkatalog…: which database login writes for which Beteiligter of a server
// catalog, or as the programme management; read from and written to the server's table tfp_zugang as they are
// now.
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tfp {
struct PlanSnapshot;
}

namespace tfp::ui {

// Each change goes to the server at once (server::grantAccess), on a connection of its own: the server
// decides whether this login may make it (only the catalog's owner and the programme management may) and
// its refusal is shown under the buttons as it says it; the list is then read again, so that it always shows
// the server's.
class ZugangDialog : public QDialog
{
    Q_OBJECT
public:
    // url: the server catalog's; plan: its Beteiligte, offered by Kürzel and name.
    ZugangDialog(const QString &url, const PlanSnapshot &plan, QWidget *parent = nullptr);

private:
    void reload();
    void change(const QString &login, const QString &access);
    void showSelected();
    void updateButtons();
    QString accessText(const QString &kuerzel, bool programme) const;

    QString m_url;
    QHash<QString, QString> m_names; // Kürzel → name of the catalog's Beteiligte
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_access = nullptr;
    QPushButton *m_give = nullptr;
    QPushButton *m_takeAway = nullptr;
    QLabel *m_problem = nullptr; // what the server refused, and why
};

} // namespace tfp::ui
