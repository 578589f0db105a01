// A ChangeSet is the one unit of mutation: the UI's undo commands, imports, merges and the command line all
// build one and hand it to Catalog::apply, which commits it in one transaction and journals it.
#pragma once

#include "schema.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace tfp {

struct Change
{
    enum class Kind
    {
        Insert,
        Update,
        Delete
    };
    Kind kind = Kind::Update;
    schema::Table table = schema::Table::Themenfeld;
    qint64 key = 0;
    // Insert and Delete: the whole row, key included, so that the inverse can restore it exactly.
    QVariantMap row;
    // Update: one field with the value it is expected to have and the value it gets.
    QString column;
    QVariant oldValue;
    QVariant newValue;

    static Change insert(schema::Table t, qint64 key, QVariantMap row);
    static Change remove(schema::Table t, qint64 key, QVariantMap row);
    static Change update(schema::Table t, qint64 key, QString column, QVariant oldValue, QVariant newValue);

    Change inverted() const;
};

// A fact about the catalog itself (its catalog_meta), changed in the same transaction as the rows: a merge
// records which workshop package it took over, so that undoing the merge forgets that again.
struct MetaChange
{
    QString key;
    QString oldValue; // empty: the key is not set
    QString newValue; // empty: the key is removed
};

struct ChangeSet
{
    // Journaled as it is; the edit functions store an edit::Phrase here, told in the reader's language by
    // edit::descriptionText (the undo menu, the history, `tfp changes`).
    QString description;
    QList<Change> changes;
    QList<MetaChange> meta; // applied after the changes; not journaled (they are no plan content)

    ChangeSet() = default;
    explicit ChangeSet(QString d) : description(std::move(d)) {}

    bool isEmpty() const { return changes.isEmpty() && meta.isEmpty(); }
    void append(const Change &c) { changes.append(c); }
    void append(const ChangeSet &other)
    {
        changes.append(other.changes);
        meta.append(other.meta);
    }
    ChangeSet inverted() const; // applies in reverse order with old and new swapped
};

// Compares two stored values the way the catalog does (null equals null, numbers by value).
bool sameValue(const QVariant &a, const QVariant &b);

} // namespace tfp
