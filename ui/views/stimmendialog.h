// "Stimmen erfassen": one workshop participant's votes (0–5) on the criteria of one Leistung, and the table
// of the votes recorded so far for it (participant × criterion). Each recording is one undo step.
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tfp::ui {

class DateEdit;
class Document;

class StimmenDialog : public QDialog
{
    Q_OBJECT
public:
    StimmenDialog(Document &doc, int themenfeldId, int ozgId, QWidget *parent = nullptr);

    QLineEdit *teilnehmer() const { return m_teilnehmer; }
    QLineEdit *workshop() const { return m_workshop; }
    DateEdit *datum() const { return m_datum; }
    // The vote field of a criterion of the Themenfeld (its minimum, shown "–", means no vote).
    QSpinBox *stimme(qint64 kriteriumId) const;
    // Records the participant's votes as one undo step (removes those set to "–"); remembers the name and
    // the workshop for the next time. False when nothing changed or the edit was refused.
    bool record();
    // The votes recorded for the Leistung: a row per participant (and workshop), a column per criterion.
    QStandardItemModel *votes() const { return m_votes; }

private:
    void refresh();
    void loadParticipant(); // fills the fields with the participant's recorded votes

    Document &m_doc;
    int m_themenfeldId;
    int m_ozgId;
    QList<qint64> m_kriterien;
    QList<QSpinBox *> m_fields;
    QLineEdit *m_teilnehmer;
    QLineEdit *m_workshop;
    DateEdit *m_datum;
    QStandardItemModel *m_votes;
    QTableView *m_table;
};

} // namespace tfp::ui
