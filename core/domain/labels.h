// German (translatable) display names of the model's codes and levels, shared by UI, CLI and report.
#pragma once

#include "plan.h"

#include <QString>

namespace tfp::labels {

QString status(Status s);
QString lageArt(LageArt a);
QString flaechendeckung(Flaechendeckung f);
QString reifegrad(int level, ReifegradModell m = ReifegradModell::V1); // "3 – Online-Leistung"
QString reifegradName(int level, ReifegradModell m = ReifegradModell::V1);
QString reifegradDescription(int level); // tooltip text, model 1.x
QString beteiligterArt(BeteiligterArt a);
QString rolle(Rolle r);
QString rolleDescription(Rolle r);
QString efaModell(EfaModell e);
QString efaDescription(EfaModell e);
QString phase(Phase p);
QString nachnutzungStand(NachnutzungStand s);
QString risikoArt(RisikoArt a);
QString einstufung(Einstufung e);
QString programm(Programm p);

} // namespace tfp::labels
