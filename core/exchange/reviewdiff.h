// What a workshop changed in its package: the package's rows now against its base, table by table. Part of
// the merge (reviewmerge.cpp); also the check that every difference was made through the program.
#pragma once

#include "exchange/reviewpackage.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QVariantList>

namespace tfp {

struct TableDiff
{
    QMap<qint64, QVariantList> inserted;                     // package rows the base does not have
    QMap<qint64, QVariantList> deleted;                      // base rows the package no longer has
    QMap<qint64, QPair<QVariantList, QVariantList>> updated; // base and package row, where they differ
};

// Per schema::Table. Values are normalised as schema::check stores them. Throws tfp::Error naming the package
// when a difference is not in the package's journal (the file was changed outside the program).
QList<TableDiff> diffReviewPackage(const OpenedReviewPackage &package);

} // namespace tfp
