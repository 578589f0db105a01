// Filter and sort over the Lage → Leistung tree: text over name, OZG-ID and LeiKa-Schlüssel, status,
// Reifegrad, programme scope and "in keinem Projekt". A Lage stays visible while one of its Leistungen
// matches.
#pragma once

#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace tfp::ui {

class LeistungModel;

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    LeistungModel *m_source;
    QString m_text;
    bool m_textIsNumber = false;
    // Typing on narrows the match: a row the shorter text rejected cannot match the longer one, so it needs
    // no second look (the text test is most of a keystroke's time over a large tree). Per entry (by serial):
    // 0 not tested since the text last changed other than by typing on, 1 matched some shorter text (tested
    // again), 2 rejected. Valid while the Leistungen themselves did not change; the other filters do not
    // touch it.
    enum Memo : char
    {
        Untested = 0,
        Matched = 1,
        Rejected = 2
    };
    mutable std::vector<char> m_memo;
    bool m_memoValid = false;
    std::optional<int> m_status;
    std::optional<int> m_reifegrad;
    Scope m_scope = Scope::Alle;
    bool m_ohneProjekt = false;
};

} // namespace tfp::ui
