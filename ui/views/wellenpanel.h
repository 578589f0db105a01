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
    // What one line shows, without its texts: they are made only for the lines of an open wave, and a
    // re-rank touches only the lines whose values changed.
    struct Entry
    {
        int ozgId = 0;
        int rank = 0;
        bool scored = false;
        bool fest = false;
        QString name;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct Wave
    {
        int nummer = 0;
        QString detail; // its load
        bool ueberbucht = false;
        QList<Entry> entries; // by rank
        bool sameLook(const Wave &o) const
        {
            return nummer == o.nummer && detail == o.detail && ueberbucht == o.ueberbucht;
        }
    };
    void fill(QTreeWidgetItem *wave);
    void showWave(QTreeWidgetItem *item, int index) const; // m_waves[index]
    void showEntry(QTreeWidgetItem *item, const Entry &entry) const;
    // Brings an open wave's lines to m_waves[index], changing only those that differ from before.
    void updateEntries(QTreeWidgetItem *item, const QList<Entry> &before);
    QList<Wave> m_waves;
    QStringList m_hinweisTexts;
    bool m_fresh = true;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QListWidget *m_hinweise;
};

} // namespace tfp::ui
