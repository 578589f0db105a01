// The Arbeitsplan's list of schedule conflicts: every flag of the Themenfeld's milestones (a broken
// dependency, a milestone outside its project's term, phases out of order, a reached date after the Stand),
// each in its sentence, so that the Steuerungskreis reads in the PDF what the Zeitplan and Abdeckung show.
#include "arbeitsplanteile.h"

#include "chartcanvas.h"
#include "tr.h"

#include "analysis/schedule.h"

namespace tfp::report {

void terminkonflikte(PdfDocument &d, Kontext &k)
{
    d.heading(2, Tr::tr("Terminkonflikte"));
    const QList<analysis::TerminHinweis> hinweise = analysis::terminHinweise(k.plan, k.o.stand, k.tf.id);
    if (hinweise.isEmpty()) {
        d.paragraph(Tr::tr("Keine Terminkonflikte."));
        return;
    }
    QList<QStringList> rows;
    for (const analysis::TerminHinweis &h : hinweise)
        rows.append({analysis::konfliktName(h.art), h.text()});
    d.paragraph(countText(double(hinweise.size()), Tr::tr("%1 Termin widerspricht dem Plan, Stand %2:"),
                          Tr::tr("%1 Termine widersprechen dem Plan, Stand %2:"))
                    .arg(k.datum(k.o.stand)));
    d.table({{Tr::tr("Art"), 2}, {Tr::tr("Hinweis"), 8}}, rows);
}

} // namespace tfp::report
