// Filter and sort over the Lage → Leistung tree: text over name, OZG-ID and LeiKa-Schlüssel, status,
// Reifegrad, programme scope and "in keinem Projekt". A Lage stays visible while one of its Leistungen
// matches.
#pragma once

#include "leistungmodel.h"

#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace tfp::ui {

class LeistungFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope
    {
        Alle,
        Foederal
    };
    explicit LeistungFilter(LeistungModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<int> status);       // tfp::Status as int
    void setReifegrad(std::optional<int> reifegrad); // -1: not recorded
    void setScope(Scope scope);
    void setOhneProjekt(bool only);
    bool isActive() const;

    // A Lage has children when one of its Leistungen passes, known from the counts without the proxy mapping
    // (and so filtering) the Leistungen of every Lage the tree lays out.
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The answers are worked out in one pass over the model's flat entries whenever a filter changes, so that
    // the proxy only looks them up: a keystroke over 50,000 Leistungen stays a few milliseconds.
    void changed();
    void decide();
    bool accepts(const LeistungModel::Entry &e);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    LeistungModel *m_source;
    QString m_text;
    bool m_textIsNumber = false;
    // Typing on narrows the match: a row the shorter text rejected cannot match the longer one, so it needs
    // no second look. Per entry (by serial): 0 not tested since the text last changed other than by typing
    // on, 1 matched the text so far, 2 rejected. Valid while the Leistungen themselves did not change.
    enum Memo : char
    {
        Untested = 0,
        Matched = 1,
        Rejected = 2
    };
    std::vector<char> m_memo;
    bool m_memoValid = false;
    // What the proxy asks: per entry (by serial) whether it passes all filters, per Lage (by row) how many of
    // its Leistungen do. Valid for the model's current tree (decided again on its reset).
    std::vector<char> m_accepted;
    std::vector<int> m_lageHits;
    bool m_settling = false; // a change is under way: the counts may be ahead of the proxy's rows
    std::optional<int> m_status;
    std::optional<int> m_reifegrad;
    Scope m_scope = Scope::Alle;
    bool m_ohneProjekt = false;
};

} // namespace tfp::ui
