// Models whose cells a pasted block sets faster all at once than with one setData per cell (a block of
// scores in a Themenfeld with thousands of them): the paste hands such a model the whole block.
#pragma once

#include <QModelIndexList>
#include <QVariantList>

namespace tfp::ui {

class BlockEdit
{
public:
    virtual ~BlockEdit() = default;
    // Sets the cells (indexes of this model) to the values, by the same rules as setData, as one edit pushed
    // to the Document. On a refusal it reports the reason through the Document and returns false; *refused is
    // then the position of the refused cell, or -1 when the reason names its cell itself.
    virtual bool setBlock(const QModelIndexList &cells, const QVariantList &values, int *refused) = 0;
};

} // namespace tfp::ui
