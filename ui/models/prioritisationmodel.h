// The ranking of one Themenfeld's Leistungen as a table: rank, scores per criterion, score, category, format,
// wave and how stable the rank is. Holds the latest prioritise() result; recomputes after catalog changes
// (debounced) and while weights are only being tried out (preview weights that are never written). The rank
// ranges and "unsicher" (each weight moved ± 20 %) follow the ranking from a worker thread.
#pragma once

#include "analysis/prioritisation.h"
#include "blockedit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThreadPool>
#include <QTimer>
#include <optional>

namespace tfp::ui {

class Document;

class PrioritisationModel : public QAbstractTableModel, public BlockEdit
{
    Q_OBJECT
public:
    // The columns around the criteria: Rang, OzgId and Name come first, then one column per criterion, then
    // the rest.
    enum Column
    {
        Rang,
        OzgId,
        Name,
        Score,
        Fehlend,
        Kategorie,
        Format,
        Welle,
        Rangspanne,
        Unsicher,
        Kriterium // a criterion's score column
    };
    enum Role
    {
        SearchRole = Qt::UserRole + 100, // lower-case OZG-ID and name, for the filter
        ColumnKindRole,                  // int(Column) of the index
        WellenRole,                      // Welle column: how many waves an editor should offer
    };

    explicit PrioritisationModel(Document &doc, QObject *parent = nullptr);

    void setThemenfeld(int themenfeldId); // 0: none; recomputes at once
    int themenfeld() const { return m_themenfeldId; }
    // The latest result (empty without a Themenfeld). Criteria by sort order, Leistungen by rank.
    const analysis::Prioritisation &result() const { return m_result; }
    bool hasThemenfeld() const { return m_themenfeldId != 0 && m_error.isEmpty(); }
    QString error() const { return m_error; }       // why the last recompute failed, else empty
    int scoreCount() const { return m_scoreCount; } // scores present in the Themenfeld
    int scoreCount(qint64 kriteriumId) const;       // scores present for one criterion

    // Weights tried out without writing them (a spin box being moved); re-ranks at once.
    void previewWeight(qint64 kriteriumId, double gewicht);
    void clearPreview(qint64 kriteriumId);
    const QHash<qint64, double> &previewWeights() const { return m_preview; }

    // Recomputes on the next pass of the event loop: the changes of one bulk undo re-rank once.
    void scheduleRecompute();
    // Ranks at once; the rank ranges and "unsicher" follow from a worker (sensitivityUpdated()). Until then
    // each row keeps its last range, widened to its new rank.
    void recompute();
    // The ranges shown do not yet belong to the latest ranking.
    bool sensitivityPending() const { return m_sensitivityOf != m_generation; }

    int columnOf(Column c) const; // Kriterium: the first criterion column
    Column kindOf(int section) const;
    qint64 kriteriumAt(int section) const; // 0 outside the criterion columns
    int columnOfKriterium(qint64 kriteriumId) const;
    int rowOf(int ozgId) const { return m_rowOf.value(ozgId, -1); }
    int ozgIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].ozgId : 0; }
    const analysis::RankedLeistung *leistung(int ozgId) const;
    std::optional<int> scoreOf(int ozgId, qint64 kriteriumId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Criterion columns: 0–5, or an empty value for "missing". Welle: a wave to pin to, or empty for
    // "automatisch". Each accepted edit is one command; refused values leave the catalog as it was.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    // A pasted block: its scores as one edit::setBewertungen, a wave per cell.
    bool setBlock(const QModelIndexList &cells, const QVariantList &values, int *refused) override;

Q_SIGNALS:
    // After every recompute: criteria, ranks and waves may have changed.
    void recomputed();
    // The rank ranges and "unsicher" of the latest ranking are in.
    void sensitivityUpdated();

private:
    QVariant display(const analysis::RankedLeistung &l, Column c, int row, int section) const;
    QVariant toolTip(const analysis::RankedLeistung &l, Column c, int row, int section) const;
    QVariant sortValue(const analysis::RankedLeistung &l, Column c, int row, int section) const;
    // An entered score or wave: empty for none; false (reported) when it is no whole number.
    bool numberOf(const QVariant &value, std::optional<int> *number);
    qint8 score(int row, int k) const { return m_scores[qsizetype(row) * m_kriterien.size() + k]; }
    struct Spanne
    {
        int rankMin = 0;
        int rankMax = 0;
        bool unsicher = false;
    };
    void startSensitivity();
    void sensitivityDone(quint64 generation, const QHash<int, Spanne> &spannen);

    Document &m_doc;
    int m_themenfeldId = 0;
    QString m_error;
    analysis::Prioritisation m_result;
    QHash<qint64, double> m_preview;
    QTimer m_debounce;
    // Rows in OZG-ID order, so that a re-rank changes values, never rows; the proxy sorts by rank.
    QList<analysis::RankedLeistung> m_rows;
    QHash<int, int> m_rowOf;
    QList<qint64> m_kriterien; // criterion ids, one column each
    QList<qint8> m_scores;     // rows × criteria, -1: missing
    int m_scoreCount = 0;
    QHash<qint64, int> m_scoreCountOf;
    // The sensitivity runs on a copy of the plan in one worker at a time; a result that no longer belongs to
    // the latest ranking (m_generation) is dropped and the worker starts again on the latest. The pool is
    // a member, so that it waits for its worker before the model goes.
    quint64 m_generation = 0;    // of the latest ranking
    quint64 m_sensitivityOf = 0; // the ranking the ranges shown belong to
    bool m_sensitivityRunning = false;
    QThreadPool m_worker;
};

} // namespace tfp::ui
