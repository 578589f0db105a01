// The wave plan of a prioritisation: each wave with its Leistungen by rank and its load against the
// capacity (overbooked waves stand out), and the dependency cycles and conflicts as plain sentences.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace tfp::analysis {
struct Prioritisation;
}

namespace tfp::ui {

// The cycles, conflicts, overbooked waves and guessed efforts of a result, each as one German sentence
// naming the Leistungen ("„A“ (10001) hängt von „B“ (10002) ab, …"); the OZG-ID each one is about.
struct Hinweis
{
    QString text;
    int ozgId = 0;
};
QList<Hinweis> wellenHinweise(const analysis::Prioritisation &p);

class WellenPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WellenPanel(QWidget *parent = nullptr);

    // Another Themenfeld: expansion starts afresh.
    void reset();
    void setResult(const analysis::Prioritisation &p);
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *hinweise() const { return m_hinweise; }

Q_SIGNALS:
    void leistungActivated(int ozgId);

private:
    void fill(QTreeWidgetItem *wave);
    struct Line
    {
        int welle = 0;
        QString text;
        QString detail;
        bool ueberbucht = false;
        int ozgId = 0; // 0: a wave
        bool fest = false;
        friend bool operator==(const Line &, const Line &) = default;
    };
    QList<Line> m_lines;
    QStringList m_hinweisTexts;
    bool m_fresh = true;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QListWidget *m_hinweise;
};

} // namespace tfp::ui
