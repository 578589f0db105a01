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
    // Typing on narrows the match: rows the shorter text rejected need no second look. Valid only while
    // nothing but the text changed since the last full pass.
    mutable std::vector<char> m_matched;
    bool m_narrowing = false;
    mutable bool m_matchedValid = false;
    std::optional<int> m_status;
    std::optional<int> m_reifegrad;
    Scope m_scope = Scope::Alle;
    bool m_ohneProjekt = false;
};

} // namespace tfp::ui
