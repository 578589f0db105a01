<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <location filename="../app/gui/main.cpp" line="130"/>
        <source>Themenfeldplaner</source>
        <translation>Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="131"/>
        <source>Das Programm konnte nicht neu gestartet werden; bitte starten Sie es selbst.</source>
        <translation>Das Programm konnte nicht neu gestartet werden; bitte starten Sie es selbst.</translation>
    </message>
</context>
<context>
    <name>tfp::Catalog</name>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="56"/>
        <source>Die Datei „%1“ gibt es schon; ein neuer Katalog überschreibt keine Datei.</source>
        <translation>Die Datei „%1“ gibt es schon; ein neuer Katalog überschreibt keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="60"/>
        <source>Der Ordner „%1“ für den neuen Katalog gibt es nicht.</source>
        <translation>Der Ordner „%1“ für den neuen Katalog gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="65"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="67"/>
        <source>keine Berechtigung, in diesem Ordner zu schreiben</source>
        <translation>keine Berechtigung, in diesem Ordner zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="69"/>
        <location filename="../core/storage/catalogcreate.cpp" line="87"/>
        <location filename="../core/storage/catalogcreate.cpp" line="112"/>
        <source>Der Katalog „%1“ kann nicht angelegt werden: %2</source>
        <translation>Der Katalog „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="103"/>
        <source>Der Katalog „%1“ kann nicht gespeichert werden: %2</source>
        <translation>Der Katalog „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="114"/>
        <source>der Datenträger ist voll (kein Speicherplatz mehr frei)</source>
        <translation>der Datenträger ist voll (kein Speicherplatz mehr frei)</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="127"/>
        <source>Der Katalog „%1“ kann nicht angelegt werden (Datei entstand gleichzeitig oder Ordner nicht beschreibbar).</source>
        <translation>Der Katalog „%1“ kann nicht angelegt werden (Datei entstand gleichzeitig oder Ordner nicht beschreibbar).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="43"/>
        <source>Der Katalog „%1“ hat noch keinen Schlüssel für Workshop-Pakete und ist schreibgeschützt geöffnet: %2</source>
        <translation>Der Katalog „%1“ hat noch keinen Schlüssel für Workshop-Pakete und ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="90"/>
        <source>Interner Fehler: „%1“ des Katalogs kann nicht geändert werden.</source>
        <translation>Interner Fehler: „%1“ des Katalogs kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="93"/>
        <source>Der Katalog „%1“ wurde inzwischen geändert (%2).</source>
        <translation>Der Katalog „%1“ wurde inzwischen geändert (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/planrows.cpp" line="27"/>
        <source>Interner Fehler: die Verbindung „%1“ ist keine offene Verbindung zu einem Katalog.</source>
        <translation>Interner Fehler: die Verbindung „%1“ ist keine offene Verbindung zu einem Katalog.</translation>
    </message>
</context>
<context>
    <name>tfp::analysis</name>
    <message>
        <location filename="../core/analysis/coverage.cpp" line="91"/>
        <source>Für die Abdeckung fehlt das heutige Datum.</source>
        <translation>Für die Abdeckung fehlt das heutige Datum.</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="130"/>
        <source>höchste Priorität</source>
        <translation>höchste Priorität</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="132"/>
        <source>hohe Priorität</source>
        <translation>hohe Priorität</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="134"/>
        <source>mittlere Priorität</source>
        <translation>mittlere Priorität</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="136"/>
        <source>niedrige Priorität</source>
        <translation>niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="145"/>
        <source>Digitalisierungslabor</source>
        <translation>Digitalisierungslabor</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="147"/>
        <source>Digitalisierungs-Werkbank</source>
        <translation>Digitalisierungs-Werkbank</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="149"/>
        <source>Direkt-Digitalisierung</source>
        <translation>Direkt-Digitalisierung</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="151"/>
        <source>vorhandene Lösung nachnutzen</source>
        <translation>vorhandene Lösung nachnutzen</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="167"/>
        <source>Das Kriterium „%1“ hat das Gewicht %2; erwartet wird eine Zahl ab 0.</source>
        <translation>Das Kriterium „%1“ hat das Gewicht %2; erwartet wird eine Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="213"/>
        <source>Das Themenfeld %1 gibt es im Katalog nicht.</source>
        <translation>Das Themenfeld %1 gibt es im Katalog nicht.</translation>
    </message>
    <message>
        <location filename="../core/analysis/progress.cpp" line="242"/>
        <source>Für den Zeitplan fehlt das heutige Datum.</source>
        <translation>Für den Zeitplan fehlt das heutige Datum.</translation>
    </message>
    <message>
        <location filename="../core/analysis/progress.cpp" line="210"/>
        <location filename="../core/analysis/schedule.cpp" line="23"/>
        <source>„%1“ (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="48"/>
        <source>Abhängigkeit verletzt</source>
        <translation>Abhängigkeit verletzt</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="50"/>
        <source>außerhalb der Projektlaufzeit</source>
        <translation>außerhalb der Projektlaufzeit</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="52"/>
        <source>Phasen in falscher Reihenfolge</source>
        <translation>Phasen in falscher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="54"/>
        <source>Erreicht-Datum in der Zukunft</source>
        <translation>Erreicht-Datum in der Zukunft</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="67"/>
        <source>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5).</source>
        <translation>
            <numerusform>%1 liegt am %2, %n Tag vor dem frühesten Termin %3: er folgt %4 (%5).</numerusform>
            <numerusform>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="70"/>
        <source>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5) mit %6 Abstand.</source>
        <translation>
            <numerusform>%1 liegt am %2, %n Tag vor dem frühesten Termin %3: er folgt %4 (%5) mit %6 Abstand.</numerusform>
            <numerusform>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5) mit %6 Abstand.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="73"/>
        <source>1 Tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="73"/>
        <source>%1 Tagen</source>
        <translation>%1 Tagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="76"/>
        <source>%1 liegt am %2, %n Tage vor dem Projektbeginn %3.</source>
        <translation>
            <numerusform>%1 liegt am %2, %n Tag vor dem Projektbeginn %3.</numerusform>
            <numerusform>%1 liegt am %2, %n Tage vor dem Projektbeginn %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="78"/>
        <source>%1 liegt am %2, %n Tage nach dem Projektende %3.</source>
        <translation>
            <numerusform>%1 liegt am %2, %n Tag nach dem Projektende %3.</numerusform>
            <numerusform>%1 liegt am %2, %n Tage nach dem Projektende %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="81"/>
        <source>%1 liegt am %2, %n Tage vor %3 (%4) aus einer früheren Phase.</source>
        <translation>
            <numerusform>%1 liegt am %2, %n Tag vor %3 (%4) aus einer früheren Phase.</numerusform>
            <numerusform>%1 liegt am %2, %n Tage vor %3 (%4) aus einer früheren Phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="84"/>
        <source>%1 ist als erreicht am %2 eingetragen, %n Tage nach dem Stichtag %3.</source>
        <translation>
            <numerusform>%1 ist als erreicht am %2 eingetragen, %n Tag nach dem Stichtag %3.</numerusform>
            <numerusform>%1 ist als erreicht am %2 eingetragen, %n Tage nach dem Stichtag %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="94"/>
        <source>Für die Terminprüfung fehlt ein gültiger Stichtag.</source>
        <translation>Für die Terminprüfung fehlt ein gültiger Stichtag.</translation>
    </message>
</context>
<context>
    <name>tfp::cli</name>
    <message>
        <location filename="../app/tfp/cli.cpp" line="27"/>
        <source>Sprache der Ausgabe: de (Vorgabe) oder en; ebenso die Umgebungsvariable TFP_LANG.</source>
        <translation>Sprache der Ausgabe: de (Vorgabe) oder en; ebenso die Umgebungsvariable TFP_LANG.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="29"/>
        <source>SPRACHE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="47"/>
        <source>falsche Anzahl von Argumenten; siehe „%1 --help“.</source>
        <translation>falsche Anzahl von Argumenten; siehe „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="84"/>
        <source>%1 erwartet de oder en, nicht „%2“.</source>
        <translation>%1 erwartet de oder en, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="176"/>
        <source>unbekanntes Themenfeld „%1“; gültig sind: %2</source>
        <translation>unbekanntes Themenfeld „%1“; gültig sind: %2</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="29"/>
        <source>Priorisierung %1
</source>
        <translation>Priorisierung %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="38"/>
        <source>Welle %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="39"/>
        <source>nicht bewertet</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="41"/>
        <source> (unsicher)</source>
        <translation> (unsicher)</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="47"/>
        <source>Zyklus in den Abhängigkeiten: %1
</source>
        <translation>Zyklus in den Abhängigkeiten: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="50"/>
        <source>Konflikt: %1 (Rang %2) hängt ab von %3 (Rang %4)
</source>
        <translation>Konflikt: %1 (Rang %2) hängt ab von %3 (Rang %4)
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="61"/>
        <location filename="../app/tfp/cmd_analysis.cpp" line="121"/>
        <location filename="../app/tfp/cmd_catalog.cpp" line="38"/>
        <location filename="../app/tfp/cmd_chart.cpp" line="32"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="24"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="87"/>
        <location filename="../app/tfp/cmd_history.cpp" line="39"/>
        <location filename="../app/tfp/cmd_history.cpp" line="128"/>
        <location filename="../app/tfp/cmd_json.cpp" line="25"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="38"/>
        <location filename="../app/tfp/cmd_review.cpp" line="23"/>
        <source>Der Katalog (*.tfplan).</source>
        <translation>Der Katalog (*.tfplan).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="63"/>
        <source>Das Themenfeld, dessen Leistungen priorisiert werden.</source>
        <translation>Das Themenfeld, dessen Leistungen priorisiert werden.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="64"/>
        <location filename="../app/tfp/cmd_analysis.cpp" line="130"/>
        <location filename="../app/tfp/cmd_catalog.cpp" line="39"/>
        <source>Ausgabe als ein JSON-Objekt.</source>
        <translation>Ausgabe als ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="68"/>
        <source>Priorisiert die Leistungen eines Themenfelds: Score, Rang, Kategorie, Format, Welle und Sensitivität.</source>
        <translation>Priorisiert die Leistungen eines Themenfelds: Score, Rang, Kategorie, Format, Welle und Sensitivität.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="73"/>
        <source>--themenfeld NAME fehlt; siehe „%1 --help“.</source>
        <translation>--themenfeld NAME fehlt; siehe „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="96"/>
        <source>Leistungen: %1
</source>
        <translation>Leistungen: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="104"/>
        <source>OZG-konform (Reifegrad ≥ 3): %1 (%2)
</source>
        <translation>OZG-konform (Reifegrad ≥ 3): %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="105"/>
        <source>ohne Projekt: %1
</source>
        <translation>ohne Projekt: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="106"/>
        <source>ohne Onlinedienst: %1
</source>
        <translation>ohne Onlinedienst: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="107"/>
        <source>Lagen ohne Aktivität: %1
</source>
        <translation>Lagen ohne Aktivität: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="108"/>
        <source>Projekte ohne Meilensteine: %1
</source>
        <translation>Projekte ohne Meilensteine: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="109"/>
        <source>Meilensteine überfällig: %1, verzögert: %2
</source>
        <translation>Meilensteine überfällig: %1, verzögert: %2
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="112"/>
        <source>Terminkonflikte: %1
</source>
        <translation>Terminkonflikte: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="122"/>
        <source>Nur dieses Themenfeld (sonst das ganze Programm).</source>
        <translation>Nur dieses Themenfeld (sonst das ganze Programm).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="125"/>
        <source>alle (Vorgabe) oder foederal: nur Leistungen des Digitalisierungsprogramms Föderal.</source>
        <translation>alle (Vorgabe) oder foederal: nur Leistungen des Digitalisierungsprogramms Föderal.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="128"/>
        <source>Stichtag für überfällige Meilensteine und Terminkonflikte (Vorgabe: heute).</source>
        <translation>Stichtag für überfällige Meilensteine und Terminkonflikte (Vorgabe: heute).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="132"/>
        <source>Zeigt die Abdeckung: Status, Reifegrad, Onlinedienste und Lücken.</source>
        <translation>Zeigt die Abdeckung: Status, Reifegrad, Onlinedienste und Lücken.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="148"/>
        <source>--scope erwartet alle oder foederal, nicht „%1“.</source>
        <translation>--scope erwartet alle oder foederal, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="173"/>
        <source>Leistungen eines Themenfelds priorisieren und in Wellen planen</source>
        <translation>Leistungen eines Themenfelds priorisieren und in Wellen planen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="175"/>
        <source>Abdeckung und Lücken eines Themenfelds oder des Programms zeigen</source>
        <translation>Abdeckung und Lücken eines Themenfelds oder des Programms zeigen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="23"/>
        <location filename="../app/tfp/cmd_json.cpp" line="53"/>
        <source>Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="25"/>
        <source>Legt einen neuen Katalog mit dem eingebetteten OZG-Katalog an.</source>
        <translation>Legt einen neuen Katalog mit dem eingebetteten OZG-Katalog an.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="41"/>
        <source>Zählt den Inhalt eines Katalogs und zeigt die Federführung.</source>
        <translation>Zählt den Inhalt eines Katalogs und zeigt die Federführung.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="66"/>
        <source>Der Katalog, den das Öffnen ablehnt (*.tfplan); er bleibt unverändert.</source>
        <translation>Der Katalog, den das Öffnen ablehnt (*.tfplan); er bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="68"/>
        <source>Der neue, bereinigte Katalog; eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>Der neue, bereinigte Katalog; eine vorhandene Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="69"/>
        <source>NEU</source>
        <translation>NEU</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="72"/>
        <source>Kopiert alle gültigen Einträge eines abgelehnten Katalogs (mit Katalogkennung und Journal, soweit gültig) in einen neuen Katalog und nennt, was ausgelassen wurde und warum.</source>
        <translation>Kopiert alle gültigen Einträge eines abgelehnten Katalogs (mit Katalogkennung und Journal, soweit gültig) in einen neuen Katalog und nennt, was ausgelassen wurde und warum.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="78"/>
        <source>-o NEU fehlt; siehe „tfp repair --help“.</source>
        <translation>-o NEU fehlt; siehe „tfp repair --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="85"/>
        <source>ausgelassen: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="87"/>
        <source>Neuer Katalog „%1“ (Kennung %2, %3): %4 Einträge und %5 Journaleinträge übernommen, %6 Angaben ausgelassen.
</source>
        <translation>Neuer Katalog „%1“ (Kennung %2, %3): %4 Einträge und %5 Journaleinträge übernommen, %6 Angaben ausgelassen.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="89"/>
        <source>übernommen</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="89"/>
        <source>neu vergeben</source>
        <translation>neu vergeben</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="104"/>
        <source>neuen Katalog aus dem eingebetteten OZG-Katalog anlegen</source>
        <translation>neuen Katalog aus dem eingebetteten OZG-Katalog anlegen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="105"/>
        <source>Inhalt und Federführung eines Katalogs zählen</source>
        <translation>Inhalt und Federführung eines Katalogs zählen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="107"/>
        <source>gültige Einträge eines abgelehnten Katalogs in einen neuen Katalog kopieren</source>
        <translation>gültige Einträge eines abgelehnten Katalogs in einen neuen Katalog kopieren</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="160"/>
        <source>--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“.</source>
        <translation>--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="23"/>
        <source>--%1 erwartet eine ganze Zahl Pixel, nicht „%2“.</source>
        <translation>--%1 erwartet eine ganze Zahl Pixel, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="33"/>
        <source>Das Themenfeld (sonst das ganze Programm).</source>
        <translation>Das Themenfeld (sonst das ganze Programm).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="36"/>
        <source>Das Diagramm: status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet.</source>
        <translation>Das Diagramm: status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="37"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="31"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="91"/>
        <source>ART</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="38"/>
        <source>Die Ausgabedatei: .png oder .svg.</source>
        <translation>Die Ausgabedatei: .png oder .svg.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="39"/>
        <source>Breite in Pixeln (Vorgabe 1360).</source>
        <translation>Breite in Pixeln (Vorgabe 1360).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="41"/>
        <source>Höhe in Pixeln (Vorgabe: 800 bei 1360 Breite; ein Gantt so hoch, dass alle Projekte lesbar sind).</source>
        <translation>Höhe in Pixeln (Vorgabe: 800 bei 1360 Breite; ein Gantt so hoch, dass alle Projekte lesbar sind).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="44"/>
        <source>alle (Vorgabe) oder foederal.</source>
        <translation>alle (Vorgabe) oder foederal.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="45"/>
        <source>Das Datum „heute“ im Diagramm (Vorgabe: heute).</source>
        <translation>Das Datum „heute“ im Diagramm (Vorgabe: heute).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="46"/>
        <source>Gantt und Go-live: Beginn des gezeigten Zeitraums.</source>
        <translation>Gantt und Go-live: Beginn des gezeigten Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="47"/>
        <source>Gantt und Go-live: Ende des gezeigten Zeitraums.</source>
        <translation>Gantt und Go-live: Ende des gezeigten Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="50"/>
        <source>Zeichnet ein Diagramm des Themenfelds oder des Programms als PNG- oder SVG-Datei, mit denselben Zahlen wie die Übersicht in der Anwendung.</source>
        <translation>Zeichnet ein Diagramm des Themenfelds oder des Programms als PNG- oder SVG-Datei, mit denselben Zahlen wie die Übersicht in der Anwendung.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="56"/>
        <source>--kind muss status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet sein.</source>
        <translation>--kind muss status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet sein.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="62"/>
        <source>-o AUSGABE fehlt: die Datei, in die das Diagramm geschrieben wird (.png oder .svg).</source>
        <translation>-o AUSGABE fehlt: die Datei, in die das Diagramm geschrieben wird (.png oder .svg).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="66"/>
        <source>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</source>
        <translation>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="89"/>
        <source>--bis (%1) muss nach --von (%2) liegen.</source>
        <translation>--bis (%1) muss nach --von (%2) liegen.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="144"/>
        <source>ein Diagramm des Themenfelds oder Programms als PNG oder SVG zeichnen</source>
        <translation>ein Diagramm des Themenfelds oder Programms als PNG oder SVG zeichnen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="35"/>
        <source>BLATT</source>
        <translation>BLATT</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="36"/>
        <source>Zeigt nur, was sich ändern würde; schreibt nichts.</source>
        <translation>Zeigt nur, was sich ändern würde; schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="41"/>
        <source>Importiert eine Tabelle in den Katalog: Zeilen werden über ihren Schlüssel (OZG-ID, Projekt, Meilenstein) zugeordnet und aktualisiert, nie verdoppelt. Ganz oder gar nicht.</source>
        <translation>Importiert eine Tabelle in den Katalog: Zeilen werden über ihren Schlüssel (OZG-ID, Projekt, Meilenstein) zugeordnet und aktualisiert, nie verdoppelt. Ganz oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="76"/>
        <source>„%1“ wurde nicht importiert; der Katalog ist unverändert.</source>
        <translation>„%1“ wurde nicht importiert; der Katalog ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="34"/>
        <source>Tabellenblatt einer .xlsx- oder .ods-Datei: Name oder Nummer (Standard: das erste).</source>
        <translation>Tabellenblatt einer .xlsx- oder .ods-Datei: Name oder Nummer (Standard: das erste).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="38"/>
        <source>Bericht als JSON (Aufbau: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Bericht als JSON (Aufbau: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="93"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="94"/>
        <source>Die Ausgabedatei.</source>
        <translation>Die Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="94"/>
        <location filename="../app/tfp/cmd_history.cpp" line="52"/>
        <location filename="../app/tfp/cmd_json.cpp" line="28"/>
        <location filename="../app/tfp/cmd_review.cpp" line="28"/>
        <source>AUSGABE</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="95"/>
        <source>Nur dieses Themenfeld.</source>
        <translation>Nur dieses Themenfeld.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="95"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="97"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="146"/>
        <source>Tabelle (CSV, .xlsx, .ods, Dashboard-Export) in den Katalog importieren</source>
        <translation>Tabelle (CSV, .xlsx, .ods, Dashboard-Export) in den Katalog importieren</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="149"/>
        <source>Tabellen als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Meilensteine als Kalender (.ics)</source>
        <translation>Tabellen als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Meilensteine als Kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="122"/>
        <source>Das Themenfeld „%1“ gibt es nicht.</source>
        <translation>Das Themenfeld „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="26"/>
        <source>Die CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods); für zeitplan die MS-Project-XML-Datei.</source>
        <translation>Die CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods); für zeitplan die MS-Project-XML-Datei.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="29"/>
        <source>Was die Datei enthält: leistungen, projekte, meilensteine, dashboard oder zeitplan (MS-Project-XML aus tfp export --kind zeitplan).</source>
        <translation>Was die Datei enthält: leistungen, projekte, meilensteine, dashboard oder zeitplan (MS-Project-XML aus tfp export --kind zeitplan).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="48"/>
        <source>--kind muss leistungen, projekte, meilensteine, dashboard oder zeitplan sein.</source>
        <translation>--kind muss leistungen, projekte, meilensteine, dashboard oder zeitplan sein.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="89"/>
        <source>leistungen, projekte, meilensteine, (nur xlsx und ods) arbeitsplan oder (nur mspdi) zeitplan.</source>
        <translation>leistungen, projekte, meilensteine, (nur xlsx und ods) arbeitsplan oder (nur mspdi) zeitplan.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="92"/>
        <source>csv, xlsx, ods, (nur meilensteine) ics oder (nur zeitplan) mspdi.</source>
        <translation>csv, xlsx, ods, (nur meilensteine) ics oder (nur zeitplan) mspdi.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="96"/>
        <source>Nur dieses Projekt (Nummer; Projekte, Meilensteine und Zeitplan).</source>
        <translation>Nur dieses Projekt (Nummer; Projekte, Meilensteine und Zeitplan).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="101"/>
        <source>Exportiert Tabellen des Arbeitsplans als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Kalender, den Zeitplan als MS-Project-XML.</source>
        <translation>Exportiert Tabellen des Arbeitsplans als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Kalender, den Zeitplan als MS-Project-XML.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="109"/>
        <source>erwartet: --kind leistungen|projekte|meilensteine|arbeitsplan|zeitplan, --format csv|xlsx|ods|ics|mspdi (ics nur für meilensteine, arbeitsplan nur für xlsx und ods, zeitplan nur als mspdi) und -o AUSGABE.</source>
        <translation>erwartet: --kind leistungen|projekte|meilensteine|arbeitsplan|zeitplan, --format csv|xlsx|ods|ics|mspdi (ics nur für meilensteine, arbeitsplan nur für xlsx und ods, zeitplan nur als mspdi) und -o AUSGABE.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="132"/>
        <source>Ein Projekt mit der Nummer „%1“ gibt es nicht.</source>
        <translation>Ein Projekt mit der Nummer „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="41"/>
        <source>Änderungen ab diesem Tag (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>Änderungen ab diesem Tag (JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="41"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="53"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="54"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="55"/>
        <source>DATUM</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="43"/>
        <source>Änderungen seit dem Stand dieses Namens (siehe „tfp stand“).</source>
        <translation>Änderungen seit dem Stand dieses Namens (siehe „tfp stand“).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="44"/>
        <source>Nur Änderungen dieses Themenfelds.</source>
        <translation>Nur Änderungen dieses Themenfelds.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="47"/>
        <source>Nur Änderungen dieser Tabelle (leistung, projekt, meilenstein …), mit „:SCHLÜSSEL“ nur eines Eintrags.</source>
        <translation>Nur Änderungen dieser Tabelle (leistung, projekt, meilenstein …), mit „:SCHLÜSSEL“ nur eines Eintrags.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="49"/>
        <source>TABELLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="50"/>
        <source>Nur Änderungen dieser Person.</source>
        <translation>Nur Änderungen dieser Person.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="51"/>
        <source>Schreibt die Änderungen als CSV (Semikolon, UTF-8) nach AUSGABE.</source>
        <translation>Schreibt die Änderungen als CSV (Semikolon, UTF-8) nach AUSGABE.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="55"/>
        <source>Zeigt die Änderungen seit einem Datum oder einem Stand: wer, wann, alt → neu.</source>
        <translation>Zeigt die Änderungen seit einem Datum oder einem Stand: wer, wann, alt → neu.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="60"/>
        <source>„--since“ und „--stand“ schließen einander aus.</source>
        <translation>„--since“ und „--stand“ schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="66"/>
        <source>„--since“ erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%1“.</source>
        <translation>„--since“ erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="76"/>
        <source>„--entity“ erwartet eine Tabelle, gegebenenfalls mit „:SCHLÜSSEL“; Tabellen: %1.</source>
        <translation>„--entity“ erwartet eine Tabelle, gegebenenfalls mit „:SCHLÜSSEL“; Tabellen: %1.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="94"/>
        <source>Im Katalog „%1“ gibt es keinen Stand „%2“; es gibt: %3.</source>
        <translation>Im Katalog „%1“ gibt es keinen Stand „%2“; es gibt: %3.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="96"/>
        <source>keinen</source>
        <translation>keinen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="104"/>
        <source>%1 Änderungen nach „%2“ geschrieben.
</source>
        <translation>%1 Änderungen nach „%2“ geschrieben.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="117"/>
        <source>Keine Änderungen.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="130"/>
        <source>Der Name des Stands, z. B. „Stand Steuerungskreis 14.11.2026“.</source>
        <translation>Der Name des Stands, z. B. „Stand Steuerungskreis 14.11.2026“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="134"/>
        <source>Hält den Plan, wie er jetzt ist, unter einem Namen fest; „tfp changes --stand NAME“ zeigt später, was sich seitdem geändert hat.</source>
        <translation>Hält den Plan, wie er jetzt ist, unter einem Namen fest; „tfp changes --stand NAME“ zeigt später, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="145"/>
        <source>Stand „%1“ festgehalten (Revision %2).
</source>
        <translation>Stand „%1“ festgehalten (Revision %2).
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="158"/>
        <source>Änderungen seit einem Datum oder Stand zeigen</source>
        <translation>Änderungen seit einem Datum oder Stand zeigen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="159"/>
        <source>den Plan unter einem Namen festhalten</source>
        <translation>den Plan unter einem Namen festhalten</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="27"/>
        <source>Schreibt das Dokument in AUSGABE statt auf die Standardausgabe.</source>
        <translation>Schreibt das Dokument in AUSGABE statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="31"/>
        <source>Schreibt den ganzen Plan als versioniertes JSON-Dokument (Format: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Schreibt den ganzen Plan als versioniertes JSON-Dokument (Format: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="54"/>
        <source>Das JSON-Dokument, das „tfp export-json“ geschrieben hat.</source>
        <translation>Das JSON-Dokument, das „tfp export-json“ geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="56"/>
        <source>Legt einen neuen Katalog aus einem JSON-Dokument an: ganz oder gar nicht.</source>
        <translation>Legt einen neuen Katalog aus einem JSON-Dokument an: ganz oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="77"/>
        <source>ganzen Plan als JSON-Dokument ausgeben</source>
        <translation>ganzen Plan als JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="78"/>
        <source>neuen Katalog aus einem JSON-Dokument anlegen</source>
        <translation>neuen Katalog aus einem JSON-Dokument anlegen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="24"/>
        <source>Das Themenfeld, das der Workshop prüft.</source>
        <translation>Das Themenfeld, das der Workshop prüft.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="27"/>
        <source>Das neue Workshop-Paket (*.tfreview); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>Das neue Workshop-Paket (*.tfreview); eine vorhandene Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="32"/>
        <source>Erstellt ein Workshop-Paket: ein Themenfeld des Katalogs als eigene Datei, die ohne den Katalog geöffnet, geprüft und bearbeitet werden kann.</source>
        <translation>Erstellt ein Workshop-Paket: ein Themenfeld des Katalogs als eigene Datei, die ohne den Katalog geöffnet, geprüft und bearbeitet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="38"/>
        <source>„--themenfeld NAME“ und „-o AUSGABE“ sind nötig; siehe „%1 --help“.</source>
        <translation>„--themenfeld NAME“ und „-o AUSGABE“ sind nötig; siehe „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="47"/>
        <source>Workshop-Paket „%1“ für „%2“ erstellt (Katalog-Revision %3).
</source>
        <translation>Workshop-Paket „%1“ für „%2“ erstellt (Katalog-Revision %3).
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="83"/>
        <source>Der Katalog (*.tfplan), aus dem das Paket stammt.</source>
        <translation>Der Katalog (*.tfplan), aus dem das Paket stammt.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="84"/>
        <source>Das Workshop-Paket (*.tfreview).</source>
        <translation>Das Workshop-Paket (*.tfreview).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="86"/>
        <source>Zeigt nur, was übernommen würde und was in Konflikt steht; ändert nichts.</source>
        <translation>Zeigt nur, was übernommen würde und was in Konflikt steht; ändert nichts.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="89"/>
        <source>Ausgabe als ein JSON-Objekt (Format: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Ausgabe als ein JSON-Objekt (Format: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="91"/>
        <source>Übernimmt das Mittel der Stimmen des Workshops (gerundet) als Bewertung.</source>
        <translation>Übernimmt das Mittel der Stimmen des Workshops (gerundet) als Bewertung.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="94"/>
        <source>Entscheidet Konflikte: „katalog“ oder „paket“ für alle noch offenen, „ID=katalog“ oder „ID=paket“ für einen (die IDs zeigt --dry-run). Mehrfach möglich.</source>
        <translation>Entscheidet Konflikte: „katalog“ oder „paket“ für alle noch offenen, „ID=katalog“ oder „ID=paket“ für einen (die IDs zeigt --dry-run). Mehrfach möglich.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="96"/>
        <source>ENTSCHEIDUNG</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="100"/>
        <source>Übernimmt das Ergebnis eines Workshop-Pakets in seinen Katalog: Feld für Feld gegen den Stand, aus dem das Paket erstellt wurde, in einem Schritt.</source>
        <translation>Übernimmt das Ergebnis eines Workshop-Pakets in seinen Katalog: Feld für Feld gegen den Stand, aus dem das Paket erstellt wurde, in einem Schritt.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="106"/>
        <source>„--resolve“ erwartet „katalog“, „paket“, „ID=katalog“ oder „ID=paket“.</source>
        <translation>„--resolve“ erwartet „katalog“, „paket“, „ID=katalog“ oder „ID=paket“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="121"/>
        <source>„%1“ ist kein Konflikt dieses Pakets; die Konflikte und ihre IDs zeigt „--dry-run“.</source>
        <translation>„%1“ ist kein Konflikt dieses Pakets; die Konflikte und ihre IDs zeigt „--dry-run“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="132"/>
        <source>„%1“: offene Konflikte: %2. Entscheiden Sie mit „--resolve katalog“ oder „--resolve paket“, einzeln mit „--resolve ID=…“ (die IDs zeigt „--dry-run“); nichts wurde geändert.</source>
        <translation>„%1“: offene Konflikte: %2. Entscheiden Sie mit „--resolve katalog“ oder „--resolve paket“, einzeln mit „--resolve ID=…“ (die IDs zeigt „--dry-run“); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="159"/>
        <source>Workshop-Paket für ein Themenfeld erstellen</source>
        <translation>Workshop-Paket für ein Themenfeld erstellen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="160"/>
        <source>Workshop-Ergebnis in den Katalog übernehmen</source>
        <translation>Workshop-Ergebnis in den Katalog übernehmen</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="29"/>
        <source>abgebrochen (Signal %1).</source>
        <translation>abgebrochen (Signal %1).</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="91"/>
        <source>Aufruf: tfp BEFEHL [OPTIONEN] …

Befehle:
</source>
        <translation>Aufruf: tfp BEFEHL [OPTIONEN] …

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="94"/>
        <source>
„tfp BEFEHL --help“ beschreibt einen Befehl.
</source>
        <translation>
„tfp BEFEHL --help“ beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="95"/>
        <source>„tfp --lang en BEFEHL …“ oder TFP_LANG=en antwortet auf Englisch.
</source>
        <translation>„tfp --lang en BEFEHL …“ oder TFP_LANG=en antwortet auf Englisch.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="118"/>
        <source>unbekannter Befehl „%1“; „tfp --help“ listet alle.</source>
        <translation>unbekannter Befehl „%1“; „tfp --help“ listet alle.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="31"/>
        <source>--%1 erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%2“.</source>
        <translation>--%1 erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="40"/>
        <source>Das Themenfeld, dessen Arbeitsplan geschrieben wird.</source>
        <translation>Das Themenfeld, dessen Arbeitsplan geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="41"/>
        <source>Die Arbeitspläne aller Themenfelder, je eine Datei im Ordner von -o.</source>
        <translation>Die Arbeitspläne aller Themenfelder, je eine Datei im Ordner von -o.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="50"/>
        <source>Die Abschnitte, durch Kommas getrennt (Vorgabe: alle): deckblatt, ueberblick, priorisierung, projekte, zeitplan, meilensteine, abdeckung, risiken, anhang.</source>
        <translation>Die Abschnitte, durch Kommas getrennt (Vorgabe: alle): deckblatt, ueberblick, priorisierung, projekte, zeitplan, meilensteine, abdeckung, risiken, anhang.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="53"/>
        <source>Beginn des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>Beginn des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="54"/>
        <source>Ende des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>Ende des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="55"/>
        <source>Das Datum des Stands (Vorgabe: heute).</source>
        <translation>Das Datum des Stands (Vorgabe: heute).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="57"/>
        <source>Vergleicht den Zeitplan mit den Terminen eines benannten Stands (tfp stand).</source>
        <translation>Vergleicht den Zeitplan mit den Terminen eines benannten Stands (tfp stand).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="60"/>
        <source>Autor in den PDF-Metadaten (Vorgabe: der Autor des Katalogs).</source>
        <translation>Autor in den PDF-Metadaten (Vorgabe: der Autor des Katalogs).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="62"/>
        <source>Schreibt den Arbeitsplan eines Themenfelds als PDF.</source>
        <translation>Schreibt den Arbeitsplan eines Themenfelds als PDF.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="66"/>
        <source>genau eines von --themenfeld NAME oder --all ist nötig; siehe „%1 --help“.</source>
        <translation>genau eines von --themenfeld NAME oder --all ist nötig; siehe „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="71"/>
        <source>-o AUS fehlt; siehe „%1 --help“.</source>
        <translation>-o AUS fehlt; siehe „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="79"/>
        <source>--format erwartet pdf oder odt, nicht „%1“.</source>
        <translation>--format erwartet pdf oder odt, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="88"/>
        <source>%1: bearbeitbarer Arbeitsplan (ODT)
</source>
        <translation>%1: bearbeitbarer Arbeitsplan (ODT)
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="100"/>
        <source>--from %1 liegt nach --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="149"/>
        <source>den Arbeitsplan eines oder aller Themenfelder als PDF oder ODT schreiben</source>
        <translation>den Arbeitsplan eines oder aller Themenfelder als PDF oder ODT schreiben</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="92"/>
        <source>%1: %2 Seiten
</source>
        <translation>%1: %2 Seiten
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="43"/>
        <source>Die PDF- oder ODT-Datei (mit --all: der Ordner).</source>
        <translation>Die PDF- oder ODT-Datei (mit --all: der Ordner).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="46"/>
        <source>pdf (zum Versenden) oder odt (bearbeitbar, OpenDocument-Text); Vorgabe: odt, wenn AUS auf .odt endet, sonst pdf.</source>
        <translation>pdf (zum Versenden) oder odt (bearbeitbar, OpenDocument-Text); Vorgabe: odt, wenn AUS auf .odt endet, sonst pdf.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="122"/>
        <source>„%1“ ist kein Ordner; mit --all nennt -o den Ordner für die PDF-Dateien.</source>
        <translation>„%1“ ist kein Ordner; mit --all nennt -o den Ordner für die PDF-Dateien.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="126"/>
        <source>Der Ordner „%1“ kann nicht angelegt werden.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="17"/>
        <source>Die Datenbank als PostgreSQL-Adresse: postgresql://host[:port]/db, postgresql:///db?host=/socket/ordner oder postgres://benutzer@host/db. Ohne Passwort: libpq nimmt es aus ~/.pgpass (oder PGPASSFILE) oder meldet sich mit Kerberos an.</source>
        <translation>Die Datenbank als PostgreSQL-Adresse: postgresql://host[:port]/db, postgresql:///db?host=/socket/ordner oder postgres://benutzer@host/db. Ohne Passwort: libpq nimmt es aus ~/.pgpass (oder PGPASSFILE) oder meldet sich mit Kerberos an.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="59"/>
        <source>Legt fest, was eine Anmeldung der Datenbank im Katalog schreiben darf; der Server setzt es durch. Lesen darf jede Anmeldung mit Zugang alles.</source>
        <translation>Legt fest, was eine Anmeldung der Datenbank im Katalog schreiben darf; der Server setzt es durch. Lesen darf jede Anmeldung mit Zugang alles.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="61"/>
        <source>Die Anmeldung (Rolle) in der Datenbank, wie ihr Administrator sie angelegt hat.</source>
        <translation>Die Anmeldung (Rolle) in der Datenbank, wie ihr Administrator sie angelegt hat.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="64"/>
        <source>Das Kürzel eines Beteiligten des Katalogs (die Anmeldung schreibt, was seine Federführung als FF oder U und als Land seine Nachnutzung erlaubt), „Programmleitung“ (schreibt alles, auch den Katalog selbst) oder „keiner“ (nimmt den Zugang weg).</source>
        <translation>Das Kürzel eines Beteiligten des Katalogs (die Anmeldung schreibt, was seine Federführung als FF oder U und als Land seine Nachnutzung erlaubt), „Programmleitung“ (schreibt alles, auch den Katalog selbst) oder „keiner“ (nimmt den Zugang weg).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="69"/>
        <source>Nennt jede Anmeldung mit Zugang zum Katalog und ihren Zugang, eine je Zeile.</source>
        <translation>Nennt jede Anmeldung mit Zugang zum Katalog und ihren Zugang, eine je Zeile.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="93"/>
        <source>„%1“ ist keine PostgreSQL-Adresse (postgresql://… oder postgres://…).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://… oder postgres://…).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="113"/>
        <source>init, export, import, zugang oder zugaenge; „tfp server AKTION --help“ beschreibt jede.</source>
        <translation>init, export, import, zugang oder zugaenge; „tfp server AKTION --help“ beschreibt jede.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="117"/>
        <source>Ein Programmkatalog auf einem PostgreSQL-Server:
  init URL               Schema anlegen und mit dem eingebetteten OZG-Katalog füllen
  export URL DATEI       Katalog des Servers in eine Katalogdatei schreiben
  import URL DATEI       Katalogdatei in eine leere Datenbank übertragen
  zugang URL ANMELDUNG ZUGANG
                         festlegen, was eine Anmeldung schreiben darf
  zugaenge URL           die Anmeldungen mit Zugang nennen</source>
        <translation>Ein Programmkatalog auf einem PostgreSQL-Server:
  init URL               Schema anlegen und mit dem eingebetteten OZG-Katalog füllen
  export URL DATEI       Katalog des Servers in eine Katalogdatei schreiben
  import URL DATEI       Katalogdatei in eine leere Datenbank übertragen
  zugang URL ANMELDUNG ZUGANG
                         festlegen, was eine Anmeldung schreiben darf
  zugaenge URL           die Anmeldungen mit Zugang nennen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="126"/>
        <source>unbekannte Aktion „%1“; „tfp server --help“ nennt init, export, import, zugang und zugaenge.</source>
        <translation>unbekannte Aktion „%1“; „tfp server --help“ nennt init, export, import, zugang und zugaenge.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="137"/>
        <source>Programmkatalog auf einem PostgreSQL-Server anlegen, exportieren, importieren, Zugänge festlegen</source>
        <translation>Programmkatalog auf einem PostgreSQL-Server anlegen, exportieren, importieren, Zugänge festlegen</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="41"/>
        <source>Legt das Schema des Katalogs in einer leeren PostgreSQL-Datenbank an und füllt sie mit dem eingebetteten OZG-Katalog, in einer Transaktion. Eine Datenbank, die schon Tabellen hat, bleibt unverändert.</source>
        <translation>Legt das Schema des Katalogs in einer leeren PostgreSQL-Datenbank an und füllt sie mit dem eingebetteten OZG-Katalog, in einer Transaktion. Eine Datenbank, die schon Tabellen hat, bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="47"/>
        <source>Schreibt den Katalog des Servers in eine neue Katalogdatei: alle Einträge, das Journal und die Katalogangaben, aus einem Stand der Datenbank.</source>
        <translation>Schreibt den Katalog des Servers in eine neue Katalogdatei: alle Einträge, das Journal und die Katalogangaben, aus einem Stand der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="50"/>
        <source>Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="53"/>
        <source>Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte Datei lässt die Datenbank leer.</source>
        <translation>Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte Datei lässt die Datenbank leer.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="56"/>
        <source>Die Katalogdatei (*.tfplan); sie bleibt unverändert.</source>
        <translation>Die Katalogdatei (*.tfplan); sie bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>tfp::edit</name>
    <message>
        <location filename="../core/edit/changetext.cpp" line="26"/>
        <location filename="../core/edit/edits.cpp" line="37"/>
        <location filename="../ui/tableclipboard.cpp" line="32"/>
        <source>„%1“</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="41"/>
        <location filename="../core/edit/changetext.cpp" line="446"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="51"/>
        <source>Abhängigkeit: %1 nach %2</source>
        <translation>Abhängigkeit: %1 nach %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="53"/>
        <source>%1 von %n OZG-Leistungen auf %2 setzen</source>
        <translation>
            <numerusform>%1 von %n OZG-Leistung auf %2 setzen</numerusform>
            <numerusform>%1 von %n OZG-Leistungen auf %2 setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="72"/>
        <source>Abhängigkeit anlegen: %1 nach %2 (Abstand %n Tage)</source>
        <translation>
            <numerusform>Abhängigkeit anlegen: %1 nach %2 (Abstand %n Tag)</numerusform>
            <numerusform>Abhängigkeit anlegen: %1 nach %2 (Abstand %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="73"/>
        <source>%1 auf %2 verschieben, %n abhängige Meilensteine mit</source>
        <translation>
            <numerusform>%1 auf %2 verschieben, %n abhängigen Meilenstein mit</numerusform>
            <numerusform>%1 auf %2 verschieben, %n abhängige Meilensteine mit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="74"/>
        <source>%n offene Meilensteine von %1 verschieben</source>
        <translation>
            <numerusform>%n offenen Meilenstein von %1 verschieben</numerusform>
            <numerusform>%n offene Meilensteine von %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="87"/>
        <source>Stimmen von %1 erfassen</source>
        <translation>Stimmen von %1 erfassen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="89"/>
        <source>Import „%1“: %2 neu, %3 geändert</source>
        <translation>Import „%1“: %2 neu, %3 geändert</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="90"/>
        <source>Workshop-Ergebnis „%1“ übernehmen</source>
        <translation>Workshop-Ergebnis „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="91"/>
        <source>Rückgängig: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="92"/>
        <source>Import aus %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="93"/>
        <source>Workshop-Paket %1</source>
        <translation>Workshop-Paket %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="466"/>
        <source>%1 dem Projekt %2 zugeordnet</source>
        <translation>%1 dem Projekt %2 zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="467"/>
        <source>%1 vom Projekt %2 gelöst</source>
        <translation>%1 vom Projekt %2 gelöst</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="472"/>
        <source>%1 angelegt</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="472"/>
        <source>%1 gelöscht</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="478"/>
        <source>%1 von %2: %3 → %4</source>
        <translation>%1 von %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="30"/>
        <source>%1 %2 gibt es nicht (mehr).</source>
        <translation>%1 %2 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="42"/>
        <source>Projekt %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="43"/>
        <source>Federführung von %1</source>
        <translation>Federführung von %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="44"/>
        <source>Nachnutzung durch %1</source>
        <translation>Nachnutzung durch %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="45"/>
        <source>Kommentar %1</source>
        <translation>Kommentar %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="46"/>
        <source>Kommentar zu %1: %2</source>
        <translation>Kommentar zu %1: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="47"/>
        <source>Zuordnung von %1 zu %2</source>
        <translation>Zuordnung von %1 zu %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="48"/>
        <source>Bewertung %1 von %2</source>
        <translation>Bewertung %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="49"/>
        <source>Stimme von %1 zu %2 für %3</source>
        <translation>Stimme von %1 zu %2 für %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="50"/>
        <source>Zahlungsplan %1/Q%2</source>
        <translation>Zahlungsplan %1/Q%2</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="76"/>
        <source>„%1“ (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="90"/>
        <source>%1 kann nicht von sich selbst abhängen.</source>
        <translation>%1 kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="108"/>
        <source>%1 kann nicht von %2 abhängen: das schlösse einen Kreis, in dem jeder Meilenstein vor dem nächsten liegen müsste (%3).</source>
        <translation>%1 kann nicht von %2 abhängen: das schlösse einen Kreis, in dem jeder Meilenstein vor dem nächsten liegen müsste (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="124"/>
        <source>%1 von %2: %3.</source>
        <translation>%1 von %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="129"/>
        <source>Das Reifegradmodell 1.x kennt die Stufen 0 bis 4; %1 ist keine Stufe.</source>
        <translation>Das Reifegradmodell 1.x kennt die Stufen 0 bis 4; %1 ist keine Stufe.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="136"/>
        <source>Der Ziel-Reifegrad (%1) von %2 darf nicht unter dem erreichten Reifegrad (%3) liegen.</source>
        <translation>Der Ziel-Reifegrad (%1) von %2 darf nicht unter dem erreichten Reifegrad (%3) liegen.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="144"/>
        <source>Das Modell 1.x kennt nur die Stufen 0 bis 4; passen Sie zuerst die Reifegrade an.</source>
        <translation>Das Modell 1.x kennt nur die Stufen 0 bis 4; passen Sie zuerst die Reifegrade an.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="151"/>
        <source>Das Datum %1 für %2 liegt vor dem Projektbeginn (%3).</source>
        <translation>Das Datum %1 für %2 liegt vor dem Projektbeginn (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="155"/>
        <source>Das Erreicht-Datum %1 liegt in der Zukunft; tragen Sie geplante Termine unter „geplant“ ein.</source>
        <translation>Das Erreicht-Datum %1 liegt in der Zukunft; tragen Sie geplante Termine unter „geplant“ ein.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="164"/>
        <source>Der Meilenstein %1 wurde am %2 erreicht, vor dem neuen Projektbeginn %3.</source>
        <translation>Der Meilenstein %1 wurde am %2 erreicht, vor dem neuen Projektbeginn %3.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="172"/>
        <source>Das Projektende %1 liegt vor dem Projektbeginn %2.</source>
        <translation>Das Projektende %1 liegt vor dem Projektbeginn %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="184"/>
        <source>Die Schwellen müssen absteigen: höchste (%1) ≥ hohe (%2) ≥ mittlere Priorität (%3).</source>
        <translation>Die Schwellen müssen absteigen: höchste (%1) ≥ hohe (%2) ≥ mittlere Priorität (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="193"/>
        <source>%1 darf nicht leer sein.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="200"/>
        <location filename="../core/edit/themenfeldedits.cpp" line="123"/>
        <source>Das Kriterium %1 gibt es in %2 schon.</source>
        <translation>Das Kriterium %1 gibt es in %2 schon.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="249"/>
        <source>Der Meilenstein kommt damit vor %1 (%2), dem er folgt.</source>
        <translation>Der Meilenstein kommt damit vor %1 (%2), dem er folgt.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="252"/>
        <source>Der Meilenstein liegt damit nach %1 (%2), der auf ihn folgt.</source>
        <translation>Der Meilenstein liegt damit nach %1 (%2), der auf ihn folgt.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="259"/>
        <source>„flächendeckend ab“ liegt vor dem Go-live (%1).</source>
        <translation>„flächendeckend ab“ liegt vor dem Go-live (%1).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="461"/>
        <source>%1 hängt schon von %2 ab.</source>
        <translation>%1 hängt schon von %2 ab.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="52"/>
        <source>%1 von %2 auf %3 setzen</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="54"/>
        <source>%1 löschen</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="291"/>
        <source>Die OZG-ID %1 ist schon vergeben (an %2).</source>
        <translation>Die OZG-ID %1 ist schon vergeben (an %2).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="295"/>
        <source>Eine OZG-Leistung braucht einen Namen.</source>
        <translation>Eine OZG-Leistung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="55"/>
        <source>OZG-Leistung %1 „%2“ anlegen</source>
        <translation>OZG-Leistung %1 „%2“ anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="305"/>
        <source>Projektstart (Vorbereitung abgeschlossen)</source>
        <translation>Projektstart (Vorbereitung abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="306"/>
        <source>Konzeption abgeschlossen (Digitalisierungslabor)</source>
        <translation>Konzeption abgeschlossen (Digitalisierungslabor)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="307"/>
        <source>Referenzimplementierung (MVP) fertig</source>
        <translation>Referenzimplementierung (MVP) fertig</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="308"/>
        <source>Pilotierung abgeschlossen</source>
        <translation>Pilotierung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="309"/>
        <source>Roll-out / Nachnutzung gestartet</source>
        <translation>Roll-out / Nachnutzung gestartet</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="310"/>
        <source>Inbetriebnahme (Regelbetrieb)</source>
        <translation>Inbetriebnahme (Regelbetrieb)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="311"/>
        <source>flächendeckend verfügbar</source>
        <translation>flächendeckend verfügbar</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="320"/>
        <source>Ein Umsetzungsprojekt braucht einen Namen.</source>
        <translation>Ein Umsetzungsprojekt braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="56"/>
        <source>Projekt „%1“ anlegen</source>
        <translation>Projekt „%1“ anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="57"/>
        <source>%1 dem %2 zuordnen</source>
        <translation>%1 dem %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="58"/>
        <source>%1 OZG-Leistungen dem %2 zuordnen</source>
        <translation>%1 OZG-Leistungen dem %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="59"/>
        <source>Eine OZG-Leistung aus dem %1 entfernen</source>
        <translation>Eine OZG-Leistung aus dem %1 entfernen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="60"/>
        <source>%1 OZG-Leistungen aus dem %2 entfernen</source>
        <translation>%1 OZG-Leistungen aus dem %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="398"/>
        <source>Nachnutzung wird für Länder erfasst; %1 ist kein Land.</source>
        <translation>Nachnutzung wird für Länder erfasst; %1 ist kein Land.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="61"/>
        <source>Nachnutzung durch %1 aus %2 entfernen</source>
        <translation>Nachnutzung durch %1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="62"/>
        <source>Nachnutzung von %1 durch %2: %3</source>
        <translation>Nachnutzung von %1 durch %2: %3</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="436"/>
        <source>Ein Meilenstein braucht einen Titel.</source>
        <translation>Ein Meilenstein braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="63"/>
        <source>Meilenstein „%1“ im %2 anlegen</source>
        <translation>Meilenstein „%1“ im %2 anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="484"/>
        <source>Für %1/Q%2 gibt es im %3 schon einen Eintrag.</source>
        <translation>Für %1/Q%2 gibt es im %3 schon einen Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="64"/>
        <source>Zahlungsplan %1/Q%2 im %3 anlegen</source>
        <translation>Zahlungsplan %1/Q%2 im %3 anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="549"/>
        <source>Für die Quartale der Laufzeit braucht das %1 einen Beginn und ein Ende.</source>
        <translation>Für die Quartale der Laufzeit braucht das %1 einen Beginn und ein Ende.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="65"/>
        <source>Zahlungsplan: %n Quartale im %1 anlegen</source>
        <translation>
            <numerusform>Zahlungsplan: %n Quartal im %1 anlegen</numerusform>
            <numerusform>Zahlungsplan: %n Quartale im %1 anlegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="36"/>
        <source>%1 ist schon an der Federführung von %2 beteiligt.</source>
        <translation>%1 ist schon an der Federführung von %2 beteiligt.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="66"/>
        <source>%1 als %2 in die Federführung von %3 aufnehmen</source>
        <translation>%1 als %2 in die Federführung von %3 aufnehmen</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="74"/>
        <source>%1 ohne Namen wird nicht angelegt.</source>
        <translation>%1 ohne Namen wird nicht angelegt.</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="86"/>
        <source>Ein Beteiligter braucht ein Kürzel (etwa „BMI“ oder „HB“).</source>
        <translation>Ein Beteiligter braucht ein Kürzel (etwa „BMI“ oder „HB“).</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="89"/>
        <source>Das Kürzel %1 hat schon %2.</source>
        <translation>Das Kürzel %1 hat schon %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="67"/>
        <source>Beteiligten %1 (%2) anlegen</source>
        <translation>Beteiligten %1 (%2) anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="105"/>
        <source>Die Lage %1 gibt es in %2 schon.</source>
        <translation>Die Lage %1 gibt es in %2 schon.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="68"/>
        <source>Lage %1 in %2 anlegen</source>
        <translation>Lage %1 in %2 anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="69"/>
        <source>Kriterium %1 in %2 anlegen</source>
        <translation>Kriterium %1 in %2 anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="143"/>
        <source>Ein Risiko braucht eine Beschreibung.</source>
        <translation>Ein Risiko braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="70"/>
        <source>Risiko %1 in %2 erfassen</source>
        <translation>Risiko %1 in %2 erfassen</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="159"/>
        <source>Eine OZG-Leistung kann nicht von sich selbst abhängen.</source>
        <translation>Eine OZG-Leistung kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="71"/>
        <source>%1 hängt von %2 ab</source>
        <translation>%1 hängt von %2 ab</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="174"/>
        <source>Ein Onlinedienst braucht einen Namen.</source>
        <translation>Ein Onlinedienst braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="75"/>
        <source>Onlinedienst „%1“ anlegen</source>
        <translation>Onlinedienst „%1“ anlegen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="76"/>
        <source>%1 deckt %2 nicht mehr ab</source>
        <translation>%1 deckt %2 nicht mehr ab</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="77"/>
        <source>%1 deckt %2 mit Reifegrad %3 ab</source>
        <translation>%1 deckt %2 mit Reifegrad %3 ab</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="78"/>
        <source>%1 in %2 verfügbar</source>
        <translation>%1 in %2 verfügbar</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="79"/>
        <source>%1 in %2 nicht mehr verfügbar</source>
        <translation>%1 in %2 nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="241"/>
        <source>Ein leerer Kommentar wird nicht gespeichert.</source>
        <translation>Ein leerer Kommentar wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="80"/>
        <source>Kommentar zu %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="262"/>
        <source>Das Kriterium „%1“ gehört zum Themenfeld „%2“, die OZG-Leistung %3 aber zum Themenfeld „%4“; sie wird dort bewertet.</source>
        <translation>Das Kriterium „%1“ gehört zum Themenfeld „%2“, die OZG-Leistung %3 aber zum Themenfeld „%4“; sie wird dort bewertet.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="81"/>
        <source>Bewertung „%1“ von %2 entfernen</source>
        <translation>Bewertung „%1“ von %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="82"/>
        <source>Bewertung „%1“ von %2 auf %3 setzen</source>
        <translation>Bewertung „%1“ von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="305"/>
        <source>Bewertung „%1“: %2</source>
        <translation>Bewertung „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="83"/>
        <source>%n Bewertungen setzen</source>
        <translation>
            <numerusform>%n Bewertung setzen</numerusform>
            <numerusform>%n Bewertungen setzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="333"/>
        <source>Bewertung „%1“ von %2: %3</source>
        <translation>Bewertung „%1“ von %2: %3</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="20"/>
        <location filename="../core/edit/fieldtext.cpp" line="103"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="22"/>
        <location filename="../core/edit/fieldtext.cpp" line="99"/>
        <source>Lage</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="24"/>
        <source>OZG-Leistung</source>
        <translation>OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="26"/>
        <source>LeiKa-Leistung</source>
        <translation>LeiKa-Leistung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="28"/>
        <source>Abhängigkeit</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="30"/>
        <location filename="../core/edit/fieldtext.cpp" line="111"/>
        <source>Beteiligter</source>
        <translation>Beteiligter</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="32"/>
        <source>Federführung</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="34"/>
        <source>Umsetzungsprojekt</source>
        <translation>Umsetzungsprojekt</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="36"/>
        <source>Projektzuordnung</source>
        <translation>Projektzuordnung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="38"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="40"/>
        <location filename="../core/edit/fieldtext.cpp" line="172"/>
        <source>Meilenstein</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="42"/>
        <source>Zahlungsplan-Eintrag</source>
        <translation>Zahlungsplan-Eintrag</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="44"/>
        <source>Onlinedienst</source>
        <translation>Onlinedienst</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="46"/>
        <source>Abdeckung durch Onlinedienst</source>
        <translation>Abdeckung durch Onlinedienst</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="48"/>
        <source>Verfügbarkeit eines Onlinedienstes</source>
        <translation>Verfügbarkeit eines Onlinedienstes</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="50"/>
        <source>Kriterium</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="52"/>
        <source>Bewertung</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="54"/>
        <source>Stimme</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="56"/>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="58"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="60"/>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="62"/>
        <source>Abhängigkeit zwischen Meilensteinen</source>
        <translation>Abhängigkeit zwischen Meilensteinen</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="73"/>
        <source>Projektname</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="77"/>
        <source>Reifegrad (ist)</source>
        <translation>Reifegrad (ist)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="79"/>
        <source>Reifegrad (ziel)</source>
        <translation>Reifegrad (ziel)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="81"/>
        <source>Reifegradmodell</source>
        <translation>Reifegradmodell</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="83"/>
        <source>Flächendeckung</source>
        <translation>Flächendeckung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="85"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="87"/>
        <source>flächendeckend ab</source>
        <translation>flächendeckend ab</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="89"/>
        <source>Nachfrage (Fälle pro Jahr)</source>
        <translation>Nachfrage (Fälle pro Jahr)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="91"/>
        <source>Aufwand (Personentage)</source>
        <translation>Aufwand (Personentage)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="93"/>
        <source>Rechtsänderungsbedarf</source>
        <translation>Rechtsänderungsbedarf</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="95"/>
        <source>feste Welle</source>
        <translation>feste Welle</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="97"/>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="101"/>
        <source>Projekt</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="105"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="107"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="109"/>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="113"/>
        <source>Umsetzungskoordination</source>
        <translation>Umsetzungskoordination</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="115"/>
        <source>EfA-Modell</source>
        <translation>EfA-Modell</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="117"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="119"/>
        <source>Beginn</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="121"/>
        <source>Ende</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="123"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="125"/>
        <source>Stand</source>
        <comment>der Stand einer Nachnutzung: interessiert, geplant, in Umsetzung, live, abgelehnt</comment>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="128"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="130"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="132"/>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="134"/>
        <source>geplant</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="136"/>
        <source>erreicht</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="138"/>
        <source>Abnahme durch</source>
        <translation>Abnahme durch</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="140"/>
        <source>Abnahme am</source>
        <translation>Abnahme am</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="142"/>
        <source>Jahr</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="144"/>
        <source>Quartal</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="146"/>
        <source>geplanter Abfluss</source>
        <translation>geplanter Abfluss</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="148"/>
        <source>tatsächlicher Abfluss</source>
        <translation>tatsächlicher Abfluss</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="150"/>
        <location filename="../core/edit/fieldtext.cpp" line="253"/>
        <source>Personentage</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="152"/>
        <source>Anbieter</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="154"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="156"/>
        <source>Reifegrad</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="158"/>
        <source>Gewicht</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="160"/>
        <source>Wert</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="162"/>
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="164"/>
        <source>Maßnahme</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="166"/>
        <source>Einstufung</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="168"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="170"/>
        <source>hängt ab von</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="174"/>
        <source>Abstand (Tage)</source>
        <translation>Abstand (Tage)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="176"/>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="178"/>
        <source>Leistungsschlüssel</source>
        <translation>Leistungsschlüssel</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="180"/>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="182"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="184"/>
        <source>Rechtsgrundlage</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="186"/>
        <source>Kürzel</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="188"/>
        <source>Reihenfolge</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="190"/>
        <source>Schwelle höchste Priorität</source>
        <translation>Schwelle höchste Priorität</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="192"/>
        <source>Schwelle hohe Priorität</source>
        <translation>Schwelle hohe Priorität</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="194"/>
        <source>Schwelle mittlere Priorität</source>
        <translation>Schwelle mittlere Priorität</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="196"/>
        <source>Kapazität je Welle</source>
        <translation>Kapazität je Welle</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="198"/>
        <source>Kapazität gemessen in</source>
        <translation>Kapazität gemessen in</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="226"/>
        <source>leer</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="251"/>
        <source>Modell 2.0</source>
        <translation>Modell 2.0</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="251"/>
        <source>Modell 1.x</source>
        <translation>Modell 1.x</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="253"/>
        <source>Leistungen</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="263"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="263"/>
        <source>nein</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="23"/>
        <source>Eine Stimme braucht den Namen der Teilnehmerin oder des Teilnehmers.</source>
        <translation>Eine Stimme braucht den Namen der Teilnehmerin oder des Teilnehmers.</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="26"/>
        <source>Kriterium %1 gibt es nicht (mehr).</source>
        <translation>Kriterium %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="28"/>
        <source>OZG-Leistung %1 gibt es nicht (mehr).</source>
        <translation>OZG-Leistung %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="84"/>
        <source>Stimme von %1 zu „%2“ für %3</source>
        <translation>Stimme von %1 zu „%2“ für %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="85"/>
        <source>%1 entfernen</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="86"/>
        <location filename="../core/edit/workshopedits.cpp" line="49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="73"/>
        <source>Ein Stand braucht einen Namen.</source>
        <translation>Ein Stand braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="75"/>
        <source>Einen Stand „%1“ gibt es schon.</source>
        <translation>Einen Stand „%1“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="88"/>
        <source>Stand „%1“ festhalten</source>
        <translation>Stand „%1“ festhalten</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="23"/>
        <source>„%1“ ist kein gültiges Datum: diesen Tag gibt es nicht.</source>
        <translation>„%1“ ist kein gültiges Datum: diesen Tag gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="25"/>
        <source>„%1“ liegt außerhalb des erlaubten Bereichs: erwartet wird ein Datum zwischen 1990 und 2100.</source>
        <translation>„%1“ liegt außerhalb des erlaubten Bereichs: erwartet wird ein Datum zwischen 1990 und 2100.</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="39"/>
        <source>heute</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="68"/>
        <source>„%1“ ist kein Datum: erwartet wird TT.MM.JJJJ (z. B. %2), TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14); leer heißt kein Datum.</source>
        <translation>„%1“ ist kein Datum: erwartet wird TT.MM.JJJJ (z. B. %2), TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14); leer heißt kein Datum.</translation>
    </message>
</context>
<context>
    <name>tfp::exchange</name>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="76"/>
        <location filename="../ui/views/importdialog.cpp" line="50"/>
        <source>Leistungen</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="127"/>
        <location filename="../ui/views/importdialog.cpp" line="52"/>
        <source>Projekte</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="169"/>
        <location filename="../core/exchange/importplan.cpp" line="60"/>
        <location filename="../ui/views/importdialog.cpp" line="54"/>
        <source>Meilensteine</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="238"/>
        <source>Priorisierung</source>
        <translation>Priorisierung</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="265"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="96"/>
        <source>OZG-Meilensteine</source>
        <translation>OZG-Meilensteine</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="111"/>
        <source>Projekt: %1
Phase: %2</source>
        <translation>Projekt: %1
Phase: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="113"/>
        <source>
geplant: %1</source>
        <translation>
geplant: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="115"/>
        <source>
erreicht: %1</source>
        <translation>
erreicht: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="56"/>
        <location filename="../core/exchange/importprojekte.cpp" line="90"/>
        <source>OZG-Leistungen</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="58"/>
        <source>Umsetzungsprojekte</source>
        <translation>Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="62"/>
        <source>Dashboard „Digitale Verwaltung“ (CSV-Export)</source>
        <translation>Dashboard „Digitale Verwaltung“ (CSV-Export)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="64"/>
        <source>Zeitplan aus MS Project (XML)</source>
        <translation>Zeitplan aus MS Project (XML)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="104"/>
        <source>„%1“ ist keine Arbeitsmappe (.xlsx oder .ods); ein Tabellenblatt gibt es nur dort.</source>
        <translation>„%1“ ist keine Arbeitsmappe (.xlsx oder .ods); ein Tabellenblatt gibt es nur dort.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="134"/>
        <source>%1: die Spalte „%2“ gehört zum Import „%3“, gewählt ist „%4“. Bitte die Art des Imports%5 prüfen; es wurde nichts geändert.</source>
        <translation>%1: die Spalte „%2“ gehört zum Import „%3“, gewählt ist „%4“. Bitte die Art des Imports%5 prüfen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="137"/>
        <source> oder das Tabellenblatt</source>
        <translation> oder das Tabellenblatt</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="160"/>
        <source>%1: ein Zeitplan wird aus einer MS-Project-XML-Datei eingelesen, nicht aus einer Tabelle; es wurde nichts geändert.</source>
        <translation>%1: ein Zeitplan wird aus einer MS-Project-XML-Datei eingelesen, nicht aus einer Tabelle; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/importplan.cpp" line="167"/>
        <source>Zweistellige Jahreszahlen wurden als 20JJ gelesen (%n Datumsangabe(n), etwa Zeile %1: „%2“ als %3).</source>
        <translation>
            <numerusform>Zweistellige Jahreszahlen wurden als 20JJ gelesen (%n Datumsangabe, etwa Zeile %1: „%2“ als %3).</numerusform>
            <numerusform>Zweistellige Jahreszahlen wurden als 20JJ gelesen (%n Datumsangaben, etwa Zeile %1: „%2“ als %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="173"/>
        <source>CSV, %1, Trennzeichen „%2“</source>
        <translation>CSV, %1, Trennzeichen „%2“</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="175"/>
        <source>Tabulator</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="176"/>
        <source>OpenDocument-Tabelle, Blatt „%1“</source>
        <translation>OpenDocument-Tabelle, Blatt „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="177"/>
        <source>Excel-Arbeitsmappe, Blatt „%1“</source>
        <translation>Excel-Arbeitsmappe, Blatt „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/importplan.cpp" line="192"/>
        <source>„%1“ wird nicht importiert: %n Zeile(n) mit Fehlern. %2</source>
        <translation>
            <numerusform>„%1“ wird nicht importiert: %n Zeile mit Fehlern. %2</numerusform>
            <numerusform>„%1“ wird nicht importiert: %n Zeilen mit Fehlern. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="207"/>
        <location filename="../core/exchange/values.cpp" line="142"/>
        <source>„%1“</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="211"/>
        <source>„%1“, Blatt „%2“</source>
        <translation>„%1“, Blatt „%2“</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="238"/>
        <source>%1: die Spalte „%2“ steht zweimal in der Kopfzeile.</source>
        <translation>%1: die Spalte „%2“ steht zweimal in der Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="252"/>
        <source>%1: die Spalte „%2“ fehlt. Die Kopfzeile hat %3; erwartet werden Spalten wie %4 %5.</source>
        <translation>%1: die Spalte „%2“ fehlt. Die Kopfzeile hat %3; erwartet werden Spalten wie %4 %5.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="254"/>
        <source>keine Spalten</source>
        <translation>keine Spalten</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="256"/>
        <source>(durch „;“ oder „,“ getrennt)</source>
        <translation>(durch „;“ oder „,“ getrennt)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="257"/>
        <source>(ist es das richtige Tabellenblatt?)</source>
        <translation>(ist es das richtige Tabellenblatt?)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="259"/>
        <source>Nicht verwendete Spalten (unbekannt): %1</source>
        <translation>Nicht verwendete Spalten (unbekannt): %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="278"/>
        <source>%1 Felder statt %2 wie in der Kopfzeile (Trennzeichen oder Anführungszeichen prüfen)</source>
        <translation>%1 Felder statt %2 wie in der Kopfzeile (Trennzeichen oder Anführungszeichen prüfen)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="288"/>
        <source>„%1“, Zeile %2, Spalte „%3“: %4</source>
        <translation>„%1“, Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="297"/>
        <source>„%1“, Zeile %2: %3</source>
        <translation>„%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="341"/>
        <source>kein Beteiligter hat das Kürzel %1</source>
        <translation>kein Beteiligter hat das Kürzel %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="80"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="117"/>
        <source>Einen Stand „%1“ gibt es im Katalog nicht; es gibt: %2.</source>
        <translation>Einen Stand „%1“ gibt es im Katalog nicht; es gibt: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="118"/>
        <source>keinen</source>
        <translation>keinen</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="175"/>
        <location filename="../core/exchange/importreport.cpp" line="39"/>
        <location filename="../core/exchange/reviewmergejson.cpp" line="256"/>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="175"/>
        <source>gelöscht</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="184"/>
        <location filename="../core/exchange/importreport.cpp" line="41"/>
        <source>geändert</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="186"/>
        <source>%1 %2 (gelöscht)</source>
        <translation>%1 %2 (gelöscht)</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Zeitpunkt</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Autor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Quelle</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Änderung</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Tabelle</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Eintrag</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Neu</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="211"/>
        <source>Anmeldung</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="43"/>
        <source>unverändert</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="45"/>
        <source>abgelehnt</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="47"/>
        <source>nicht zugeordnet</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="63"/>
        <source>%1 (%2): %3
</source>
        <translation>%1 (%2): %3
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="69"/>
        <source>Zeile %1, %2: %3
</source>
        <translation>Zeile %1, %2: %3
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="77"/>
        <source>Nichts zu ändern: der Katalog hat diesen Stand schon.
</source>
        <translation>Nichts zu ändern: der Katalog hat diesen Stand schon.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="78"/>
        <source>Übernommen.
</source>
        <translation>Übernommen.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="79"/>
        <source>Probelauf: nichts geändert.
</source>
        <translation>Probelauf: nichts geändert.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="46"/>
        <source>Blatt „%1“, Zeile %2, Spalte „%3“</source>
        <translation>Blatt „%1“, Zeile %2, Spalte „%3“</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="53"/>
        <source>„%1“ wurde nicht geschrieben: %2 hat %3 Zeichen, eine Excel-Zelle fasst höchstens %4. Bitte den Text kürzen oder als CSV exportieren.</source>
        <translation>„%1“ wurde nicht geschrieben: %2 hat %3 Zeichen, eine Excel-Zelle fasst höchstens %4. Bitte den Text kürzen oder als CSV exportieren.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="59"/>
        <source>„%1“ wurde nicht geschrieben: %2 enthält ein Nullzeichen (U+0000), das eine Arbeitsmappe nicht fassen kann; bitte den Text korrigieren.</source>
        <translation>„%1“ wurde nicht geschrieben: %2 enthält ein Nullzeichen (U+0000), das eine Arbeitsmappe nicht fassen kann; bitte den Text korrigieren.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="78"/>
        <location filename="../core/exchange/xlsxwrite.cpp" line="85"/>
        <location filename="../core/exchange/xlsxwrite.cpp" line="138"/>
        <source>„%1“ kann nicht geschrieben werden: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="82"/>
        <source>„%1“ kann nicht geschrieben werden.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="147"/>
        <source>„%1“ kann nicht geschrieben werden: die Arbeitsmappe im temporären Ordner „%2“ ist unvollständig (ist der Datenträger voll?).</source>
        <translation>„%1“ kann nicht geschrieben werden: die Arbeitsmappe im temporären Ordner „%2“ ist unvollständig (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="56"/>
        <source>Zeitplan (Projekte, Phasen, Meilensteine)</source>
        <translation>Zeitplan (Projekte, Phasen, Meilensteine)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="57"/>
        <source>Arbeitsplan (alle Tabellen)</source>
        <translation>Arbeitsplan (alle Tabellen)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="94"/>
        <source>CSV für Excel (Semikolon, UTF-8)</source>
        <translation>CSV für Excel (Semikolon, UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="96"/>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="98"/>
        <source>OpenDocument-Tabelle für LibreOffice (.ods)</source>
        <translation>OpenDocument-Tabelle für LibreOffice (.ods)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="100"/>
        <source>Kalender für Outlook und Thunderbird (.ics)</source>
        <translation>Kalender für Outlook und Thunderbird (.ics)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="102"/>
        <source>MS-Project-XML für MS Project, ProjectLibre, GanttProject (.xml)</source>
        <translation>MS-Project-XML für MS Project, ProjectLibre, GanttProject (.xml)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="132"/>
        <source>%1 gibt es nicht als %2.</source>
        <translation>%1 gibt es nicht als %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="138"/>
        <source>„%1“ wurde nicht geschrieben: im gewählten Bereich hat kein Meilenstein ein Datum, und ein Kalender ohne Termine ist keiner.</source>
        <translation>„%1“ wurde nicht geschrieben: im gewählten Bereich hat kein Meilenstein ein Datum, und ein Kalender ohne Termine ist keiner.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odfpackage.cpp" line="137"/>
        <source>Das OpenDocument-Paket ließ sich nicht zusammenstellen (zu wenig Arbeitsspeicher?).</source>
        <translation>Das OpenDocument-Paket ließ sich nicht zusammenstellen (zu wenig Arbeitsspeicher?).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odswrite.cpp" line="46"/>
        <source>„%1“ wurde nicht geschrieben: Blatt „%2“, Zeile %3, Spalte „%4“ enthält das Steuerzeichen U+%5, das eine OpenDocument-Tabelle nicht fassen kann; bitte den Text korrigieren.</source>
        <translation>„%1“ wurde nicht geschrieben: Blatt „%2“, Zeile %3, Spalte „%4“ enthält das Steuerzeichen U+%5, das eine OpenDocument-Tabelle nicht fassen kann; bitte den Text korrigieren.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="33"/>
        <source>%1, Zeile %2: %3 Felder statt %4 wie in der Kopfzeile.</source>
        <translation>%1, Zeile %2: %3 Felder statt %4 wie in der Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="63"/>
        <source>%1, Zeile %2: Anführungszeichen mitten im Feld.</source>
        <translation>%1, Zeile %2: Anführungszeichen mitten im Feld.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="83"/>
        <source>%1, Zeile %2: Text nach dem schließenden Anführungszeichen.</source>
        <translation>%1, Zeile %2: Text nach dem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="90"/>
        <source>%1, Zeile %2: Anführungszeichen wird nicht geschlossen.</source>
        <translation>%1, Zeile %2: Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="96"/>
        <source>%1: die Datei ist leer (keine Kopfzeile).</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile).</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="104"/>
        <source>%1 kann nicht gelesen werden: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/defaultcatalog.cpp" line="85"/>
        <source>Eingebetteter Katalog, ozg_leistungen.csv Zeile %1: unbekannte Lage „%2“.</source>
        <translation>Eingebetteter Katalog, ozg_leistungen.csv Zeile %1: unbekannte Lage „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/defaultcatalog.cpp" line="139"/>
        <source>Eingebetteter Katalog, federfuehrung.csv Zeile %1: unbekannter Eintrag.</source>
        <translation>Eingebetteter Katalog, federfuehrung.csv Zeile %1: unbekannter Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="31"/>
        <source>Die Datei „%1“ kann nicht geschrieben werden: %2. Eine vorhandene Datei dieses Namens ist unverändert.</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2. Eine vorhandene Datei dieses Namens ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="60"/>
        <source>der Datenträger ist voll (kein Speicherplatz mehr frei)</source>
        <translation>der Datenträger ist voll (kein Speicherplatz mehr frei)</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="63"/>
        <source>das Speicherkontingent (Quota) auf dem Datenträger ist erschöpft</source>
        <translation>das Speicherkontingent (Quota) auf dem Datenträger ist erschöpft</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="66"/>
        <source>die Datei wäre größer, als der Datenträger erlaubt</source>
        <translation>die Datei wäre größer, als der Datenträger erlaubt</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="68"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="71"/>
        <source>keine Berechtigung, in diesem Ordner zu schreiben</source>
        <translation>keine Berechtigung, in diesem Ordner zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="74"/>
        <source>den Ordner gibt es nicht</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="76"/>
        <source>unter diesem Namen gibt es einen Ordner</source>
        <translation>unter diesem Namen gibt es einen Ordner</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="78"/>
        <source>der Dateiname ist zu lang</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="80"/>
        <source>Ein-/Ausgabefehler des Datenträgers</source>
        <translation>Ein-/Ausgabefehler des Datenträgers</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="90"/>
        <location filename="../core/exchange/fileio.cpp" line="106"/>
        <source>„%1“ kann nicht gelesen werden: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="93"/>
        <source>„%1“ ist zu groß: eingelesen werden höchstens %2 MB; die Datei enthält mehr.</source>
        <translation>„%1“ ist zu groß: eingelesen werden höchstens %2 MB; die Datei enthält mehr.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="161"/>
        <source>es wurden nur %1 von %2 Bytes geschrieben</source>
        <translation>es wurden nur %1 von %2 Bytes geschrieben</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="47"/>
        <source>der Regionalschlüssel %1 nennt kein Land</source>
        <translation>der Regionalschlüssel %1 nennt kein Land</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="57"/>
        <source>das Land %1 ist nicht im Katalog</source>
        <translation>das Land %1 ist nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="104"/>
        <source>erwartet wird eine OZG-ID (ganze Zahl)</source>
        <translation>erwartet wird eine OZG-ID (ganze Zahl)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="124"/>
        <source>die OZG-ID %1 ist nicht im Katalog</source>
        <translation>die OZG-ID %1 ist nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="165"/>
        <source>Nachnutzung %1 in %2</source>
        <translation>Nachnutzung %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="174"/>
        <location filename="../core/exchange/importleistungen.cpp" line="76"/>
        <location filename="../core/exchange/importleistungen.cpp" line="82"/>
        <location filename="../core/exchange/importprojekte.cpp" line="136"/>
        <location filename="../core/exchange/importprojekte.cpp" line="148"/>
        <source>leer</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="46"/>
        <source>die Lage %1 gibt es nicht</source>
        <translation>die Lage %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="47"/>
        <source>die Lage %1 gibt es in mehreren Themenfeldern; bitte die Spalte „themenfeld“ angeben</source>
        <translation>die Lage %1 gibt es in mehreren Themenfeldern; bitte die Spalte „themenfeld“ angeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="65"/>
        <source>das Themenfeld der Leistung hat kein Kriterium %1</source>
        <translation>das Themenfeld der Leistung hat kein Kriterium %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="71"/>
        <source>erwartet wird eine Bewertung von 0 bis 5 oder ein leeres Feld</source>
        <translation>erwartet wird eine Bewertung von 0 bis 5 oder ein leeres Feld</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="75"/>
        <source>Bewertung „%1“</source>
        <translation>Bewertung „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="128"/>
        <source>erwartet wird eine OZG-ID (ganze Zahl von 1 bis 999999)</source>
        <translation>erwartet wird eine OZG-ID (ganze Zahl von 1 bis 999999)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="134"/>
        <source>die OZG-ID %1 steht schon in Zeile %2</source>
        <translation>die OZG-ID %1 steht schon in Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="154"/>
        <location filename="../core/exchange/importprojekte.cpp" line="47"/>
        <source>das Themenfeld %1 gibt es nicht</source>
        <translation>das Themenfeld %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="162"/>
        <source>die Leistung gehört zu einem anderen Themenfeld; zum Verschieben die Lage angeben</source>
        <translation>die Leistung gehört zu einem anderen Themenfeld; zum Verschieben die Lage angeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="177"/>
        <source>für die neue OZG-ID %1 ist die Lage nötig</source>
        <translation>für die neue OZG-ID %1 ist die Lage nötig</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="179"/>
        <source>für die neue OZG-ID %1 ist der Name nötig</source>
        <translation>für die neue OZG-ID %1 ist der Name nötig</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="37"/>
        <source>ein Projekt mit der Nummer %1 gibt es nicht (für ein neues Projekt das Feld leer lassen)</source>
        <translation>ein Projekt mit der Nummer %1 gibt es nicht (für ein neues Projekt das Feld leer lassen)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="46"/>
        <source>ohne projekt_id ist das Themenfeld nötig</source>
        <translation>ohne projekt_id ist das Themenfeld nötig</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="49"/>
        <source>ohne projekt_id ist der Projektname nötig</source>
        <translation>ohne projekt_id ist der Projektname nötig</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="57"/>
        <source>%1 heißen in %2 mehrere Projekte; bitte projekt_id angeben</source>
        <translation>%1 heißen in %2 mehrere Projekte; bitte projekt_id angeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="80"/>
        <location filename="../core/exchange/importprojekte.cpp" line="296"/>
        <source>die OZG-Leistung %1 gibt es nicht</source>
        <translation>die OZG-Leistung %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="101"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="106"/>
        <source>entfernt</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="118"/>
        <source>%1 ist kein Land (erwartet wird ein Länderkürzel wie „HE“)</source>
        <translation>%1 ist kein Land (erwartet wird ein Länderkürzel wie „HE“)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="130"/>
        <source>Nachnutzung %1</source>
        <translation>Nachnutzung %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="171"/>
        <location filename="../core/exchange/importprojekte.cpp" line="216"/>
        <source>Projekt %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="182"/>
        <source>dasselbe Projekt steht schon in Zeile %1</source>
        <translation>dasselbe Projekt steht schon in Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="200"/>
        <source>das Projekt gehört zu einem anderen Themenfeld</source>
        <translation>das Projekt gehört zu einem anderen Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="242"/>
        <source>Meilenstein %1</source>
        <translation>Meilenstein %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="256"/>
        <source>einen Meilenstein mit der Nummer %1 gibt es nicht (für einen neuen das Feld leer lassen)</source>
        <translation>einen Meilenstein mit der Nummer %1 gibt es nicht (für einen neuen das Feld leer lassen)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="265"/>
        <source>das Projekt %1 gibt es nicht; zuerst die Projekte importieren</source>
        <translation>das Projekt %1 gibt es nicht; zuerst die Projekte importieren</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="273"/>
        <source>%1 heißen im Projekt mehrere Meilensteine; bitte meilenstein_id angeben</source>
        <translation>%1 heißen im Projekt mehrere Meilensteine; bitte meilenstein_id angeben</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="283"/>
        <source>derselbe Meilenstein steht schon in Zeile %1</source>
        <translation>derselbe Meilenstein steht schon in Zeile %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="301"/>
        <source>Meilenstein %1 (%2)</source>
        <translation>Meilenstein %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="24"/>
        <source>„%1“ ist keine lesbare ZIP-Datei und damit keine OpenDocument-Tabelle (.ods).</source>
        <translation>„%1“ ist keine lesbare ZIP-Datei und damit keine OpenDocument-Tabelle (.ods).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="41"/>
        <source>„%1“ ist ein OpenDocument-Dokument vom Typ „%2“, aber keine Tabelle (.ods). Bitte die Tabelle in LibreOffice Calc als .ods speichern.</source>
        <translation>„%1“ ist ein OpenDocument-Dokument vom Typ „%2“, aber keine Tabelle (.ods). Bitte die Tabelle in LibreOffice Calc als .ods speichern.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="51"/>
        <source>„%1“ ist mit einem Kennwort verschlüsselt und kann nicht gelesen werden. Bitte die Tabelle in LibreOffice ohne Kennwort speichern (Datei › Speichern unter…, „Mit Kennwort speichern“ abwählen).</source>
        <translation>„%1“ ist mit einem Kennwort verschlüsselt und kann nicht gelesen werden. Bitte die Tabelle in LibreOffice ohne Kennwort speichern (Datei › Speichern unter…, „Mit Kennwort speichern“ abwählen).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="58"/>
        <source>„%1“ ist eine ZIP-Datei, aber keine OpenDocument-Tabelle (.ods): ihr fehlt „content.xml“.</source>
        <translation>„%1“ ist eine ZIP-Datei, aber keine OpenDocument-Tabelle (.ods): ihr fehlt „content.xml“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="186"/>
        <location filename="../core/exchange/xlsxread.cpp" line="71"/>
        <source>„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.</source>
        <translation>„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="193"/>
        <location filename="../core/exchange/xlsxread.cpp" line="76"/>
        <source>„%1“: die Arbeitsmappe hat keine Tabellenblätter.</source>
        <translation>„%1“: die Arbeitsmappe hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="245"/>
        <source>„%1“, Blatt „%2“, Zeile %3, Spalte %4</source>
        <translation>„%1“, Blatt „%2“, Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="251"/>
        <source>%1: die Tabelle ist größer, als ein Import liest (höchstens %2 Zellen, %3 Spalten und %4 Millionen Zeichen Text).</source>
        <translation>%1: die Tabelle ist größer, als ein Import liest (höchstens %2 Zellen, %3 Spalten und %4 Millionen Zeichen Text).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="261"/>
        <source>„%1“, Blatt „%2“: die Tabelle hat mehr als %3 Zeilen; die Datei wird nicht gelesen.</source>
        <translation>„%1“, Blatt „%2“: die Tabelle hat mehr als %3 Zeilen; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="267"/>
        <source>%1: die Wiederholungsangabe ist keine positive ganze Zahl.</source>
        <translation>%1: die Wiederholungsangabe ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="318"/>
        <source>%1: der Text ist länger als %2 Zeichen, mehr als eine Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>%1: der Text ist länger als %2 Zeichen, mehr als eine Zelle fassen kann; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="364"/>
        <location filename="../core/exchange/xlsxread.cpp" line="285"/>
        <source>„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).</source>
        <translation>„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="207"/>
        <source>eine ganze Zahl</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="210"/>
        <location filename="../core/exchange/planjson.cpp" line="241"/>
        <source>eine Zahl</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="213"/>
        <source>true oder false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="216"/>
        <location filename="../core/exchange/planjson.cpp" line="243"/>
        <source>ein Text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="219"/>
        <source>ein Datum als Text (JJJJ-MM-TT)</source>
        <translation>ein Datum als Text (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="222"/>
        <source>ein Zeitpunkt als Text (JJJJ-MM-TTThh:mm:ssZ)</source>
        <translation>ein Zeitpunkt als Text (JJJJ-MM-TTThh:mm:ssZ)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="225"/>
        <source>einer der Texte %1</source>
        <translation>einer der Texte %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="230"/>
        <source>%1 oder null</source>
        <translation>%1 oder null</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="237"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="239"/>
        <source>ein Wahrheitswert</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="243"/>
        <source>ein leerer Text</source>
        <translation>ein leerer Text</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="245"/>
        <source>eine Liste</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="247"/>
        <source>ein Objekt</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="251"/>
        <source>nichts</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="275"/>
        <source>erwartet wird ein Objekt mit den Tabellen, gefunden wurde %1</source>
        <translation>erwartet wird ein Objekt mit den Tabellen, gefunden wurde %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="280"/>
        <location filename="../core/exchange/planjson.cpp" line="481"/>
        <source>unbekannte Tabelle „%1“</source>
        <translation>unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="282"/>
        <source>die Tabelle „%1“ gibt es erst ab Schemaversion %2</source>
        <translation>die Tabelle „%1“ gibt es erst ab Schemaversion %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="307"/>
        <source>„%1“, Zeile %2: kein gültiges JSON (%3).</source>
        <translation>„%1“, Zeile %2: kein gültiges JSON (%3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="313"/>
        <source>erwartet wird ein JSON-Objekt mit einem Plan von Themenfeldplaner</source>
        <translation>erwartet wird ein JSON-Objekt mit einem Plan von Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="323"/>
        <source>erwartet wird „%1“; die Datei ist kein Plan von Themenfeldplaner</source>
        <translation>erwartet wird „%1“; die Datei ist kein Plan von Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="328"/>
        <source>die Datei hat die Formatversion %1, dieses Programm liest bis Version %2; bitte Themenfeldplaner aktualisieren</source>
        <translation>die Datei hat die Formatversion %1, dieses Programm liest bis Version %2; bitte Themenfeldplaner aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="336"/>
        <source>die Datei stammt aus einem Katalog mit Schemaversion %1, erwartet wird 1 bis %2</source>
        <translation>die Datei stammt aus einem Katalog mit Schemaversion %1, erwartet wird 1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="346"/>
        <source>unbekannter Eintrag „%1“</source>
        <translation>unbekannter Eintrag „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="351"/>
        <source>erwartet wird eine Katalogkennung (UUID wie „%1“)</source>
        <translation>erwartet wird eine Katalogkennung (UUID wie „%1“)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="364"/>
        <source>erwartet wird ein Objekt, gefunden wurde %1</source>
        <translation>erwartet wird ein Objekt, gefunden wurde %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="370"/>
        <source>erwartet wird als Schlüssel die Kennung eines Workshop-Pakets (UUID)</source>
        <translation>erwartet wird als Schlüssel die Kennung eines Workshop-Pakets (UUID)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="379"/>
        <source>erwartet wird ein Text mit dem Übernahme-Vermerk (datei, zeitpunkt, paket_revision, basis_revision)</source>
        <translation>erwartet wird ein Text mit dem Übernahme-Vermerk (datei, zeitpunkt, paket_revision, basis_revision)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="390"/>
        <source>„%1“: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="391"/>
        <location filename="../core/exchange/planjson.cpp" line="552"/>
        <source>„%1“, %2: %3.</source>
        <translation>„%1“, %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="410"/>
        <source>erwartet wird %1, gefunden wurde %2</source>
        <translation>erwartet wird %1, gefunden wurde %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="426"/>
        <source>erwartet wird eine Liste von Zeilen, gefunden wurde %1</source>
        <translation>erwartet wird eine Liste von Zeilen, gefunden wurde %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="434"/>
        <source>erwartet wird ein Objekt mit den Feldern einer Zeile, gefunden wurde %1</source>
        <translation>erwartet wird ein Objekt mit den Feldern einer Zeile, gefunden wurde %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="443"/>
        <source>unbekanntes Feld „%1“</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="452"/>
        <source>verweist auf %1 %2, diesen Eintrag gibt es im Dokument nicht</source>
        <translation>verweist auf %1 %2, diesen Eintrag gibt es im Dokument nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="460"/>
        <source>der Schlüssel %1 steht schon in %2[%3]</source>
        <translation>der Schlüssel %1 steht schon in %2[%3]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="474"/>
        <source>erwartet wird eine Revision bis %1 (die Revision des Katalogs)</source>
        <translation>erwartet wird eine Revision bis %1 (die Revision des Katalogs)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="478"/>
        <source>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss.zzzZ)</source>
        <translation>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss.zzzZ)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="484"/>
        <source>die Tabelle „%1“ hat kein Feld „%2“</source>
        <translation>die Tabelle „%1“ hat kein Feld „%2“</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewdiff.cpp" line="52"/>
        <source>Das Workshop-Paket „%1“ wurde außerhalb von Themenfeldplaner verändert: %2 %3%4 weicht vom Ausgangsstand ab, ohne dass eine Änderung verzeichnet ist.</source>
        <translation>Das Workshop-Paket „%1“ wurde außerhalb von Themenfeldplaner verändert: %2 %3%4 weicht vom Ausgangsstand ab, ohne dass eine Änderung verzeichnet ist.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewdiff.cpp" line="57"/>
        <source>, Feld „%1“</source>
        <translation>, Feld „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="70"/>
        <location filename="../core/exchange/reviewpackage.cpp" line="325"/>
        <source>Das Workshop-Paket „%1“ stammt aus einem anderen Katalog (Kennung %2), nicht aus „%3“ (Kennung %4); es wird nicht übernommen.</source>
        <translation>Das Workshop-Paket „%1“ stammt aus einem anderen Katalog (Kennung %2), nicht aus „%3“ (Kennung %4); es wird nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="76"/>
        <source>„%1“ ist selbst ein Workshop-Paket; Workshop-Ergebnisse werden in den Katalog übernommen, aus dem das Paket stammt.</source>
        <translation>„%1“ ist selbst ein Workshop-Paket; Workshop-Ergebnisse werden in den Katalog übernommen, aus dem das Paket stammt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="84"/>
        <source>Der Katalog steht bei Revision %1, das Paket wurde bei Revision %2 erstellt: ist der Katalog eine ältere Sicherung?</source>
        <translation>Der Katalog steht bei Revision %1, das Paket wurde bei Revision %2 erstellt: ist der Katalog eine ältere Sicherung?</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="121"/>
        <source>Das Workshop-Paket „%1“ wurde schon am %2 übernommen; eine zweite Übernahme ändert nichts.</source>
        <translation>Das Workshop-Paket „%1“ wurde schon am %2 übernommen; eine zweite Übernahme ändert nichts.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="128"/>
        <source>Es wurde danach weiter bearbeitet (%1 statt %2 Änderungsschritte); diese späteren Änderungen werden nicht übernommen. Für weitere Arbeit erstellen Sie bitte ein neues Workshop-Paket.</source>
        <translation>Es wurde danach weiter bearbeitet (%1 statt %2 Änderungsschritte); diese späteren Änderungen werden nicht übernommen. Für weitere Arbeit erstellen Sie bitte ein neues Workshop-Paket.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="156"/>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="161"/>
        <source>hängt an %1, das nicht übernommen wird</source>
        <translation>hängt an %1, das nicht übernommen wird</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="160"/>
        <source>verweist auf %1, das es im Katalog nicht mehr gibt</source>
        <translation>verweist auf %1, das es im Katalog nicht mehr gibt</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="213"/>
        <source>%1 von %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="248"/>
        <source>im Katalog und im Paket verschieden geändert</source>
        <translation>im Katalog und im Paket verschieden geändert</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="249"/>
        <source>im Katalog und im Paket neu angelegt, mit verschiedenen Werten</source>
        <translation>im Katalog und im Paket neu angelegt, mit verschiedenen Werten</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="265"/>
        <source>%1 (neu im Paket)</source>
        <translation>%1 (neu im Paket)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="309"/>
        <source>gibt es im Katalog nicht mehr</source>
        <translation>gibt es im Katalog nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="366"/>
        <source>%1 ist im Katalog hinzugekommen</source>
        <translation>%1 ist im Katalog hinzugekommen</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="370"/>
        <source>%1 wurde im Katalog geändert</source>
        <translation>%1 wurde im Katalog geändert</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="379"/>
        <source>%1 verweist im Katalog darauf</source>
        <translation>%1 verweist im Katalog darauf</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="382"/>
        <source> (samt abhängigen Einträgen: %1)</source>
        <translation> (samt abhängigen Einträgen: %1)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="393"/>
        <source>im Paket gelöscht, aber: %1</source>
        <translation>im Paket gelöscht, aber: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="458"/>
        <source>Die Stimmen zu %1 werden nicht ausgewertet: %2</source>
        <translation>Die Stimmen zu %1 werden nicht ausgewertet: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="514"/>
        <source>Bewertung „%1“ von %2</source>
        <translation>Bewertung „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="528"/>
        <source>im Katalog geändert, die Stimmen ergeben einen anderen Wert</source>
        <translation>im Katalog geändert, die Stimmen ergeben einen anderen Wert</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="541"/>
        <source>im Katalog seitdem entfernt</source>
        <translation>im Katalog seitdem entfernt</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="199"/>
        <source>Das Workshop-Paket „%1“ kann so nicht übernommen werden: %2</source>
        <translation>Das Workshop-Paket „%1“ kann so nicht übernommen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="223"/>
        <source>Für die Prüfung des Workshop-Pakets „%1“ fehlt ein temporärer Ordner: %2</source>
        <translation>Für die Prüfung des Workshop-Pakets „%1“ fehlt ein temporärer Ordner: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="236"/>
        <source>Das Workshop-Paket „%1“ wird nicht übernommen: noch nicht entschiedene Konflikte: %2. Entscheiden Sie jeden für den Katalog oder das Paket.</source>
        <translation>Das Workshop-Paket „%1“ wird nicht übernommen: noch nicht entschiedene Konflikte: %2. Entscheiden Sie jeden für den Katalog oder das Paket.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="249"/>
        <source>%1 weitere</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="251"/>
        <source>Das Workshop-Paket „%1“ wird nicht übernommen, keine seiner Änderungen ist zulässig: %2. Es wurde nichts geändert.</source>
        <translation>Das Workshop-Paket „%1“ wird nicht übernommen, keine seiner Änderungen ist zulässig: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="132"/>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="141"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="155"/>
        <source>%1 von %2 zu %3</source>
        <translation>%1 von %2 zu %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="156"/>
        <source>%n Stimmen</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="157"/>
        <source>%n Teilnehmenden</source>
        <translation>
            <numerusform>%n Teilnehmenden</numerusform>
            <numerusform>%n Teilnehmenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="158"/>
        <source>%n Kriterien</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="246"/>
        <source>Workshop-Paket „%1“: Themenfeld „%2“, erstellt %3 von %4 bei Katalog-Revision %5
</source>
        <translation>Workshop-Paket „%1“: Themenfeld „%2“, erstellt %3 von %4 bei Katalog-Revision %5
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="258"/>
        <source>löschen</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="260"/>
        <source>(nicht da)</source>
        <translation>(nicht da)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="261"/>
        <source>%1 | %2 | %3</source>
        <translation>%1 | %2 | %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="270"/>
        <source>Probelauf, nichts wurde geändert. Zu übernehmen: %1</source>
        <translation>Probelauf, nichts wurde geändert. Zu übernehmen: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="271"/>
        <source>Übernommen: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="273"/>
        <source>, Konflikte: %1 (offen: %2), abgelehnt: %3, Kommentare: %4
</source>
        <translation>, Konflikte: %1 (offen: %2), abgelehnt: %3, Kommentare: %4
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="279"/>
        <source>Änderungen:
</source>
        <translation>Änderungen:
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="281"/>
        <source>Konflikte (Basis | Katalog | Paket → Entscheidung):
</source>
        <translation>Konflikte (Basis | Katalog | Paket → Entscheidung):
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="283"/>
        <source>  [%1] %2: %3 → %4 (%5)
</source>
        <translation>  [%1] %2: %3 → %4 (%5)
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="286"/>
        <source>Nicht übernommen:
</source>
        <translation>Nicht übernommen:
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="288"/>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="290"/>
        <source>Kommentare:
</source>
        <translation>Kommentare:
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="293"/>
        <source>Stimmen (Mittel ± Streuung, als Bewertung übernommen):
</source>
        <translation>Stimmen (Mittel ± Streuung, als Bewertung übernommen):
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="294"/>
        <source>Stimmen (Mittel ± Streuung; als Bewertung mit --apply-votes):
</source>
        <translation>Stimmen (Mittel ± Streuung; als Bewertung mit --apply-votes):
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="296"/>
        <source>  „%1“, %2: %3 ± %4 aus %5 Stimmen (%6–%7) → %8, Bewertung jetzt %9
</source>
        <translation>  „%1“, %2: %3 ± %4 aus %5 Stimmen (%6–%7) → %8, Bewertung jetzt %9
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="183"/>
        <source>„%1“ ist selbst ein Workshop-Paket; ein Workshop-Paket entsteht aus einem Katalog.</source>
        <translation>„%1“ ist selbst ein Workshop-Paket; ein Workshop-Paket entsteht aus einem Katalog.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="188"/>
        <source>Im Katalog „%1“ gibt es kein Themenfeld %2.</source>
        <translation>Im Katalog „%1“ gibt es kein Themenfeld %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="234"/>
        <source>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: %2.</source>
        <translation>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="243"/>
        <source>die Angabe „%1“ fehlt oder ist keine Zahl</source>
        <translation>die Angabe „%1“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="250"/>
        <source>Das Workshop-Paket „%1“ hat die Formatversion %2, dieses Programm liest bis Version %3; bitte Themenfeldplaner aktualisieren.</source>
        <translation>Das Workshop-Paket „%1“ hat die Formatversion %2, dieses Programm liest bis Version %3; bitte Themenfeldplaner aktualisieren.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="265"/>
        <source>die Herkunft fehlt</source>
        <translation>die Herkunft fehlt</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="284"/>
        <source>Das Workshop-Paket „%1“ bringt %2 neue Einträge in „%3“; ein Paket darf je Tabelle höchstens %4 neue Einträge bringen. Es wird nicht übernommen.</source>
        <translation>Das Workshop-Paket „%1“ bringt %2 neue Einträge in „%3“; ein Paket darf je Tabelle höchstens %4 neue Einträge bringen. Es wird nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="297"/>
        <source>Das Workshop-Paket „%1“ bringt in „%2“, Eintrag %3, Feld „%4“ einen Text mit %5 Zeichen; ein Paket darf Texte mit höchstens %6 Zeichen bringen. Es wird nicht übernommen.</source>
        <translation>Das Workshop-Paket „%1“ bringt in „%2“, Eintrag %3, Feld „%4“ einen Text mit %5 Zeichen; ein Paket darf Texte mit höchstens %6 Zeichen bringen. Es wird nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="319"/>
        <source>„%1“ ist kein Workshop-Paket, sondern ein Katalog; ein Workshop-Paket erstellt „tfp review-pack“.</source>
        <translation>„%1“ ist kein Workshop-Paket, sondern ein Katalog; ein Workshop-Paket erstellt „tfp review-pack“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="335"/>
        <source>Das Workshop-Paket „%1“ hat das Format %2 einer älteren Version von Themenfeldplaner, das nicht mit dem Schlüssel seines Katalogs versiegelt ist, und wird nicht übernommen; bitte erstellen Sie ein neues Workshop-Paket.</source>
        <translation>Das Workshop-Paket „%1“ hat das Format %2 einer älteren Version von Themenfeldplaner, das nicht mit dem Schlüssel seines Katalogs versiegelt ist, und wird nicht übernommen; bitte erstellen Sie ein neues Workshop-Paket.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="344"/>
        <source>Das Workshop-Paket „%1“ ist mit einem Schlüssel versiegelt, den der Katalog „%2“ nicht (mehr) hat, etwa weil er über export-json und import-json umgezogen ist; es kann nicht geprüft werden und wird nicht übernommen.</source>
        <translation>Das Workshop-Paket „%1“ ist mit einem Schlüssel versiegelt, den der Katalog „%2“ nicht (mehr) hat, etwa weil er über export-json und import-json umgezogen ist; es kann nicht geprüft werden und wird nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="351"/>
        <source>Das Workshop-Paket „%1“ wurde manipuliert: das Siegel seiner Herkunft und seines Ausgangsstands stimmt nicht.</source>
        <translation>Das Workshop-Paket „%1“ wurde manipuliert: das Siegel seiner Herkunft und seines Ausgangsstands stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="355"/>
        <source>%1 (Ausgangsstand)</source>
        <translation>%1 (Ausgangsstand)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="357"/>
        <source>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: sein Ausgangsstand gehört nicht zu ihm.</source>
        <translation>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: sein Ausgangsstand gehört nicht zu ihm.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="156"/>
        <source>gehört nicht zum Themenfeld „%1“ des Pakets</source>
        <translation>gehört nicht zum Themenfeld „%1“ des Pakets</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="159"/>
        <source>gehört zum gemeinsamen Katalog, den ein Workshop-Paket nicht ändert</source>
        <translation>gehört zum gemeinsamen Katalog, den ein Workshop-Paket nicht ändert</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="175"/>
        <source>würde aus dem Themenfeld „%1“ des Pakets herausführen</source>
        <translation>würde aus dem Themenfeld „%1“ des Pakets herausführen</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="92"/>
        <source>„%1“: die Datei beginnt wie UTF-16, ist aber kein gültiges UTF-16.</source>
        <translation>„%1“: die Datei beginnt wie UTF-16, ist aber kein gültiges UTF-16.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="96"/>
        <source>„%1“, Zeile %2: die Datei enthält ein Nullzeichen (U+0000); Text darf keines enthalten.</source>
        <translation>„%1“, Zeile %2: die Datei enthält ein Nullzeichen (U+0000); Text darf keines enthalten.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="106"/>
        <source>„%1“, Zeile %2: die Datei enthält Nullbytes und ist keine Textdatei (CSV).</source>
        <translation>„%1“, Zeile %2: die Datei enthält Nullbytes und ist keine Textdatei (CSV).</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="117"/>
        <source>„%1“: die Datei ist als UTF-8 gekennzeichnet (BOM), enthält aber ungültige Bytes.</source>
        <translation>„%1“: die Datei ist als UTF-8 gekennzeichnet (BOM), enthält aber ungültige Bytes.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="124"/>
        <source>„%1“, Zeile %2: das Byte 0x%3 ist kein UTF-8, obwohl die Datei UTF-8 enthält (Zeile %4: „%5“); bitte die Datei einheitlich als UTF-8 speichern.</source>
        <translation>„%1“, Zeile %2: das Byte 0x%3 ist kein UTF-8, obwohl die Datei UTF-8 enthält (Zeile %4: „%5“); bitte die Datei einheitlich als UTF-8 speichern.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="139"/>
        <source>„%1“, Zeile %2: das Byte 0x%3 ist weder UTF-8 noch Windows-1252; bitte die Datei als UTF-8 speichern.</source>
        <translation>„%1“, Zeile %2: das Byte 0x%3 ist weder UTF-8 noch Windows-1252; bitte die Datei als UTF-8 speichern.</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="65"/>
        <source>erwartet wird ein gültiges Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT) zwischen 1990 und 2100</source>
        <translation>erwartet wird ein gültiges Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT) zwischen 1990 und 2100</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="80"/>
        <source>erwartet wird eine ganze Zahl</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="92"/>
        <source>erwartet wird eine Zahl (etwa 12,5)</source>
        <translation>erwartet wird eine Zahl (etwa 12,5)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="106"/>
        <source>erwartet wird ein Betrag in Euro (etwa 1.250.000,00)</source>
        <translation>erwartet wird ein Betrag in Euro (etwa 1.250.000,00)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="143"/>
        <source>erwartet wird einer der Werte %1</source>
        <translation>erwartet wird einer der Werte %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="164"/>
        <source>erwartet wird eine Reifegradstufe von 0 bis 7 (etwa „3“ oder „Online-Leistung“)</source>
        <translation>erwartet wird eine Reifegradstufe von 0 bis 7 (etwa „3“ oder „Online-Leistung“)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="189"/>
        <source>erwartet wird „ja“ oder „nein“</source>
        <translation>erwartet wird „ja“ oder „nein“</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="28"/>
        <source>„%1“ ist keine lesbare ZIP-Datei und damit keine Excel-Arbeitsmappe (.xlsx).</source>
        <translation>„%1“ ist keine lesbare ZIP-Datei und damit keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="33"/>
        <source>„%1“ ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx): ihr fehlt „xl/workbook.xml“. Bitte die Tabelle in Excel oder LibreOffice als .xlsx speichern.</source>
        <translation>„%1“ ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx): ihr fehlt „xl/workbook.xml“. Bitte die Tabelle in Excel oder LibreOffice als .xlsx speichern.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="56"/>
        <source>„%1“: die Arbeitsmappe hat zu viele Teile.</source>
        <translation>„%1“: die Arbeitsmappe hat zu viele Teile.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="83"/>
        <source>%1: der Text ist länger als %2 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>%1: der Text ist länger als %2 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="99"/>
        <source>„%1“, Text Nr. %2 der Arbeitsmappe</source>
        <translation>„%1“, Text Nr. %2 der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="116"/>
        <source>„%1“: die Arbeitsmappe enthält mehr Text, als ein Import liest (höchstens %2 Texte, %3 Millionen Zeichen).</source>
        <translation>„%1“: die Arbeitsmappe enthält mehr Text, als ein Import liest (höchstens %2 Texte, %3 Millionen Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="155"/>
        <source>„%1“: „xl/styles.xml“ hat zu viele Formate.</source>
        <translation>„%1“: „xl/styles.xml“ hat zu viele Formate.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="224"/>
        <source>„%1“, Blatt „%2“, bei Zelle %3: die Tabelle ist größer, als ein Import liest (höchstens %4 Zellen und %5 Millionen Zeichen Text).</source>
        <translation>„%1“, Blatt „%2“, bei Zelle %3: die Tabelle ist größer, als ein Import liest (höchstens %4 Zellen und %5 Millionen Zeichen Text).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="245"/>
        <source>„%1“, Blatt „%2“, Zelle %3: mehr als %4 Spalten werden nicht gelesen.</source>
        <translation>„%1“, Blatt „%2“, Zelle %3: mehr als %4 Spalten werden nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="251"/>
        <source>„%1“, Blatt „%2“, Zelle %3</source>
        <translation>„%1“, Blatt „%2“, Zelle %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="265"/>
        <source>„%1“, Blatt „%2“, Zelle %3: verweist auf einen Text, den es nicht gibt.</source>
        <translation>„%1“, Blatt „%2“, Zelle %3: verweist auf einen Text, den es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="34"/>
        <source>„%1“: der Arbeitsmappe fehlt der Teil „%2“.</source>
        <translation>„%1“: der Arbeitsmappe fehlt der Teil „%2“.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="36"/>
        <source>„%1“: der Teil „%2“ kann nicht entpackt werden.</source>
        <translation>„%1“: der Teil „%2“ kann nicht entpackt werden.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="74"/>
        <source>„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).</source>
        <translation>„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="85"/>
        <source>„%1“: der Teil „%2“ ist beschädigt.</source>
        <translation>„%1“: der Teil „%2“ ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="92"/>
        <source>„%1“: der Teil „%2“ enthält einen Text, der länger ist als %3 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>„%1“: der Teil „%2“ enthält einen Text, der länger ist als %3 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="97"/>
        <source>„%1“: der Teil „%2“ ist zu groß (entpackt mehr als %3 MB).</source>
        <translation>„%1“: der Teil „%2“ ist zu groß (entpackt mehr als %3 MB).</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="119"/>
        <source>„%1“ hat kein Tabellenblatt „%2“; vorhanden: %3.</source>
        <translation>„%1“ hat kein Tabellenblatt „%2“; vorhanden: %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="105"/>
        <source>Termin für die Leistung %1 %2</source>
        <translation>Termin für die Leistung %1 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="134"/>
        <source>Zeitplan des OZG-Programms</source>
        <translation>Zeitplan des OZG-Programms</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="136"/>
        <source>Zeitplan – %1</source>
        <translation>Zeitplan – %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="228"/>
        <source>Hängt ab von „%1“ im Projekt „%2“ (nicht in dieser Datei), Abstand %3 Tage</source>
        <translation>Hängt ab von „%1“ im Projekt „%2“ (nicht in dieser Datei), Abstand %3 Tage</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="57"/>
        <source>„%1“, Zeile %2: %3; es wurde nichts geändert.</source>
        <translation>„%1“, Zeile %2: %3; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="67"/>
        <source>die Datei enthält eine DTD; MS-Project-XML hat keine</source>
        <translation>die Datei enthält eine DTD; MS-Project-XML hat keine</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="72"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „%1“</source>
        <translation>das ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="135"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI): %1</source>
        <translation>das ist keine MS-Project-XML-Datei (MSPDI): %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="138"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI)</source>
        <translation>das ist keine MS-Project-XML-Datei (MSPDI)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="173"/>
        <source>Abhängigkeiten werden in Themenfeldplaner gepflegt; die Datei ändert sie nicht</source>
        <translation>Abhängigkeiten werden in Themenfeldplaner gepflegt; die Datei ändert sie nicht</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="175"/>
        <source>Abhängigkeit „%1“ von „%2“</source>
        <translation>Abhängigkeit „%1“ von „%2“</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="185"/>
        <source>Verknüpfung von „%1“</source>
        <translation>Verknüpfung von „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="186"/>
        <source>eine Verknüpfung, die nicht zwei Meilensteine aus Themenfeldplaner verbindet, wird nicht übernommen</source>
        <translation>eine Verknüpfung, die nicht zwei Meilensteine aus Themenfeldplaner verbindet, wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="198"/>
        <source>nur Ende-Anfang-Abhängigkeiten gibt es in Themenfeldplaner; %1</source>
        <translation>nur Ende-Anfang-Abhängigkeiten gibt es in Themenfeldplaner; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="212"/>
        <source>in MS Project hinzugefügt; %1</source>
        <translation>in MS Project hinzugefügt; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="215"/>
        <source>Abstand in MS Project auf %1 Tage geändert (im Katalog %2); %3</source>
        <translation>Abstand in MS Project auf %1 Tage geändert (im Katalog %2); %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="223"/>
        <source>in MS Project entfernt; %1</source>
        <translation>in MS Project entfernt; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="254"/>
        <source>„%1“, Zeile %2: der Vorgang „%3“ stammt aus einem anderen Katalog; ein Zeitplan wird nur in den Katalog eingelesen, aus dem er exportiert wurde. Es wurde nichts geändert.</source>
        <translation>„%1“, Zeile %2: der Vorgang „%3“ stammt aus einem anderen Katalog; ein Zeitplan wird nur in den Katalog eingelesen, aus dem er exportiert wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="267"/>
        <location filename="../core/exchange/mspdiread.cpp" line="271"/>
        <source>Phase „%1“</source>
        <translation>Phase „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="268"/>
        <source>diese Phase hat im Katalog keinen Meilenstein mehr</source>
        <translation>diese Phase hat im Katalog keinen Meilenstein mehr</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="272"/>
        <source>das Ende wurde auf %1 verschoben (im Katalog %2); eine Phase endet mit ihrem Meilenstein: bitte den Meilenstein verschieben</source>
        <translation>das Ende wurde auf %1 verschoben (im Katalog %2); eine Phase endet mit ihrem Meilenstein: bitte den Meilenstein verschieben</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="277"/>
        <source>Vorgang „%1“</source>
        <translation>Vorgang „%1“</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="278"/>
        <source>ein Vorgang, der nicht aus Themenfeldplaner stammt, wird nicht übernommen (neue Meilensteine im Tab Zeitplan anlegen)</source>
        <translation>ein Vorgang, der nicht aus Themenfeldplaner stammt, wird nicht übernommen (neue Meilensteine im Tab Zeitplan anlegen)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="296"/>
        <source>MS-Project-XML (MSPDI)</source>
        <translation>MS-Project-XML (MSPDI)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="297"/>
        <source>Projekte und Phasen ergeben sich aus den Meilensteinen: eingelesen werden die Meilensteine (Titel, geplant, erreicht).</source>
        <translation>Projekte und Phasen ergeben sich aus den Meilensteinen: eingelesen werden die Meilensteine (Titel, geplant, erreicht).</translation>
    </message>
</context>
<context>
    <name>tfp::gui</name>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="43"/>
        <source>Themenfeldplaner: die OZG-Umsetzung eines Themenfelds planen. Öffnet den angegebenen Katalog oder das Workshop-Paket, sonst den zuletzt geöffneten Katalog, sonst den eigenen Standardkatalog (beim ersten Start aus dem eingebetteten OZG-Katalog angelegt). Die Befehlszeile heißt „tfp“.</source>
        <translation>Themenfeldplaner: die OZG-Umsetzung eines Themenfelds planen. Öffnet den angegebenen Katalog oder das Workshop-Paket, sonst den zuletzt geöffneten Katalog, sonst den eigenen Standardkatalog (beim ersten Start aus dem eingebetteten OZG-Katalog angelegt). Die Befehlszeile heißt „tfp“.</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="49"/>
        <source>DATEI</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="50"/>
        <source>Ein Katalog (*.tfplan) oder ein Workshop-Paket (*.tfreview).</source>
        <translation>Ein Katalog (*.tfplan) oder ein Workshop-Paket (*.tfreview).</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="67"/>
        <source>%1: nur eine Datei kann geöffnet werden, nicht %2.
</source>
        <translation>%1: nur eine Datei kann geöffnet werden, nicht %2.
</translation>
    </message>
</context>
<context>
    <name>tfp::labels</name>
    <message>
        <location filename="../core/domain/labels.cpp" line="13"/>
        <source>ohne Status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="15"/>
        <source>in Planung</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="17"/>
        <location filename="../core/domain/labels.cpp" line="209"/>
        <source>in Umsetzung</source>
        <translation>in Umsetzung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="19"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="28"/>
        <location filename="../core/domain/labels.cpp" line="252"/>
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="30"/>
        <source>Lebenslage</source>
        <translation>Lebenslage</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="32"/>
        <source>Geschäftslage</source>
        <translation>Geschäftslage</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="34"/>
        <source>Querschnitt</source>
        <translation>Querschnitt</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="43"/>
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="45"/>
        <source>in mindestens einer Kommune</source>
        <translation>in mindestens einer Kommune</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="47"/>
        <source>kreisweit</source>
        <translation>kreisweit</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="49"/>
        <source>landesweit</source>
        <translation>landesweit</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="51"/>
        <source>bundesweit flächendeckend</source>
        <translation>bundesweit flächendeckend</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="59"/>
        <source>Stufe %1 (Modell 2.0)</source>
        <translation>Stufe %1 (Modell 2.0)</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="62"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="64"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="66"/>
        <source>Formular-Assistent</source>
        <translation>Formular-Assistent</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="68"/>
        <source>Online-Leistung</source>
        <translation>Online-Leistung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="70"/>
        <source>Online-Transaktion</source>
        <translation>Online-Transaktion</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="86"/>
        <source>Keine Informationen online.</source>
        <translation>Keine Informationen online.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="88"/>
        <source>Informationen zur Leistung sind online.</source>
        <translation>Informationen zur Leistung sind online.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="90"/>
        <source>Hilfe beim Ausfüllen, aber keine Online-Antragstellung.</source>
        <translation>Hilfe beim Ausfüllen, aber keine Online-Antragstellung.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="92"/>
        <source>Antrag und alle Nachweise online; die OZG-Pflicht gilt ab hier als erfüllt.</source>
        <translation>Antrag und alle Nachweise online; die OZG-Pflicht gilt ab hier als erfüllt.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="94"/>
        <source>Vollständig digital, Nachweise holt die Verwaltung selbst (Once-Only).</source>
        <translation>Vollständig digital, Nachweise holt die Verwaltung selbst (Once-Only).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="103"/>
        <source>Bundesressort</source>
        <translation>Bundesressort</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="105"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="107"/>
        <source>Kommunale Spitzenverbände</source>
        <translation>Kommunale Spitzenverbände</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="109"/>
        <source>Behörde</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="111"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="120"/>
        <source>federführend</source>
        <translation>federführend</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="122"/>
        <source>umsetzend</source>
        <translation>umsetzend</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="124"/>
        <source>mitarbeitend</source>
        <translation>mitarbeitend</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="133"/>
        <source>Federführend: verantwortet das Themenfeld (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung der Onlinedienste).</source>
        <translation>Federführend: verantwortet das Themenfeld (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung der Onlinedienste).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="137"/>
        <source>Umsetzend: baut im Auftrag des federführenden Landes Onlinedienste.</source>
        <translation>Umsetzend: baut im Auftrag des federführenden Landes Onlinedienste.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="139"/>
        <source>Mitarbeitend: wirkt fachlich mit, ohne eigene Umsetzungsverantwortung.</source>
        <translation>Mitarbeitend: wirkt fachlich mit, ohne eigene Umsetzungsverantwortung.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="148"/>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="150"/>
        <source>EfA – zentraler Betrieb</source>
        <translation>EfA – zentraler Betrieb</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="152"/>
        <source>EfA – Nachnutzung (Roll-in)</source>
        <translation>EfA – Nachnutzung (Roll-in)</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="154"/>
        <source>länderindividuell</source>
        <translation>länderindividuell</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="156"/>
        <source>Bund zentral</source>
        <translation>Bund zentral</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="165"/>
        <source>Das Umsetzungsmodell ist noch nicht entschieden.</source>
        <translation>Das Umsetzungsmodell ist noch nicht entschieden.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="167"/>
        <source>Einer für Alle: ein Land baut und betreibt den Dienst zentral für alle anderen.</source>
        <translation>Einer für Alle: ein Land baut und betreibt den Dienst zentral für alle anderen.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="169"/>
        <source>Einer für Alle: ein Land baut, die anderen übernehmen den Dienst in ihre Infrastruktur (Roll-in).</source>
        <translation>Einer für Alle: ein Land baut, die anderen übernehmen den Dienst in ihre Infrastruktur (Roll-in).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="173"/>
        <source>Jedes Land setzt die Leistung selbst um.</source>
        <translation>Jedes Land setzt die Leistung selbst um.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="175"/>
        <source>Der Bund stellt den Dienst zentral bereit (Typ-1-Leistungen).</source>
        <translation>Der Bund stellt den Dienst zentral bereit (Typ-1-Leistungen).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="184"/>
        <source>Vorbereitung</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="186"/>
        <source>Konzeption</source>
        <translation>Konzeption</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="188"/>
        <source>Umsetzung</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="190"/>
        <source>Pilotierung</source>
        <translation>Pilotierung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="192"/>
        <source>Roll-out / Nachnutzung</source>
        <translation>Roll-out / Nachnutzung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="194"/>
        <source>Inbetriebnahme (Regelbetrieb)</source>
        <translation>Inbetriebnahme (Regelbetrieb)</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="196"/>
        <source>flächendeckend verfügbar</source>
        <translation>flächendeckend verfügbar</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="205"/>
        <source>interessiert</source>
        <translation>interessiert</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="207"/>
        <source>geplant</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="211"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="213"/>
        <source>abgelehnt</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="222"/>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="224"/>
        <source>Basiskomponente</source>
        <translation>Basiskomponente</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="226"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="228"/>
        <source>Rechtsänderung</source>
        <translation>Rechtsänderung</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="230"/>
        <source>Abhängigkeit</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="239"/>
        <source>mittel</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="241"/>
        <source>niedrig</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="243"/>
        <source>hoch</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="254"/>
        <source>Bund</source>
        <translation>Bund</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="256"/>
        <source>Föderal</source>
        <translation>Föderal</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="258"/>
        <source>Misch</source>
        <translation>Misch</translation>
    </message>
</context>
<context>
    <name>tfp::report</name>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="40"/>
        <source>Deckblatt</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="42"/>
        <source>Überblick</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="44"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="55"/>
        <source>Priorisierung</source>
        <translation>Priorisierung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="46"/>
        <location filename="../core/report/arbeitsplan.cpp" line="281"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="54"/>
        <source>Umsetzungsprojekte</source>
        <translation>Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="48"/>
        <source>Wellenplanung und Zeitplan</source>
        <translation>Wellenplanung und Zeitplan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="50"/>
        <source>Meilensteine</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="52"/>
        <source>Abdeckung und Lücken</source>
        <translation>Abdeckung und Lücken</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="54"/>
        <source>Risiken und Abhängigkeiten</source>
        <translation>Risiken und Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="56"/>
        <source>Anhang: Steckbriefe der OZG-Leistungen</source>
        <translation>Anhang: Steckbriefe der OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="73"/>
        <source>unbekannter Abschnitt „%1“; erwartet wird eine Liste aus %2.</source>
        <translation>unbekannter Abschnitt „%1“; erwartet wird eine Liste aus %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="83"/>
        <source>keine Abschnitte gewählt; erwartet wird eine Liste aus %1.</source>
        <translation>keine Abschnitte gewählt; erwartet wird eine Liste aus %1.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="114"/>
        <source>und</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="123"/>
        <source>Arbeitsplan %1.pdf</source>
        <translation>Arbeitsplan %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="232"/>
        <source>Arbeitsplan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="233"/>
        <source>Themenfeld %1</source>
        <translation>Themenfeld %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="234"/>
        <source>Stand: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="236"/>
        <source>Federführung</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="250"/>
        <source>Für dieses Themenfeld ist keine Federführung erfasst.</source>
        <translation>Für dieses Themenfeld ist keine Federführung erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="252"/>
        <source>Kürzel</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="253"/>
        <source>Beteiligter</source>
        <translation>Beteiligter</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="254"/>
        <location filename="../core/report/arbeitsplan.cpp" line="304"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="131"/>
        <location filename="../core/report/arbeitsplantermine.cpp" line="27"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="255"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="256"/>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="259"/>
        <source>Rollen: federführend (FF), umsetzend (U), mitarbeitend (MA). Das federführende Ressort verantwortet Inhalt, Abnahme der Meilensteine und Budget; das federführende Land baut die Onlinedienste und stellt sie bereit.</source>
        <translation>Rollen: federführend (FF), umsetzend (U), mitarbeitend (MA). Das federführende Ressort verantwortet Inhalt, Abnahme der Meilensteine und Budget; das federführende Land baut die Onlinedienste und stellt sie bereit.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="264"/>
        <source>Erstellt von %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="275"/>
        <source>Kennzahl</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="275"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="173"/>
        <source>Anzahl</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="276"/>
        <source>OZG-Leistungen (alle)</source>
        <translation>OZG-Leistungen (alle)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="277"/>
        <source>OZG-Leistungen im Digitalisierungsprogramm Föderal</source>
        <translation>OZG-Leistungen im Digitalisierungsprogramm Föderal</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="278"/>
        <source>davon Mischleistungen</source>
        <translation>davon Mischleistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="279"/>
        <source>Digitalisierungsprogramm Bund (nur Typ 1)</source>
        <translation>Digitalisierungsprogramm Bund (nur Typ 1)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="282"/>
        <source>OZG-konform (Reifegrad ab 3)</source>
        <translation>OZG-konform (Reifegrad ab 3)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="287"/>
        <source>Lagen</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="302"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="54"/>
        <source>Das Themenfeld hat keine Lagen.</source>
        <translation>Das Themenfeld hat keine Lagen.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="303"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="47"/>
        <source>Lage</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="305"/>
        <location filename="../core/report/arbeitsplan.cpp" line="363"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="105"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="158"/>
        <location filename="../core/report/chartmodel.cpp" line="54"/>
        <source>Leistungen</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="306"/>
        <location filename="../core/report/arbeitsplan.cpp" line="340"/>
        <source>Föderal</source>
        <translation>Föderal</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="307"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="308"/>
        <source>in Projekten</source>
        <translation>in Projekten</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="311"/>
        <source>Nach LeiKa-Typ</source>
        <translation>Nach LeiKa-Typ</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="319"/>
        <source>ohne Typ</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="327"/>
        <source>Den OZG-Leistungen des Themenfelds sind keine LeiKa-Leistungen zugeordnet.</source>
        <translation>Den OZG-Leistungen des Themenfelds sind keine LeiKa-Leistungen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="328"/>
        <source>LeiKa-Typ</source>
        <translation>LeiKa-Typ</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="329"/>
        <source>LeiKa-Leistungen</source>
        <translation>LeiKa-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="330"/>
        <location filename="../core/report/chartmodel.cpp" line="97"/>
        <source>OZG-Leistungen</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="333"/>
        <source>Nach Status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="338"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="49"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="31"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="339"/>
        <source>alle</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="343"/>
        <source>Nach Reifegrad (Modell 1.x)</source>
        <translation>Nach Reifegrad (Modell 1.x)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="349"/>
        <location filename="../core/report/chartmodel.cpp" line="87"/>
        <source>ohne Angabe</source>
        <translation>ohne Angabe</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="352"/>
        <source>nach Modell 2.0 bewertet</source>
        <translation>nach Modell 2.0 bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <source>Reifegrad</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="96"/>
        <location filename="../core/report/chartmodel.cpp" line="84"/>
        <source>Ist</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="97"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="143"/>
        <location filename="../core/report/chartbars.cpp" line="40"/>
        <location filename="../core/report/chartmodel.cpp" line="84"/>
        <source>Ziel</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="357"/>
        <source>Nach Flächendeckung</source>
        <translation>Nach Flächendeckung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="362"/>
        <source>mit Onlinedienst</source>
        <translation>mit Onlinedienst</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="363"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="51"/>
        <source>Flächendeckung</source>
        <translation>Flächendeckung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="375"/>
        <source>Für dieses Themenfeld sind keine Kriterien festgelegt.</source>
        <translation>Für dieses Themenfeld sind keine Kriterien festgelegt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="377"/>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="378"/>
        <source>Kriterium</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="379"/>
        <source>Gewicht</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="380"/>
        <source>Anteil</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="383"/>
        <source>Alle Gewichte sind 0: jedes Kriterium zählt gleich.</source>
        <translation>Alle Gewichte sind 0: jedes Kriterium zählt gleich.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="385"/>
        <source>Kategorien: höchste Priorität ab Score %1, hohe ab %2, mittlere ab %3, sonst niedrige. Der Score (0–5) ist das gewichtete Mittel über die vorhandenen Bewertungen; eine fehlende Bewertung zählt nicht als 0.</source>
        <translation>Kategorien: höchste Priorität ab Score %1, hohe ab %2, mittlere ab %3, sonst niedrige. Der Score (0–5) ist das gewichtete Mittel über die vorhandenen Bewertungen; eine fehlende Bewertung zählt nicht als 0.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <location filename="../core/report/chartmodel.cpp" line="319"/>
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="31"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="94"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="185"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="139"/>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="401"/>
        <location filename="../core/report/chartlines.cpp" line="80"/>
        <location filename="../core/report/chartmodel.cpp" line="293"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="402"/>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="403"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="404"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="172"/>
        <source>Welle</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="413"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="33"/>
        <source>nicht bewertet</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="419"/>
        <location filename="../core/report/arbeitsplan.cpp" line="424"/>
        <source>Rangfolge</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="420"/>
        <source>Das Themenfeld hat keine OZG-Leistungen zu priorisieren.</source>
        <translation>Das Themenfeld hat keine OZG-Leistungen zu priorisieren.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="433"/>
        <location filename="../core/report/chartmodel.cpp" line="405"/>
        <source>Das Themenfeld %1 gibt es im Katalog nicht.</source>
        <translation>Das Themenfeld %1 gibt es im Katalog nicht.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="435"/>
        <source>Für den Arbeitsplan fehlt ein gültiges Datum (Stand).</source>
        <translation>Für den Arbeitsplan fehlt ein gültiges Datum (Stand).</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="437"/>
        <source>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="440"/>
        <source>Für den Arbeitsplan ist kein Abschnitt gewählt.</source>
        <translation>Für den Arbeitsplan ist kein Abschnitt gewählt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="443"/>
        <source>Arbeitsplan %1</source>
        <translation>Arbeitsplan %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="447"/>
        <source>Stand %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="452"/>
        <source>Inhalt</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="17"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="44"/>
        <source>Das Themenfeld hat keine OZG-Leistungen.</source>
        <translation>Das Themenfeld hat keine OZG-Leistungen.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="20"/>
        <source>SDG: Anhang I (Informationen) und Anhang II (Verfahren) der Single-Digital-Gateway-Verordnung.</source>
        <translation>SDG: Anhang I (Informationen) und Anhang II (Verfahren) der Single-Digital-Gateway-Verordnung.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="36"/>
        <source>Rang %1, Score %2, %3, %4, Welle %5</source>
        <translation>Rang %1, Score %2, %3, %4, Welle %5</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="43"/>
        <source>Rang %1, nicht bewertet, Welle %2</source>
        <translation>Rang %1, nicht bewertet, Welle %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="48"/>
        <source>Programm</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="50"/>
        <source>Reifegrad Ist / Ziel</source>
        <translation>Reifegrad Ist / Ziel</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="52"/>
        <source>Go-live / flächendeckend</source>
        <translation>Go-live / flächendeckend</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="54"/>
        <source>keines</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="57"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="185"/>
        <source>Rechtsänderung</source>
        <translation>Rechtsänderung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="59"/>
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="60"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="115"/>
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="60"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="115"/>
        <source>Wert</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="80"/>
        <source>Keine LeiKa-Leistungen zugeordnet.</source>
        <translation>Keine LeiKa-Leistungen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="82"/>
        <source>LeiKa-Schlüssel</source>
        <translation>LeiKa-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="83"/>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="84"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="85"/>
        <source>Rechtsgrundlage</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="86"/>
        <source>SDG</source>
        <translation>SDG</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="31"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="95"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="153"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="185"/>
        <source>OZG-Leistung</source>
        <translation>OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="41"/>
        <source>Leistungen in keinem Projekt</source>
        <translation>Leistungen in keinem Projekt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="45"/>
        <source>Jede OZG-Leistung des Themenfelds ist in einem Projekt.</source>
        <translation>Jede OZG-Leistung des Themenfelds ist in einem Projekt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="47"/>
        <source>Lagen ohne Aktivität</source>
        <translation>Lagen ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="55"/>
        <source>In jeder Lage ist mindestens eine Leistung in Planung, in Umsetzung, online oder in einem Projekt.</source>
        <translation>In jeder Lage ist mindestens eine Leistung in Planung, in Umsetzung, online oder in einem Projekt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="58"/>
        <source>Länder ohne Nachnutzung</source>
        <translation>Länder ohne Nachnutzung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="67"/>
        <source>Ohne Projekte gibt es keine Nachnutzung.</source>
        <translation>Ohne Projekte gibt es keine Nachnutzung.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="69"/>
        <source>Jedes Land nutzt mindestens ein Projekt nach.</source>
        <translation>Jedes Land nutzt mindestens ein Projekt nach.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="70"/>
        <source>Ohne Nachnutzung: %1.</source>
        <translation>Ohne Nachnutzung: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="71"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="72"/>
        <source>Projekte nachgenutzt</source>
        <translation>Projekte nachgenutzt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="73"/>
        <source>Anteil der Projekte</source>
        <translation>Anteil der Projekte</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="77"/>
        <source>Reifegrad-Lücken</source>
        <translation>Reifegrad-Lücken</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="87"/>
        <source>%1 Leistungen liegen unter ihrem Ziel-Reifegrad (zusammen %2 Stufen); %3 haben keinen Ist-Reifegrad, %4 keinen Onlinedienst.</source>
        <translation>%1 Leistungen liegen unter ihrem Ziel-Reifegrad (zusammen %2 Stufen); %3 haben keinen Ist-Reifegrad, %4 keinen Onlinedienst.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="98"/>
        <source>Stufen</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="105"/>
        <source>Risiken</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="126"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="129"/>
        <source>Für dieses Themenfeld sind keine Risiken erfasst.</source>
        <translation>Für dieses Themenfeld sind keine Risiken erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="132"/>
        <source>Einstufung</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="133"/>
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="134"/>
        <source>Maßnahme</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="135"/>
        <source>Bezug</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="138"/>
        <source>Abhängigkeiten zwischen Leistungen</source>
        <translation>Abhängigkeiten zwischen Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="149"/>
        <source>anderes Themenfeld: %1</source>
        <translation>anderes Themenfeld: %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="151"/>
        <source>Es sind keine Abhängigkeiten erfasst.</source>
        <translation>Es sind keine Abhängigkeiten erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="153"/>
        <source>hängt ab von</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="153"/>
        <source>Anmerkung</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="158"/>
        <source>Zyklus: %1 hängen im Kreis voneinander ab und werden gemeinsam geplant.</source>
        <translation>Zyklus: %1 hängen im Kreis voneinander ab und werden gemeinsam geplant.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="164"/>
        <source>%1 (Rang %2) hängt ab von %3 (Rang %4): %3 wird früher geplant, als sein Rang sagt.</source>
        <translation>%1 (Rang %2) hängt ab von %3 (Rang %4): %3 wird früher geplant, als sein Rang sagt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="170"/>
        <source>%1 ist auf Welle %2 festgelegt, hängt aber von %3 in Welle %4 ab: es rückt in Welle %4.</source>
        <translation>%1 ist auf Welle %2 festgelegt, hängt aber von %3 in Welle %4 ab: es rückt in Welle %4.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="177"/>
        <source>Nötige Rechtsänderungen</source>
        <translation>Nötige Rechtsänderungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="183"/>
        <source>Für keine Leistung ist eine Rechtsänderung vermerkt.</source>
        <translation>Für keine Leistung ist eine Rechtsänderung vermerkt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="20"/>
        <source>ohne Termine</source>
        <translation>ohne Termine</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="41"/>
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="66"/>
        <source>neu</source>
        <comment>Meilenstein ohne Termin im verglichenen Stand</comment>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="87"/>
        <source>kein Zahlungsplan</source>
        <translation>kein Zahlungsplan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="88"/>
        <source>%1 geplant, %2 abgeflossen (%3 Quartale)</source>
        <translation>%1 geplant, %2 abgeflossen (%3 Quartale)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="97"/>
        <source>Für dieses Themenfeld sind keine Umsetzungsprojekte angelegt.</source>
        <translation>Für dieses Themenfeld sind keine Umsetzungsprojekte angelegt.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="104"/>
        <source>Projekt</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="106"/>
        <source>Koordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="107"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="117"/>
        <source>EfA-Modell</source>
        <translation>EfA-Modell</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="108"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="118"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="277"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="109"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="122"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="116"/>
        <source>Umsetzungskoordination</source>
        <translation>Umsetzungskoordination</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="119"/>
        <location filename="../core/report/chartgantt.cpp" line="93"/>
        <source>Laufzeit</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="120"/>
        <source>Umsetzende Länder</source>
        <translation>Umsetzende Länder</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="121"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="123"/>
        <source>Zahlungsplan</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="137"/>
        <source>Dem Projekt sind keine OZG-Leistungen zugeordnet.</source>
        <translation>Dem Projekt sind keine OZG-Leistungen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="140"/>
        <source>Gebündelte OZG-Leistung</source>
        <translation>Gebündelte OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="142"/>
        <source>Reifegrad Ist</source>
        <translation>Reifegrad Ist</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="155"/>
        <source>Kapazität je Welle: %1 %2.</source>
        <translation>Kapazität je Welle: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="157"/>
        <location filename="../core/report/chartmodel.cpp" line="258"/>
        <location filename="../core/report/chartmodel.cpp" line="272"/>
        <source>Personentage</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="159"/>
        <source>Ohne Kapazitätsgrenze: jede Leistung steht in der frühesten Welle, die ihre Abhängigkeiten erlauben.</source>
        <translation>Ohne Kapazitätsgrenze: jede Leistung steht in der frühesten Welle, die ihre Abhängigkeiten erlauben.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="167"/>
        <source> (überbucht)</source>
        <translation> (überbucht)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="171"/>
        <source>Es sind keine Wellen geplant: das Themenfeld hat keine OZG-Leistungen.</source>
        <translation>Es sind keine Wellen geplant: das Themenfeld hat keine OZG-Leistungen.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="174"/>
        <source>Belegt</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="175"/>
        <source>OZG-Leistungen nach Rang</source>
        <translation>OZG-Leistungen nach Rang</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="185"/>
        <source>Zeitplan der Umsetzungsprojekte</source>
        <translation>Zeitplan der Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="187"/>
        <source>Kein Projekt des Themenfelds hat Termine: es gibt keinen Zeitplan zu zeigen.</source>
        <translation>Kein Projekt des Themenfelds hat Termine: es gibt keinen Zeitplan zu zeigen.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="193"/>
        <source>Zeitraum %1 bis %2, Stand %3 (rote Linie). Schmaler Balken: Laufzeit des Projekts; darunter ein Balken je Phase vom vorigen Phasen-Meilenstein bis zu ihrem (hell geplant, gefüllt erreicht, rot überfällig bis zum Stand, rote Linie: Verzug); Rauten: Meilensteine (leer geplant, gefüllt erreicht), rot umkreist und mit „!“ außerhalb der Laufzeit. Der Zeitplan folgt auf Seiten im Querformat, je Blatt die Projekte mit Terminen in seinem Zeitraum; Zeiträume ohne Termine entfallen.</source>
        <translation>Zeitraum %1 bis %2, Stand %3 (rote Linie). Schmaler Balken: Laufzeit des Projekts; darunter ein Balken je Phase vom vorigen Phasen-Meilenstein bis zu ihrem (hell geplant, gefüllt erreicht, rot überfällig bis zum Stand, rote Linie: Verzug); Rauten: Meilensteine (leer geplant, gefüllt erreicht), rot umkreist und mit „!“ außerhalb der Laufzeit. Der Zeitplan folgt auf Seiten im Querformat, je Blatt die Projekte mit Terminen in seinem Zeitraum; Zeiträume ohne Termine entfallen.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="204"/>
        <source>Verglichen mit dem Stand „%1“: gestrichelte graue Rauten zeigen, wo ein Meilenstein damals geplant war, wenn er seither verschoben wurde, mit einer dünnen Linie zum heutigen Plan.</source>
        <translation>Verglichen mit dem Stand „%1“: gestrichelte graue Rauten zeigen, wo ein Meilenstein damals geplant war, wenn er seither verschoben wurde, mit einer dünnen Linie zum heutigen Plan.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="241"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="289"/>
        <location filename="../core/report/chartgantt.cpp" line="100"/>
        <source>erreicht</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="242"/>
        <source>%1 Tage später</source>
        <translation>%1 Tage später</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="243"/>
        <source>%1 Tage früher</source>
        <translation>%1 Tage früher</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="244"/>
        <source>termingerecht</source>
        <translation>termingerecht</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="247"/>
        <location filename="../core/report/chartgantt.cpp" line="77"/>
        <source>überfällig seit %1 Tagen</source>
        <translation>überfällig seit %1 Tagen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="249"/>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="249"/>
        <source>ohne Termin</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="254"/>
        <source>%1 am %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="255"/>
        <source>%1, offen</source>
        <translation>%1, offen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="258"/>
        <source> (nur %1)</source>
        <translation> (nur %1)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="271"/>
        <source>%1 Meilensteine, davon %2 erreicht (%3 später als geplant) und %4 überfällig am %5.</source>
        <translation>%1 Meilensteine, davon %2 erreicht (%3 später als geplant) und %4 überfällig am %5.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="277"/>
        <source>Meilenstein</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="277"/>
        <location filename="../core/report/chartmodel.cpp" line="119"/>
        <source>geplant</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="280"/>
        <source>Verglichen mit dem Stand „%1“: seither verschoben %2, neu geplant %3. „im Stand“ nennt den damals geplanten Termin, „Verschiebung“ die Tage seither (+ später, − früher).</source>
        <translation>Verglichen mit dem Stand „%1“: seither verschoben %2, neu geplant %3. „im Stand“ nennt den damals geplanten Termin, „Verschiebung“ die Tage seither (+ später, − früher).</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="286"/>
        <source>im Stand</source>
        <translation>im Stand</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="287"/>
        <source>Verschiebung</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="290"/>
        <source>Abweichung</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="291"/>
        <source>Abnahme</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="91"/>
        <source>%1, %2 – %3: %4</source>
        <translation>%1, %2 – %3: %4</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="132"/>
        <source>%1: Plan %2, Mittelabfluss %3, %4 Personentage</source>
        <translation>%1: Plan %2, Mittelabfluss %3, %4 Personentage</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="165"/>
        <source>Zahl der nachgenutzten Projekte</source>
        <translation>Zahl der nachgenutzten Projekte</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="188"/>
        <source>%1: im Reiter „Projekte“ öffnen</source>
        <translation>%1: im Reiter „Projekte“ öffnen</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="200"/>
        <source>%1 in %2: %3 nachgenutzt</source>
        <translation>%1 in %2: %3 nachgenutzt</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="202"/>
        <source>%1 Projekt</source>
        <translation>%1 Projekt</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="202"/>
        <source>%1 Projekte</source>
        <translation>%1 Projekte</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="207"/>
        <source>%1 in „%2“: %3</source>
        <translation>%1 in „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="209"/>
        <source>%1 in „%2“: keine Nachnutzung erfasst</source>
        <translation>%1 in „%2“: keine Nachnutzung erfasst</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="276"/>
        <source>heute %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="339"/>
        <source>%1 OZG-Leistung</source>
        <translation>%1 OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="339"/>
        <source>%1 OZG-Leistungen</source>
        <translation>%1 OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="34"/>
        <source>Die Größe %1 × %2 Pixel ist nicht möglich: Breite und Höhe müssen zwischen %3 und %4 liegen.</source>
        <translation>Die Größe %1 × %2 Pixel ist nicht möglich: Breite und Höhe müssen zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="85"/>
        <source>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</source>
        <translation>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="87"/>
        <source>„%1“: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="95"/>
        <source>„%1“: das Bild konnte nicht erzeugt werden.</source>
        <translation>„%1“: das Bild konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="17"/>
        <source>%1 Tag</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="17"/>
        <source>%1 Tage</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="66"/>
        <location filename="../core/report/chartgantt.cpp" line="286"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="68"/>
        <source>geplant %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="70"/>
        <location filename="../core/report/chartgantt.cpp" line="123"/>
        <source>erreicht %1</source>
        <translation>erreicht %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="57"/>
        <location filename="../core/report/chartgantt.cpp" line="72"/>
        <source> (%1 später)</source>
        <translation> (%1 später)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="51"/>
        <source>im Stand „%1“: noch nicht geplant</source>
        <translation>im Stand „%1“: noch nicht geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="52"/>
        <source>im Stand „%1“: %2</source>
        <translation>im Stand „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="59"/>
        <location filename="../core/report/chartgantt.cpp" line="74"/>
        <source> (%1 früher)</source>
        <translation> (%1 früher)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="60"/>
        <source> (unverändert)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="77"/>
        <source>überfällig seit %1 Tag</source>
        <translation>überfällig seit %1 Tag</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="80"/>
        <source>außerhalb der Laufzeit des Projekts (%1 bis %2)</source>
        <translation>außerhalb der Laufzeit des Projekts (%1 bis %2)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="94"/>
        <source>Phase geplant</source>
        <translation>Phase geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="95"/>
        <source>Phase erreicht</source>
        <translation>Phase erreicht</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="96"/>
        <source>Verzug</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="97"/>
        <source>überfällig</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="99"/>
        <source>Meilenstein geplant</source>
        <translation>Meilenstein geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="101"/>
        <source>außerhalb der Laufzeit</source>
        <translation>außerhalb der Laufzeit</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="103"/>
        <source>Stand „%1“</source>
        <translation>Stand „%1“</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="105"/>
        <source>Abhängigkeit</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="106"/>
        <source>Abhängigkeit verletzt</source>
        <translation>Abhängigkeit verletzt</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="113"/>
        <source>%1: Phase %2</source>
        <translation>%1: Phase %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="117"/>
        <source>geplant %1 bis %2</source>
        <translation>geplant %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="118"/>
        <source>geplant bis %1</source>
        <translation>geplant bis %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="122"/>
        <source>erreicht %1 bis %2</source>
        <translation>erreicht %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="125"/>
        <source>überfällig seit %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="202"/>
        <source>%1: Laufzeit %2 bis %3</source>
        <translation>%1: Laufzeit %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="33"/>
        <source>Abhängigkeit: %1 folgt %2 (Abstand %3)</source>
        <translation>Abhängigkeit: %1 folgt %2 (Abstand %3)</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="34"/>
        <source>Abhängigkeit: %1 folgt %2</source>
        <translation>Abhängigkeit: %1 folgt %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="36"/>
        <source>verletzt: frühestens am %1</source>
        <translation>verletzt: frühestens am %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="135"/>
        <location filename="../core/report/chartganttpfeile.cpp" line="144"/>
        <source>%1 liegt außerhalb dieses Ausschnitts.</source>
        <translation>%1 liegt außerhalb dieses Ausschnitts.</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="404"/>
        <source>%1 (Phase %2): im Reiter „Projekte“ öffnen</source>
        <translation>%1 (Phase %2): im Reiter „Projekte“ öffnen</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="419"/>
        <source>… und %1 weiteres Umsetzungsprojekt: für alle ein höheres Bild wählen</source>
        <translation>… und %1 weiteres Umsetzungsprojekt: für alle ein höheres Bild wählen</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="420"/>
        <source>… und %1 weitere Umsetzungsprojekte: für alle ein höheres Bild wählen</source>
        <translation>… und %1 weitere Umsetzungsprojekte: für alle ein höheres Bild wählen</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="49"/>
        <source>alle OZG-Leistungen im Umfang</source>
        <translation>alle OZG-Leistungen im Umfang</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="69"/>
        <source>%1 am %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="81"/>
        <source>Rangspanne</source>
        <translation>Rangspanne</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="118"/>
        <source>Rang %1: %2 (%3)
Score %4, Rangspanne %5–%6</source>
        <translation>Rang %1: %2 (%3)
Score %4, Rangspanne %5–%6</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="32"/>
        <source>Umfang Föderal</source>
        <translation>Umfang Föderal</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="32"/>
        <source>Umfang alle</source>
        <translation>Umfang alle</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="44"/>
        <source>Keine OZG-Leistungen im Umfang Föderal</source>
        <translation>Keine OZG-Leistungen im Umfang Föderal</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="45"/>
        <source>Noch keine OZG-Leistungen in diesem Themenfeld</source>
        <translation>Noch keine OZG-Leistungen in diesem Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="46"/>
        <source>Noch keine OZG-Leistungen im Katalog</source>
        <translation>Noch keine OZG-Leistungen im Katalog</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="61"/>
        <source>%1, %2, Stand %3</source>
        <translation>%1, %2, Stand %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="98"/>
        <source>Je Zeile oben Ist, unten Ziel; Reifegradmodell 1.x, %1, Stand %2</source>
        <translation>Je Zeile oben Ist, unten Ziel; Reifegradmodell 1.x, %1, Stand %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="101"/>
        <source>; %n nach Modell 2.0 bewertet, nicht gezeigt</source>
        <translation>
            <numerusform>; %n nach Modell 2.0 bewertet, nicht gezeigt</numerusform>
            <numerusform>; %n nach Modell 2.0 bewertet, nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="122"/>
        <source>online (ist)</source>
        <translation>online (ist)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="128"/>
        <source>OZG-Leistungen online</source>
        <translation>OZG-Leistungen online</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="141"/>
        <source>%1, davon %2 online</source>
        <translation>%1, davon %2 online</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="143"/>
        <source>, %n ohne Go-live-Datum (ab Beginn gezählt)</source>
        <translation>
            <numerusform>, %n ohne Go-live-Datum (ab Beginn gezählt)</numerusform>
            <numerusform>, %n ohne Go-live-Datum (ab Beginn gezählt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="145"/>
        <source>; %n ohne Plantermin</source>
        <translation>
            <numerusform>; %n ohne Plantermin</numerusform>
            <numerusform>; %n ohne Plantermin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="146"/>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="148"/>
        <source>Noch keine Go-live-Termine geplant</source>
        <translation>Noch keine Go-live-Termine geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="163"/>
        <source>Meilensteine geplant</source>
        <translation>Meilensteine geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="164"/>
        <source>Meilensteine erreicht</source>
        <translation>Meilensteine erreicht</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="185"/>
        <source>%1 Umsetzungsprojekt</source>
        <translation>%1 Umsetzungsprojekt</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="185"/>
        <source>%1 Umsetzungsprojekte</source>
        <translation>%1 Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="186"/>
        <source>%1 Meilenstein</source>
        <translation>%1 Meilenstein</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="186"/>
        <source>%1 Meilensteine</source>
        <translation>%1 Meilensteine</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="187"/>
        <source>, %n überfällig</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="188"/>
        <source>; Zeitraum %1 bis %2</source>
        <translation>; Zeitraum %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="190"/>
        <location filename="../core/report/chartmodel.cpp" line="247"/>
        <source>Noch keine Umsetzungsprojekte angelegt</source>
        <translation>Noch keine Umsetzungsprojekte angelegt</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="192"/>
        <source>Noch keine Meilensteine geplant</source>
        <translation>Noch keine Meilensteine geplant</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="243"/>
        <source>Stand der Nachnutzung je Land und Umsetzungsprojekt</source>
        <translation>Stand der Nachnutzung je Land und Umsetzungsprojekt</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="244"/>
        <source>Nachgenutzte Umsetzungsprojekte (geplant, in Umsetzung, live) je Land und Themenfeld</source>
        <translation>Nachgenutzte Umsetzungsprojekte (geplant, in Umsetzung, live) je Land und Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="249"/>
        <source>Noch keine Nachnutzung erfasst</source>
        <translation>Noch keine Nachnutzung erfasst</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="256"/>
        <source>Plan (Zahlungsplan)</source>
        <translation>Plan (Zahlungsplan)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="257"/>
        <source>Mittelabfluss (ist)</source>
        <translation>Mittelabfluss (ist)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="261"/>
        <source>Q%1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="271"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="274"/>
        <source>Summe Plan %1, Mittelabfluss %2</source>
        <translation>Summe Plan %1, Mittelabfluss %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="278"/>
        <source>; %n Zahlungen außerhalb der Jahre %1–%2 oder der Quartale 1–4 nicht gezeigt</source>
        <translation>
            <numerusform>; %n Zahlung außerhalb der Jahre %1–%2 oder der Quartale 1–4 nicht gezeigt</numerusform>
            <numerusform>; %n Zahlungen außerhalb der Jahre %1–%2 oder der Quartale 1–4 nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="283"/>
        <source>Noch kein Zahlungsplan erfasst</source>
        <translation>Noch kein Zahlungsplan erfasst</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="289"/>
        <source>Die Priorisierung gilt je Themenfeld: wählen Sie ein Themenfeld.</source>
        <translation>Die Priorisierung gilt je Themenfeld: wählen Sie ein Themenfeld.</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="294"/>
        <source>bester Rang</source>
        <translation>bester Rang</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="295"/>
        <source>schlechtester Rang</source>
        <translation>schlechtester Rang</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="320"/>
        <source>Score (0–5)</source>
        <translation>Score (0–5)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="322"/>
        <source>%1 bewertete OZG-Leistung</source>
        <translation>%1 bewertete OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="323"/>
        <source>%1 bewertete OZG-Leistungen</source>
        <translation>%1 bewertete OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="324"/>
        <source>; Balken: Rangspanne bei ±%1 % Gewicht je Kriterium</source>
        <translation>; Balken: Rangspanne bei ±%1 % Gewicht je Kriterium</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="327"/>
        <source>; %n ohne Bewertung nicht gezeigt</source>
        <translation>
            <numerusform>; %n ohne Bewertung nicht gezeigt</numerusform>
            <numerusform>; %n ohne Bewertung nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="329"/>
        <source>Noch keine Bewertungen erfasst</source>
        <translation>Noch keine Bewertungen erfasst</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="374"/>
        <source>Status der OZG-Leistungen</source>
        <translation>Status der OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="377"/>
        <source>Reifegrad ist und Ziel je Lage</source>
        <translation>Reifegrad ist und Ziel je Lage</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="378"/>
        <source>Reifegrad ist und Ziel je Themenfeld</source>
        <translation>Reifegrad ist und Ziel je Themenfeld</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="381"/>
        <source>Go-live: OZG-Leistungen online, geplant und ist</source>
        <translation>Go-live: OZG-Leistungen online, geplant und ist</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="384"/>
        <source>Meilensteine der Umsetzungsprojekte</source>
        <translation>Meilensteine der Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="387"/>
        <source>Nachnutzung durch die Länder</source>
        <translation>Nachnutzung durch die Länder</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="390"/>
        <source>Budget: Plan und Mittelabfluss je Quartal</source>
        <translation>Budget: Plan und Mittelabfluss je Quartal</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="393"/>
        <source>Priorisierung: Score nach Rang</source>
        <translation>Priorisierung: Score nach Rang</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="397"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="397"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="403"/>
        <source>Für das Diagramm fehlt das Datum „heute“.</source>
        <translation>Für das Diagramm fehlt das Datum „heute“.</translation>
    </message>
    <message>
        <location filename="../core/report/chartpaint.cpp" line="75"/>
        <location filename="../core/report/chartpaint.cpp" line="108"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="101"/>
        <source>Überschrift %1 (nicht im Inhalt)</source>
        <translation>Überschrift %1 (nicht im Inhalt)</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="107"/>
        <source>Text klein</source>
        <translation>Text klein</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="108"/>
        <source>Text klein fett</source>
        <translation>Text klein fett</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="109"/>
        <source>Text fett</source>
        <translation>Text fett</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="112"/>
        <source>Zwischentitel %1</source>
        <translation>Zwischentitel %1</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="116"/>
        <source>Tabelleninhalt fett</source>
        <translation>Tabelleninhalt fett</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="117"/>
        <source>Tabelleninhalt klein</source>
        <translation>Tabelleninhalt klein</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="118"/>
        <source>Tabelleninhalt klein fett</source>
        <translation>Tabelleninhalt klein fett</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="121"/>
        <source>Tabellenüberschrift klein</source>
        <translation>Tabellenüberschrift klein</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="138"/>
        <source>Kopfzeile quer</source>
        <translation>Kopfzeile quer</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="140"/>
        <source>Fußzeile quer</source>
        <translation>Fußzeile quer</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="239"/>
        <location filename="../core/report/pdfdocument.cpp" line="153"/>
        <source>Seite %1 von %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/pdfdocument.cpp" line="241"/>
        <source>Die Datei „%1“ kann nicht geschrieben werden: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="35"/>
        <source>%1 von %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="52"/>
        <source>%1 – Ist: %2; Ziel: %3</source>
        <translation>%1 – Ist: %2; Ziel: %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="70"/>
        <source>Einträge je Land bei %1 Umsetzungsprojekten: %2</source>
        <translation>Einträge je Land bei %1 Umsetzungsprojekten: %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="80"/>
        <source>%1 Plan %2, Abfluss %3, %4 Personentage</source>
        <translation>%1 Plan %2, Abfluss %3, %4 Personentage</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="95"/>
        <source>%1: %2 bis %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="99"/>
        <source>%1 von %2 OZG-Leistungen</source>
        <translation>%1 von %2 OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="115"/>
        <source>Rang %1 %2 (Score %3)</source>
        <translation>Rang %1 %2 (Score %3)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="148"/>
        <source>Diagramm „%1“ (%2): %3.</source>
        <translation>Diagramm „%1“ (%2): %3.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="170"/>
        <source>%1 (%2 bis %3): %4, davon %5 erreicht, %6 überfällig</source>
        <translation>%1 (%2 bis %3): %4, davon %5 erreicht, %6 überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/arbeitsplanalt.cpp" line="172"/>
        <source>%n Meilensteine</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="174"/>
        <source>, %1 außerhalb der Laufzeit des Projekts</source>
        <translation>, %1 außerhalb der Laufzeit des Projekts</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="176"/>
        <source>, %1 seit dem verglichenen Stand verschoben</source>
        <translation>, %1 seit dem verglichenen Stand verschoben</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="179"/>
        <source>Zeitplan vom %1 bis %2, heute %3: %4.</source>
        <translation>Zeitplan vom %1 bis %2, heute %3: %4.</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="287"/>
        <source>Tabelle%1</source>
        <translation>Tabelle%1</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="343"/>
        <source>Abbildung %1</source>
        <translation>Abbildung %1</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="471"/>
        <location filename="../core/report/odtstyles.cpp" line="122"/>
        <source>Abbildung</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location filename="../core/report/pdfua.cpp" line="281"/>
        <source>das PDF kann nicht fertiggestellt werden (%1)</source>
        <translation>das PDF kann nicht fertiggestellt werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplangantt.cpp" line="189"/>
        <source>Zeitplan, Blatt %1 von %2: %3 bis %4, Projekte %5 bis %6 von %7 mit Terminen in diesem Zeitraum</source>
        <translation>Zeitplan, Blatt %1 von %2: %3 bis %4, Projekte %5 bis %6 von %7 mit Terminen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="15"/>
        <source>Terminkonflikte</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="18"/>
        <source>Keine Terminkonflikte.</source>
        <translation>Keine Terminkonflikte.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="24"/>
        <source>%1 Termin widerspricht dem Plan, Stand %2:</source>
        <translation>%1 Termin widerspricht dem Plan, Stand %2:</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="25"/>
        <source>%1 Termine widersprechen dem Plan, Stand %2:</source>
        <translation>%1 Termine widersprechen dem Plan, Stand %2:</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="27"/>
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tfp::schema</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="263"/>
        <source>Die Tabelle „%1“ hat kein Feld „%2“.</source>
        <translation>Die Tabelle „%1“ hat kein Feld „%2“.</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="314"/>
        <source>ein Wert ist erforderlich</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="319"/>
        <source>erwartet wird ein Wert von %1 bis %2</source>
        <translation>erwartet wird ein Wert von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="321"/>
        <source>erwartet wird ein Wert ab %1</source>
        <translation>erwartet wird ein Wert ab %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="322"/>
        <source>erwartet wird ein Wert bis %1</source>
        <translation>erwartet wird ein Wert bis %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="334"/>
        <location filename="../core/storage/schema.cpp" line="350"/>
        <source>erwartet wird eine ganze Zahl</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="339"/>
        <source>erwartet wird eine ganze Zahl von %1 bis %2</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="359"/>
        <source>erwartet wird eine Zahl</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="370"/>
        <source>erwartet wird wahr oder falsch</source>
        <translation>erwartet wird wahr oder falsch</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="375"/>
        <source>erwartet wird ein Text</source>
        <translation>erwartet wird ein Text</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="380"/>
        <source>erwartet wird einer der Werte %1</source>
        <translation>erwartet wird einer der Werte %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="390"/>
        <source>erwartet wird ein gültiges Datum (JJJJ-MM-TT) zwischen 1990 und 2100</source>
        <translation>erwartet wird ein gültiges Datum (JJJJ-MM-TT) zwischen 1990 und 2100</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="398"/>
        <source>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)</source>
        <translation>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="402"/>
        <source>unbekannter Feldtyp</source>
        <translation>unbekannter Feldtyp</translation>
    </message>
</context>
<context>
    <name>tfp::storage</name>
    <message>
        <location filename="../core/storage/catalog.cpp" line="147"/>
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="192"/>
        <source>Abgebrochen: der Katalog „%1“ wird geschlossen; was noch nicht gespeichert war, ist verworfen.</source>
        <translation>Abgebrochen: der Katalog „%1“ wird geschlossen; was noch nicht gespeichert war, ist verworfen.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="231"/>
        <source>nur %1 von %2 Seiten des Protokolls übertragen</source>
        <translation>nur %1 von %2 Seiten des Protokolls übertragen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="242"/>
        <source>der Katalog blieb im Modus „%1“</source>
        <translation>der Katalog blieb im Modus „%1“</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="265"/>
        <source>Der Katalog „%1“ konnte beim Schließen nicht vollständig in die Datei geschrieben werden: %2. Die letzten Änderungen stehen noch in „%1-wal“: diese Datei nicht löschen und nur zusammen mit dem Katalog kopieren; sobald wieder Platz ist, öffnet Themenfeldplaner den Katalog vollständig.</source>
        <translation>Der Katalog „%1“ konnte beim Schließen nicht vollständig in die Datei geschrieben werden: %2. Die letzten Änderungen stehen noch in „%1-wal“: diese Datei nicht löschen und nur zusammen mit dem Katalog kopieren; sobald wieder Platz ist, öffnet Themenfeldplaner den Katalog vollständig.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="292"/>
        <source>Interner Fehler im Katalog „%1“: %2</source>
        <translation>Interner Fehler im Katalog „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="304"/>
        <location filename="../core/storage/catalog.cpp" line="729"/>
        <location filename="../core/storage/catalogserver.cpp" line="262"/>
        <source>Der Katalog „%1“ kann nicht bearbeitet werden: %2</source>
        <translation>Der Katalog „%1“ kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="336"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: die Katalogkennung fehlt.</source>
        <translation>Die Katalogdatei „%1“ ist beschädigt: die Katalogkennung fehlt.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="396"/>
        <source>Die Katalogdatei oder ihr Ordner ist schreibgeschützt (etwa auf einem schreibgeschützten Datenträger). Der Katalog ist nur zum Lesen geöffnet.</source>
        <translation>Die Katalogdatei oder ihr Ordner ist schreibgeschützt (etwa auf einem schreibgeschützten Datenträger). Der Katalog ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="406"/>
        <source>Der Katalog wird gerade von einem anderen Programm bearbeitet (%1, Prozess %2 auf %3). Er ist nur zum Lesen geöffnet, bis es ihn freigibt.</source>
        <translation>Der Katalog wird gerade von einem anderen Programm bearbeitet (%1, Prozess %2 auf %3). Er ist nur zum Lesen geöffnet, bis es ihn freigibt.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="409"/>
        <source>Themenfeldplaner</source>
        <translation>Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="415"/>
        <location filename="../core/storage/catalogserver.cpp" line="63"/>
        <source>Der Katalog ist nur zum Lesen geöffnet.</source>
        <translation>Der Katalog ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="428"/>
        <source>Die Katalogdatei „%1“ hat das ältere Schema %2 und bleibt unverändert: gelesen wird eine auf Schema %3 gebrachte Kopie. %4</source>
        <translation>Die Katalogdatei „%1“ hat das ältere Schema %2 und bleibt unverändert: gelesen wird eine auf Schema %3 gebrachte Kopie. %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="443"/>
        <location filename="../core/storage/catalogfile.cpp" line="128"/>
        <location filename="../core/storage/catalogrepair.cpp" line="244"/>
        <source>Die Katalogdatei „%1“ kann nicht geöffnet werden: %2</source>
        <translation>Die Katalogdatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="484"/>
        <source>Die Katalogdatei „%1“ hat das Schema %2; von dort führt kein Weg zum Schema %3.</source>
        <translation>Die Katalogdatei „%1“ hat das Schema %2; von dort führt kein Weg zum Schema %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="491"/>
        <source>Der Katalog „%1“ kann nicht aktualisiert werden: %2</source>
        <translation>Der Katalog „%1“ kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="499"/>
        <source>Der Katalog „%1“ lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</source>
        <translation>Der Katalog „%1“ lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="515"/>
        <source>Der Katalog „%1“ vergibt keinen neuen Schlüssel für %2: %3</source>
        <translation>Der Katalog „%1“ vergibt keinen neuen Schlüssel für %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="535"/>
        <source>%1: unbekanntes Feld „%2“.</source>
        <translation>%1: unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="541"/>
        <source>%1, Feld „%2“: %3</source>
        <translation>%1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="563"/>
        <source>%1 %2: einen solchen Eintrag gibt es schon (%3).</source>
        <translation>%1 %2: einen solchen Eintrag gibt es schon (%3).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="568"/>
        <source>%1 %2: verweist auf einen Eintrag, den es nicht gibt, oder wird noch verwendet.</source>
        <translation>%1 %2: verweist auf einen Eintrag, den es nicht gibt, oder wird noch verwendet.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="572"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="614"/>
        <location filename="../core/storage/catalog.cpp" line="635"/>
        <source>%1 %2 gibt es nicht mehr; die Änderung wurde nicht ausgeführt.</source>
        <translation>%1 %2 gibt es nicht mehr; die Änderung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="623"/>
        <source>%1 %2: der Schlüssel „%3“ kann nicht geändert werden.</source>
        <translation>%1 %2: der Schlüssel „%3“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="630"/>
        <location filename="../core/storage/schema.cpp" line="417"/>
        <source>%1 %2, Feld „%3“: %4</source>
        <translation>%1 %2, Feld „%3“: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="643"/>
        <source>%1 %2, Feld „%3“ wurde inzwischen geändert (jetzt „%4“, erwartet „%5“).</source>
        <translation>%1 %2, Feld „%3“ wurde inzwischen geändert (jetzt „%4“, erwartet „%5“).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="721"/>
        <source>Der Katalog „%1“ ist schreibgeschützt: %2</source>
        <translation>Der Katalog „%1“ ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="730"/>
        <location filename="../core/storage/catalogserver.cpp" line="215"/>
        <source>Der Katalog „%1“ kann nicht gespeichert werden: %2</source>
        <translation>Der Katalog „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="735"/>
        <source>Der Katalog „%1“ hat die höchste mögliche Revision %2 erreicht und kann nicht mehr bearbeitet werden.</source>
        <translation>Der Katalog „%1“ hat die höchste mögliche Revision %2 erreicht und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="777"/>
        <source>Interner Fehler: %1 außerhalb des Anlegens eines Katalogs.</source>
        <translation>Interner Fehler: %1 außerhalb des Anlegens eines Katalogs.</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="408"/>
        <source>%1: %2 Werte erwartet, %3 erhalten.</source>
        <translation>%1: %2 Werte erwartet, %3 erhalten.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="797"/>
        <source>Die Katalogkennung „%1“ ist keine UUID in Kleinbuchstaben.</source>
        <translation>Die Katalogkennung „%1“ ist keine UUID in Kleinbuchstaben.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="814"/>
        <location filename="../core/storage/catalogrepair.cpp" line="149"/>
        <source>journal %1: %2</source>
        <translation>journal %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="67"/>
        <source>Die Datei „%1“ gibt es nicht.</source>
        <translation>Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="69"/>
        <source>„%1“ ist ein Ordner, keine Katalogdatei.</source>
        <translation>„%1“ ist ein Ordner, keine Katalogdatei.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="71"/>
        <source>Die Datei „%1“ kann nicht gelesen werden: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="76"/>
        <source>Die Datei „%1“ ist leer und keine Katalogdatei.</source>
        <translation>Die Datei „%1“ ist leer und keine Katalogdatei.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="79"/>
        <source>„%1“ ist keine Katalogdatei von Themenfeldplaner (keine SQLite-Datenbank).</source>
        <translation>„%1“ ist keine Katalogdatei von Themenfeldplaner (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="82"/>
        <source>Die Katalogdatei „%1“ ist abgeschnitten (Kopf unvollständig).</source>
        <translation>Die Katalogdatei „%1“ ist abgeschnitten (Kopf unvollständig).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="90"/>
        <source>Die Katalogdatei „%1“ ist abgeschnitten: %2 von %3 Bytes vorhanden.</source>
        <translation>Die Katalogdatei „%1“ ist abgeschnitten: %2 von %3 Bytes vorhanden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="141"/>
        <source>Die Katalogdatei „%1“ ist beschädigt und kann nicht gelesen werden: %2</source>
        <translation>Die Katalogdatei „%1“ ist beschädigt und kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="144"/>
        <location filename="../core/storage/catalogrepair.cpp" line="221"/>
        <source>„%1“ ist keine Katalogdatei von Themenfeldplaner (eine SQLite-Datenbank eines anderen Programms).</source>
        <translation>„%1“ ist keine Katalogdatei von Themenfeldplaner (eine SQLite-Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="150"/>
        <source>Die Katalogdatei „%1“ stammt aus einer neueren Version von Themenfeldplaner (Schema %2; diese Version kennt Schema %3). Bitte aktualisieren Sie das Programm.</source>
        <translation>Die Katalogdatei „%1“ stammt aus einer neueren Version von Themenfeldplaner (Schema %2; diese Version kennt Schema %3). Bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="157"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: die Schemaversion fehlt.</source>
        <translation>Die Katalogdatei „%1“ ist beschädigt: die Schemaversion fehlt.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="165"/>
        <location filename="../core/storage/catalogfile.cpp" line="169"/>
        <location filename="../core/storage/schemacheck.cpp" line="344"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: %2</source>
        <translation>Die Katalogdatei „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="240"/>
        <source>Die Katalogdatei „%1“ liegt schreibgeschützt im WAL-Modus vor und kann nicht zum Lesen kopiert werden.</source>
        <translation>Die Katalogdatei „%1“ liegt schreibgeschützt im WAL-Modus vor und kann nicht zum Lesen kopiert werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="347"/>
        <source>Die Sperre des Katalogs „%1“ hat sich inzwischen geändert; sie wird nicht aufgehoben. Bitte prüfen Sie erneut, wer den Katalog bearbeitet.</source>
        <translation>Die Sperre des Katalogs „%1“ hat sich inzwischen geändert; sie wird nicht aufgehoben. Bitte prüfen Sie erneut, wer den Katalog bearbeitet.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="352"/>
        <source>Die Sperre des Katalogs „%1“ hält ein Programm auf diesem Rechner (Prozess %2); sie wird frei, sobald es den Katalog schließt, und wird nicht von Hand aufgehoben.</source>
        <translation>Die Sperre des Katalogs „%1“ hält ein Programm auf diesem Rechner (Prozess %2); sie wird frei, sobald es den Katalog schließt, und wird nicht von Hand aufgehoben.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="359"/>
        <source>Die Sperre des Katalogs „%1“ kann nicht aufgehoben werden: %2</source>
        <translation>Die Sperre des Katalogs „%1“ kann nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="366"/>
        <source>Die Datei „%1“ gibt es schon; eine Kopie überschreibt keine Datei.</source>
        <translation>Die Datei „%1“ gibt es schon; eine Kopie überschreibt keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="382"/>
        <source>Die Kopie „%1“ kann nicht geschrieben werden: %2</source>
        <translation>Die Kopie „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="387"/>
        <source>Die Kopie „%1“ kann nicht geschrieben werden.</source>
        <translation>Die Kopie „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="403"/>
        <source>Die Prüfung der Seiten gibt es nur für eine Katalogdatei; ein Katalog auf dem Server wird von PostgreSQL geprüft.</source>
        <translation>Die Prüfung der Seiten gibt es nur für eine Katalogdatei; ein Katalog auf dem Server wird von PostgreSQL geprüft.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="66"/>
        <source>Tabelle „%1“: fehlt oder ist keine Tabelle; keine Einträge übernommen</source>
        <translation>Tabelle „%1“: fehlt oder ist keine Tabelle; keine Einträge übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="77"/>
        <source>Tabelle „%1“: der Schlüssel „%2“ fehlt; keine Einträge übernommen</source>
        <translation>Tabelle „%1“: der Schlüssel „%2“ fehlt; keine Einträge übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="83"/>
        <source>Tabelle „%1“: Spalte „%2“ fehlt; ihr Vorgabewert wird verwendet</source>
        <translation>Tabelle „%1“: Spalte „%2“ fehlt; ihr Vorgabewert wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="93"/>
        <source>Tabelle „%1“: lässt sich nicht lesen (%2); keine Einträge übernommen</source>
        <translation>Tabelle „%1“: lässt sich nicht lesen (%2); keine Einträge übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="117"/>
        <source>erwartet wird eine ganze Zahl in Spalte %1</source>
        <translation>erwartet wird eine ganze Zahl in Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="120"/>
        <source>erwartet wird ein Text in Spalte %1</source>
        <translation>erwartet wird ein Text in Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="122"/>
        <source>die Revision ist negativ</source>
        <translation>die Revision ist negativ</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="124"/>
        <source>die Tabelle „%1“ gibt es nicht</source>
        <translation>die Tabelle „%1“ gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="126"/>
        <source>der Zeitpunkt ist ungültig</source>
        <translation>der Zeitpunkt ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="134"/>
        <source>Journal: fehlt oder ist keine Tabelle; nicht übernommen</source>
        <translation>Journal: fehlt oder ist keine Tabelle; nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="143"/>
        <source>Journal: lässt sich nicht lesen (%1); nicht übernommen</source>
        <translation>Journal: lässt sich nicht lesen (%1); nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="170"/>
        <source>Katalogangaben: fehlen oder sind keine Tabelle; nicht übernommen</source>
        <translation>Katalogangaben: fehlen oder sind keine Tabelle; nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="183"/>
        <source>Katalogangabe „%1“: kein einzeiliger Text; nicht übernommen</source>
        <translation>Katalogangabe „%1“: kein einzeiliger Text; nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="202"/>
        <source>Katalogkennung „%1“: keine UUID in Kleinbuchstaben; der neue Katalog erhält eine neue</source>
        <translation>Katalogkennung „%1“: keine UUID in Kleinbuchstaben; der neue Katalog erhält eine neue</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="216"/>
        <source>Die Datei „%1“ gibt es schon; eine Reparatur überschreibt keine Datei.</source>
        <translation>Die Datei „%1“ gibt es schon; eine Reparatur überschreibt keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="229"/>
        <source>Die Katalogdatei „%1“ hat das Schema %2; reparieren lässt sich nur Schema 1 bis %3.</source>
        <translation>Die Katalogdatei „%1“ hat das Schema %2; reparieren lässt sich nur Schema 1 bis %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="250"/>
        <source>Die Katalogdatei „%1“ lässt sich nicht reparieren: %2</source>
        <translation>Die Katalogdatei „%1“ lässt sich nicht reparieren: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="254"/>
        <source>Schema: %1; nicht übernommen</source>
        <translation>Schema: %1; nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="139"/>
        <source>Tabelle</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="140"/>
        <source>eine Tabelle</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="141"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="141"/>
        <source>ein Index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="142"/>
        <source>Sicht</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="142"/>
        <source>eine Sicht</source>
        <translation>eine Sicht</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="143"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="144"/>
        <source>ein Trigger</source>
        <translation>ein Trigger</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="159"/>
        <source>Tabelle „%1“: zusätzliche Spalte „%2“</source>
        <translation>Tabelle „%1“: zusätzliche Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="161"/>
        <source>Tabelle „%1“: Spalte „%2“ hat den Typ „%3“ statt „%4“</source>
        <translation>Tabelle „%1“: Spalte „%2“ hat den Typ „%3“ statt „%4“</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="164"/>
        <source>Tabelle „%1“: Spalte „%2“ ist anders definiert (Pflichtfeld, Vorgabewert oder Schlüssel)</source>
        <translation>Tabelle „%1“: Spalte „%2“ ist anders definiert (Pflichtfeld, Vorgabewert oder Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="171"/>
        <source>Tabelle „%1“: Spalte „%2“ fehlt</source>
        <translation>Tabelle „%1“: Spalte „%2“ fehlt</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="174"/>
        <source>Tabelle „%1“: Einschränkungen oder Tabellenoptionen verändert</source>
        <translation>Tabelle „%1“: Einschränkungen oder Tabellenoptionen verändert</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="183"/>
        <source>Interner Fehler: die SQLite-Verbindung ist nicht erreichbar.</source>
        <translation>Interner Fehler: die SQLite-Verbindung ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="193"/>
        <source>Interner Fehler: SQLite lässt sich nicht abgesichert konfigurieren.</source>
        <translation>Interner Fehler: SQLite lässt sich nicht abgesichert konfigurieren.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="216"/>
        <source>ihr Schema lässt sich nicht lesen (%1)</source>
        <translation>ihr Schema lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="228"/>
        <source>%1 „%2“ gehört nicht zum Schema</source>
        <translation>%1 „%2“ gehört nicht zum Schema</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="229"/>
        <source>%1 „%2“ auf „%3“ gehört nicht zum Schema</source>
        <translation>%1 „%2“ auf „%3“ gehört nicht zum Schema</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="232"/>
        <source>„%1“ muss %2 sein, ist aber %3</source>
        <translation>„%1“ muss %2 sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="238"/>
        <source>%1 „%2“ ist verändert</source>
        <translation>%1 „%2“ ist verändert</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="243"/>
        <source>%1 „%2“ fehlt</source>
        <translation>%1 „%2“ fehlt</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="253"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: %2.</source>
        <translation>Die Katalogdatei „%1“ wird nicht geöffnet: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/schemacheck.cpp" line="261"/>
        <source> und %n weitere Abweichung(en)</source>
        <translation>
            <numerusform> und %n weitere Abweichung</numerusform>
            <numerusform> und %n weitere Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="262"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: ihr Schema weicht vom Schema %2 eines Katalogs ab (%3).</source>
        <translation>Die Katalogdatei „%1“ wird nicht geöffnet: ihr Schema weicht vom Schema %2 eines Katalogs ab (%3).</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="282"/>
        <source>leer</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="310"/>
        <source>verweist auf einen Eintrag in „%1“, den es nicht gibt</source>
        <translation>verweist auf einen Eintrag in „%1“, den es nicht gibt</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="315"/>
        <source>der Wert verletzt die Regeln des Feldes</source>
        <translation>der Wert verletzt die Regeln des Feldes</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="317"/>
        <source>Tabelle „%1“, Eintrag %2, Feld „%3“: Wert %4 – %5</source>
        <translation>Tabelle „%1“, Eintrag %2, Feld „%3“: Wert %4 – %5</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="330"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: ihre Katalogkennung %2 ist keine UUID in Kleinbuchstaben (erwartet wie „0f8fad5b-d9cb-469f-a165-70867728950e“).</source>
        <translation>Die Katalogdatei „%1“ wird nicht geöffnet: ihre Katalogkennung %2 ist keine UUID in Kleinbuchstaben (erwartet wie „0f8fad5b-d9cb-469f-a165-70867728950e“).</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="348"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: sie enthält Werte, die gegen die Regeln des Katalogs verstoßen (%2).</source>
        <translation>Die Katalogdatei „%1“ wird nicht geöffnet: sie enthält Werte, die gegen die Regeln des Katalogs verstoßen (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="71"/>
        <source>Der Server ist ein Standby, der nur liest und dem Primärserver folgt: Änderungen nimmt nur der Primärserver an. Eine Adresse mit mehreren Servern und „target_session_attrs=read-write“ verbindet mit dem, der gerade schreibt.</source>
        <translation>Der Server ist ein Standby, der nur liest und dem Primärserver folgt: Änderungen nimmt nur der Primärserver an. Eine Adresse mit mehreren Servern und „target_session_attrs=read-write“ verbindet mit dem, der gerade schreibt.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="94"/>
        <location filename="../core/storage/server.cpp" line="38"/>
        <source>Die Datenbank %1 meldet einen Fehler: %2</source>
        <translation>Die Datenbank %1 meldet einen Fehler: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="100"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner. Einen Katalog legt „tfp server init“ oder „tfp server import“ an.</source>
        <translation>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner. Einen Katalog legt „tfp server init“ oder „tfp server import“ an.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="110"/>
        <source>Der Katalog in der Datenbank %1 hat das ältere Schema 2. Die Anmeldung „%2“, der seine Tabellen gehören, bringt ihn auf Schema %3, sobald sie ihn einmal mit diesem Programm zum Bearbeiten öffnet; bis dahin öffnet ihn dieses Programm nicht.</source>
        <translation>Der Katalog in der Datenbank %1 hat das ältere Schema 2. Die Anmeldung „%2“, der seine Tabellen gehören, bringt ihn auf Schema %3, sobald sie ihn einmal mit diesem Programm zum Bearbeiten öffnet; bis dahin öffnet ihn dieses Programm nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="121"/>
        <source>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3 und öffnet ihn nicht.</source>
        <translation>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3 und öffnet ihn nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="129"/>
        <source>Die Tabelle „%1“ in der Datenbank %2 hat nicht die Spalten eines Katalogs (%3 statt %4); sie wurde außerhalb von Themenfeldplaner geändert. Der Katalog wird nicht geöffnet.</source>
        <translation>Die Tabelle „%1“ in der Datenbank %2 hat nicht die Spalten eines Katalogs (%3 statt %4); sie wurde außerhalb von Themenfeldplaner geändert. Der Katalog wird nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="132"/>
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="163"/>
        <source>Der Katalog in der Datenbank %1 lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</source>
        <translation>Der Katalog in der Datenbank %1 lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="231"/>
        <source>des Themenfelds</source>
        <translation>des Themenfelds</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="232"/>
        <source>des Themenfelds „%1“</source>
        <translation>des Themenfelds „%1“</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="236"/>
        <source>Nur die Programmleitung darf den Katalog selbst ändern (Themenfelder, Lagen, LeiKa, Beteiligte, Federführung, Onlinedienste), hier %1.</source>
        <translation>Nur die Programmleitung darf den Katalog selbst ändern (Themenfelder, Lagen, LeiKa, Beteiligte, Federführung, Onlinedienste), hier %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="241"/>
        <source>Nur das Land selbst, die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</source>
        <translation>Nur das Land selbst, die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="247"/>
        <source>Nur die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</source>
        <translation>Nur die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="251"/>
        <source>%1 Der Server hat die Änderung von „%2“ abgelehnt; nichts wurde geändert. Wer welchen Zugang hat, legt die Programmleitung fest (tfp server zugang).</source>
        <translation>%1 Der Server hat die Änderung von „%2“ abgelehnt; nichts wurde geändert. Wer welchen Zugang hat, legt die Programmleitung fest (tfp server zugang).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="334"/>
        <source>Der Katalog „%1“ erfährt Änderungen anderer nicht: %2</source>
        <translation>Der Katalog „%1“ erfährt Änderungen anderer nicht: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="97"/>
        <source>Die Datenbank %1 enthält schon Tabellen (%2); ein Katalog wird nur in eine leere Datenbank geschrieben. Sie bleibt, wie sie ist.</source>
        <translation>Die Datenbank %1 enthält schon Tabellen (%2); ein Katalog wird nur in eine leere Datenbank geschrieben. Sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="109"/>
        <location filename="../core/storage/server.cpp" line="377"/>
        <source>Die Datenbank %1 nimmt %2 nicht an: %3</source>
        <translation>Die Datenbank %1 nimmt %2 nicht an: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="154"/>
        <source>Der Katalog hat eine Angabe „%1“, die es in einer Katalogdatei nicht gibt; er wird nicht übertragen.</source>
        <translation>Der Katalog hat eine Angabe „%1“, die es in einer Katalogdatei nicht gibt; er wird nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="176"/>
        <source>ein leerer Text ist kein Wert dieses Felds</source>
        <translation>ein leerer Text ist kein Wert dieses Felds</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="178"/>
        <source>Die Datenbank %1 hat in %2 %3, Feld „%4“, den Wert „%5“: %6. Eine Katalogdatei nimmt ihn nicht auf; „%7“ wird nicht geschrieben.</source>
        <translation>Die Datenbank %1 hat in %2 %3, Feld „%4“, den Wert „%5“: %6. Eine Katalogdatei nimmt ihn nicht auf; „%7“ wird nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="207"/>
        <source>Kein temporärer Ordner für den neuen Katalog: %1</source>
        <translation>Kein temporärer Ordner für den neuen Katalog: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="228"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner.</source>
        <translation>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="247"/>
        <source>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3.</source>
        <translation>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="289"/>
        <source>Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung; die Datenbank %1 hat die Änderung für „%2“ abgelehnt. Es wurde nichts geändert.</source>
        <translation>Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung; die Datenbank %1 hat die Änderung für „%2“ abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="302"/>
        <source>Auf dem Server gibt es keine Anmeldung „%1“ (Datenbank %2); eine Anmeldung legt der Administrator des Servers an (CREATE ROLE … LOGIN). Es wurde nichts geändert.</source>
        <translation>Auf dem Server gibt es keine Anmeldung „%1“ (Datenbank %2); eine Anmeldung legt der Administrator des Servers an (CREATE ROLE … LOGIN). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="319"/>
        <source>In die Gruppe der Planer (%1) nehmen nur der Eigentümer des Katalogs in der Datenbank %2 und die Programmleitung eine Anmeldung auf, und nur sie nehmen „%3“ heraus. Es wurde nichts geändert.</source>
        <translation>In die Gruppe der Planer (%1) nehmen nur der Eigentümer des Katalogs in der Datenbank %2 und die Programmleitung eine Anmeldung auf, und nur sie nehmen „%3“ heraus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="335"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner mit Zugängen; „tfp server init“ oder „tfp server import“ legt ihn an.</source>
        <translation>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner mit Zugängen; „tfp server init“ oder „tfp server import“ legt ihn an.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="348"/>
        <source>„%1“ hat keinen Zugang zum Katalog in der Datenbank %2.</source>
        <translation>„%1“ hat keinen Zugang zum Katalog in der Datenbank %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="365"/>
        <source>Im Katalog der Datenbank %1 gibt es keinen Beteiligten mit dem Kürzel „%2“; Zugang haben Beteiligte (ihr Kürzel) oder die „%3“. Es wurde nichts geändert.</source>
        <translation>Im Katalog der Datenbank %1 gibt es keinen Beteiligten mit dem Kürzel „%2“; Zugang haben Beteiligte (ihr Kürzel) oder die „%3“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="323"/>
        <source>Die Datenbank %1 gibt „%2“ keinen Zugang: %3</source>
        <translation>Die Datenbank %1 gibt „%2“ keinen Zugang: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="105"/>
        <source>„%1“ ist keine gültige PostgreSQL-Adresse: %2</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="118"/>
        <source>Die Adresse des Servers enthält ein Passwort. Ein Passwort gehört nicht in die Adresse, sondern in die Passwortdatei von PostgreSQL (~/.pgpass oder die Datei, die PGPASSFILE nennt).</source>
        <translation>Die Adresse des Servers enthält ein Passwort. Ein Passwort gehört nicht in die Adresse, sondern in die Passwortdatei von PostgreSQL (~/.pgpass oder die Datei, die PGPASSFILE nennt).</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="129"/>
        <source>„%1“ ist keine gültige PostgreSQL-Adresse: ein Semikolon im Parameter „%2“ lässt sich nicht weitergeben.</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: ein Semikolon im Parameter „%2“ lässt sich nicht weitergeben.</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="141"/>
        <source>dem lokalen Server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="144"/>
        <source>„%1“ auf %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="147"/>
        <source>Die Datenbank %1 ist nicht erreichbar: Qt fehlt der Treiber für PostgreSQL (QPSQL; unter Debian im Paket libqt6sql6-psql).</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: Qt fehlt der Treiber für PostgreSQL (QPSQL; unter Debian im Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="166"/>
        <source>Die Datenbank %1 verlangt ein Passwort für die Anmeldung „%2“, und in der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) steht keines.</source>
        <translation>Die Datenbank %1 verlangt ein Passwort für die Anmeldung „%2“, und in der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) steht keines.</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="171"/>
        <source>Die Datenbank %1 nimmt die Anmeldung „%2“ mit diesem Passwort nicht an: %3</source>
        <translation>Die Datenbank %1 nimmt die Anmeldung „%2“ mit diesem Passwort nicht an: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="176"/>
        <source>Die Datenbank %1 ist nicht erreichbar: %2</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>tfp::ui</name>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="102"/>
        <location filename="../ui/fieldeditors.cpp" line="109"/>
        <location filename="../ui/fieldeditors.cpp" line="128"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="36"/>
        <source>– keine –</source>
        <translation>– keine –</translation>
    </message>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="54"/>
        <source>– nicht erhoben –</source>
        <translation>– nicht erhoben –</translation>
    </message>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="65"/>
        <source>– keine Angabe –</source>
        <translation>– keine Angabe –</translation>
    </message>
    <message>
        <location filename="../ui/widgets.cpp" line="55"/>
        <source>%1 löschen</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/widgets.cpp" line="56"/>
        <source>%1 löschen?

Damit wird auch gelöscht oder gelöst, was daran hängt: %2.

„Rückgängig“ stellt alles wieder her.</source>
        <translation>%1 löschen?

Damit wird auch gelöscht oder gelöst, was daran hängt: %2.

„Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/printing.cpp" line="124"/>
        <source>Gedruckt am %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/printing.cpp" line="129"/>
        <source>%n Zeile(n), gedruckt am %1</source>
        <translation>
            <numerusform>%n Zeile, gedruckt am %1</numerusform>
            <numerusform>%n Zeilen, gedruckt am %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/printing.cpp" line="166"/>
        <source>Druckvorschau – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="39"/>
        <source>höchste Priorität: Score ab %1. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung des Bundes: Digitalisierungs-Werkbank).</source>
        <translation>höchste Priorität: Score ab %1. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung des Bundes: Digitalisierungs-Werkbank).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="43"/>
        <source>hohe Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung: Werkbank).</source>
        <translation>hohe Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung: Werkbank).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="47"/>
        <source>mittlere Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungs-Werkbank.</source>
        <translation>mittlere Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungs-Werkbank.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="51"/>
        <source>niedrige Priorität: Score unter %1. Konzeptformat: Direkt-Digitalisierung.</source>
        <translation>niedrige Priorität: Score unter %1. Konzeptformat: Direkt-Digitalisierung.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="61"/>
        <source>Digitalisierungslabor: Fachleute, Nutzende und Entwickler erarbeiten gemeinsam den Soll-Prozess und einen Prototyp.</source>
        <translation>Digitalisierungslabor: Fachleute, Nutzende und Entwickler erarbeiten gemeinsam den Soll-Prozess und einen Prototyp.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="64"/>
        <source>Digitalisierungs-Werkbank: ein schlankeres Verfahren, das auf vorhandenen Ergebnissen aufbaut.</source>
        <translation>Digitalisierungs-Werkbank: ein schlankeres Verfahren, das auf vorhandenen Ergebnissen aufbaut.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="67"/>
        <source>Direkt-Digitalisierung: die zuständige Stelle setzt die Leistung ohne eigenes Labor um.</source>
        <translation>Direkt-Digitalisierung: die zuständige Stelle setzt die Leistung ohne eigenes Labor um.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="70"/>
        <source>Ein Onlinedienst erreicht schon Reifegrad 3 oder mehr: die vorhandene Lösung nachnutzen statt neu bauen, gleich welche Kategorie.</source>
        <translation>Ein Onlinedienst erreicht schon Reifegrad 3 oder mehr: die vorhandene Lösung nachnutzen statt neu bauen, gleich welche Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="34"/>
        <source>%1-repariert.tfplan</source>
        <translation>%1-repariert.tfplan</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="35"/>
        <source>Reparierte Kopie speichern unter</source>
        <translation>Reparierte Kopie speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="36"/>
        <source>Themenfeldplaner-Kataloge (*.tfplan)</source>
        <translation>Themenfeldplaner-Kataloge (*.tfplan)</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="44"/>
        <location filename="../ui/catalogopen.cpp" line="62"/>
        <source>Reparierte Kopie</source>
        <translation>Reparierte Kopie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogopen.cpp" line="45"/>
        <source>Der neue Katalog „%1“ enthält %n gültige Einträge aus „%2“.</source>
        <translation>
            <numerusform>Der neue Katalog „%1“ enthält %n gültigen Eintrag aus „%2“.</numerusform>
            <numerusform>Der neue Katalog „%1“ enthält %n gültige Einträge aus „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="51"/>
        <source>Nichts wurde ausgelassen. Die abgelehnte Datei ist unverändert.</source>
        <translation>Nichts wurde ausgelassen. Die abgelehnte Datei ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogopen.cpp" line="54"/>
        <source>%n Angaben wurden ausgelassen; die Einzelheiten nennen jede mit ihrem Grund. Die abgelehnte Datei ist unverändert.</source>
        <translation>
            <numerusform>%n Angabe wurde ausgelassen; die Einzelheiten nennen sie mit ihrem Grund. Die abgelehnte Datei ist unverändert.</numerusform>
            <numerusform>%n Angaben wurden ausgelassen; die Einzelheiten nennen jede mit ihrem Grund. Die abgelehnte Datei ist unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="76"/>
        <source>Passwort für den Programmkatalog</source>
        <translation>Passwort für den Programmkatalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="77"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="92"/>
        <location filename="../ui/catalogopen.cpp" line="105"/>
        <location filename="../ui/catalogopen.cpp" line="107"/>
        <source>Katalog öffnen</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="95"/>
        <source>Eine reparierte Kopie übernimmt alle gültigen Einträge in einen neuen Katalog und nennt, was sie auslässt. Die abgelehnte Datei bleibt, wie sie ist.</source>
        <translation>Eine reparierte Kopie übernimmt alle gültigen Einträge in einen neuen Katalog und nennt, was sie auslässt. Die abgelehnte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="98"/>
        <source>Reparierte &amp;Kopie anlegen…</source>
        <translation>Reparierte &amp;Kopie anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="165"/>
        <source>ein Verweis lässt sich nicht einfügen; wählen Sie ihn in der Zelle aus</source>
        <translation>ein Verweis lässt sich nicht einfügen; wählen Sie ihn in der Zelle aus</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="211"/>
        <source>Zeile %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="213"/>
        <source>%1, Spalte %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="310"/>
        <source>Die Zwischenablage enthält nichts zum Einfügen.</source>
        <translation>Die Zwischenablage enthält nichts zum Einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="314"/>
        <source>Der Katalog ist schreibgeschützt; es wurde nichts eingefügt.</source>
        <translation>Der Katalog ist schreibgeschützt; es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="318"/>
        <source>Nichts eingefügt. %1</source>
        <translation>Nichts eingefügt. %1</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="333"/>
        <source>Wählen Sie zuerst die Zelle, ab der eingefügt wird.</source>
        <translation>Wählen Sie zuerst die Zelle, ab der eingefügt wird.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="339"/>
        <source>Der Block hat %1 Zeilen, ab der gewählten Zeile gibt es nur %2.</source>
        <translation>Der Block hat %1 Zeilen, ab der gewählten Zeile gibt es nur %2.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="344"/>
        <source>Der Block hat %1 Spalten, ab der gewählten Spalte gibt es nur %2.</source>
        <translation>Der Block hat %1 Spalten, ab der gewählten Spalte gibt es nur %2.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="361"/>
        <source>%1: diese Spalte lässt sich hier nicht bearbeiten.</source>
        <translation>%1: diese Spalte lässt sich hier nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="365"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="371"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tableclipboard.cpp" line="390"/>
        <source>%n Werte einfügen</source>
        <translation>
            <numerusform>%n Wert einfügen</numerusform>
            <numerusform>%n Werte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="25"/>
        <source>Modell 2.0: %1 → %2</source>
        <translation>Modell 2.0: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="47"/>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="48"/>
        <source>OZG-Leistung</source>
        <translation>OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="49"/>
        <location filename="../ui/views/coverageentries.cpp" line="86"/>
        <source>Lage</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="50"/>
        <location filename="../ui/views/coverageentries.cpp" line="87"/>
        <location filename="../ui/views/coverageentries.cpp" line="115"/>
        <location filename="../ui/views/coverageentries.cpp" line="143"/>
        <location filename="../ui/views/coverageentries.cpp" line="187"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="52"/>
        <source>Reifegrad</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="53"/>
        <source>Reifegrad ist → Ziel (– nicht erhoben)</source>
        <translation>Reifegrad ist → Ziel (– nicht erhoben)</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="88"/>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="89"/>
        <location filename="../ui/views/coverageentries.cpp" line="117"/>
        <source>OZG-Leistungen</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="90"/>
        <source>OZG-Leistungen der Lage im gewählten Umfang</source>
        <translation>OZG-Leistungen der Lage im gewählten Umfang</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="114"/>
        <location filename="../ui/views/coverageentries.cpp" line="142"/>
        <location filename="../ui/views/coverageentries.cpp" line="186"/>
        <source>Umsetzungsprojekt</source>
        <translation>Umsetzungsprojekt</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="116"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="118"/>
        <source>OZG-Leistungen, die das Projekt bündelt</source>
        <translation>OZG-Leistungen, die das Projekt bündelt</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="144"/>
        <location filename="../ui/views/coverageentries.cpp" line="188"/>
        <source>Meilenstein</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="145"/>
        <source>geplant</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="145"/>
        <source>Geplanter Termin</source>
        <translation>Geplanter Termin</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="148"/>
        <source>erreicht</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="149"/>
        <source>Tatsächlich erreicht am</source>
        <translation>Tatsächlich erreicht am</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="152"/>
        <location filename="../ui/views/coverageentries.cpp" line="157"/>
        <location filename="../ui/views/coverageentries.cpp" line="190"/>
        <source>Tage</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="153"/>
        <source>Tage zwischen geplantem und tatsächlichem Termin</source>
        <translation>Tage zwischen geplantem und tatsächlichem Termin</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="158"/>
        <source>Tage seit dem geplanten Termin bis zum Stichtag</source>
        <translation>Tage seit dem geplanten Termin bis zum Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="189"/>
        <source>Konflikt</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="191"/>
        <source>Um so viele Tage verfehlt der Termin die Regel</source>
        <translation>Um so viele Tage verfehlt der Termin die Regel</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="194"/>
        <source>Begründung</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>tfp::ui::BewertungDelegate</name>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="25"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="61"/>
        <source>– fehlt –</source>
        <translation>– fehlt –</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="26"/>
        <source>Keine Bewertung: zählt nicht als 0, der Score mittelt über die vorhandenen.</source>
        <translation>Keine Bewertung: zählt nicht als 0, der Score mittelt über die vorhandenen.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="30"/>
        <source>0: nach diesem Kriterium keine Priorität</source>
        <translation>0: nach diesem Kriterium keine Priorität</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="31"/>
        <source>5: nach diesem Kriterium höchste Priorität</source>
        <translation>5: nach diesem Kriterium höchste Priorität</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="33"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="59"/>
        <source>automatisch</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="34"/>
        <source>Nach Rang, Abhängigkeiten und Kapazität planen</source>
        <translation>Nach Rang, Abhängigkeiten und Kapazität planen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="37"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="59"/>
        <source>Welle %1 (fest)</source>
        <translation>Welle %1 (fest)</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ChangesDialog</name>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="37"/>
        <source>Änderungen seit …</source>
        <translation>Änderungen seit …</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="43"/>
        <location filename="../ui/views/changesdialog.cpp" line="47"/>
        <location filename="../ui/views/changesdialog.cpp" line="52"/>
        <source>alle</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="54"/>
        <source>&amp;Seit:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="57"/>
        <source>&amp;Themenfeld:</source>
        <translation>&amp;Themenfeld:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="58"/>
        <source>&amp;Eintrag:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="59"/>
        <source>&amp;Autor:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="69"/>
        <source>Als &amp;CSV speichern…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="70"/>
        <source>Stand s&amp;peichern…</source>
        <translation>Stand s&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="105"/>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Zeitpunkt</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Autor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Quelle</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Änderung</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/changesdialog.cpp" line="173"/>
        <source>%n Änderung(en)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="197"/>
        <source>Änderungen als CSV speichern</source>
        <translation>Änderungen als CSV speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="198"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="207"/>
        <source>Stand speichern</source>
        <translation>Stand speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="207"/>
        <source>Name des Stands:</source>
        <translation>Name des Stands:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="208"/>
        <source>Stand %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>tfp::ui::CoverageListModel</name>
    <message>
        <location filename="../ui/models/coveragelistmodel.cpp" line="15"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/coveragelistmodel.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tfp::ui::CoverageView</name>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="112"/>
        <source>Doppelklick oder Eingabetaste öffnet die Leistung.</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Leistung.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="113"/>
        <source>Doppelklick oder Eingabetaste öffnet das Projekt.</source>
        <translation>Doppelklick oder Eingabetaste öffnet das Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="135"/>
        <source>Nachnutzung: Länder und Projekte</source>
        <translation>Nachnutzung: Länder und Projekte</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="155"/>
        <source>OZG-Leistungen im gewählten Umfang, die keinem Umsetzungsprojekt (irgendeines Themenfelds) zugeordnet sind</source>
        <translation>OZG-Leistungen im gewählten Umfang, die keinem Umsetzungsprojekt (irgendeines Themenfelds) zugeordnet sind</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="157"/>
        <source>OZG-Leistungen, die kein erfasster Onlinedienst abdeckt</source>
        <translation>OZG-Leistungen, die kein erfasster Onlinedienst abdeckt</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="158"/>
        <source>Lagen, in denen keine OZG-Leistung einen Status hat und keine einem Projekt zugeordnet ist</source>
        <translation>Lagen, in denen keine OZG-Leistung einen Status hat und keine einem Projekt zugeordnet ist</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="159"/>
        <source>Umsetzungsprojekte ohne einen einzigen Meilenstein</source>
        <translation>Umsetzungsprojekte ohne einen einzigen Meilenstein</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="160"/>
        <source>Meilensteine, die vor dem Stichtag geplant und noch nicht erreicht sind</source>
        <translation>Meilensteine, die vor dem Stichtag geplant und noch nicht erreicht sind</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="161"/>
        <source>Meilensteine, die später als geplant erreicht wurden</source>
        <translation>Meilensteine, die später als geplant erreicht wurden</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="162"/>
        <source>Meilensteine, deren Termin einer Abhängigkeit, der Projektlaufzeit oder der Folge der Phasen widerspricht oder die nach dem Stichtag als erreicht eingetragen sind</source>
        <translation>Meilensteine, deren Termin einer Abhängigkeit, der Projektlaufzeit oder der Folge der Phasen widerspricht oder die nach dem Stichtag als erreicht eingetragen sind</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="164"/>
        <source>Welches Land welches Projekt nachnutzt (Einer für Alle)</source>
        <translation>Welches Land welches Projekt nachnutzt (Einer für Alle)</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="165"/>
        <source>Onlinedienste und die OZG-Leistungen, die sie abdecken, mit dem erreichten Reifegrad</source>
        <translation>Onlinedienste und die OZG-Leistungen, die sie abdecken, mit dem erreichten Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="177"/>
        <source>Lücken, &amp;Verzug und Nachnutzung</source>
        <translation>Lücken, &amp;Verzug und Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="180"/>
        <source>Doppelklick oder Eingabetaste auf eine Leistung oder ein Projekt öffnet es.</source>
        <translation>Doppelklick oder Eingabetaste auf eine Leistung oder ein Projekt öffnet es.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="272"/>
        <source>Keine OZG-Leistungen im gewählten Umfang.</source>
        <translation>Keine OZG-Leistungen im gewählten Umfang.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="273"/>
        <source>Noch kein Umsetzungsprojekt angelegt.</source>
        <translation>Noch kein Umsetzungsprojekt angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="285"/>
        <source>In keinem Projekt</source>
        <translation>In keinem Projekt</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="286"/>
        <source>Alle Leistungen sind einem Projekt zugeordnet.</source>
        <translation>Alle Leistungen sind einem Projekt zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="287"/>
        <source>Ohne Onlinedienst</source>
        <translation>Ohne Onlinedienst</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="288"/>
        <source>Alle Leistungen werden von einem Onlinedienst abgedeckt.</source>
        <translation>Alle Leistungen werden von einem Onlinedienst abgedeckt.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="289"/>
        <source>Lagen ohne Aktivität</source>
        <translation>Lagen ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="290"/>
        <source>Keine Lagen im gewählten Umfang.</source>
        <translation>Keine Lagen im gewählten Umfang.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="291"/>
        <source>In jeder Lage ist mindestens eine Leistung begonnen oder einem Projekt zugeordnet.</source>
        <translation>In jeder Lage ist mindestens eine Leistung begonnen oder einem Projekt zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="293"/>
        <source>Projekte ohne Meilensteine</source>
        <translation>Projekte ohne Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="294"/>
        <source>Alle Projekte haben Meilensteine.</source>
        <translation>Alle Projekte haben Meilensteine.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="295"/>
        <source>Meilensteine überfällig</source>
        <translation>Meilensteine überfällig</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="298"/>
        <source>Zum Stichtag %1 ist kein Meilenstein überfällig.</source>
        <translation>Zum Stichtag %1 ist kein Meilenstein überfällig.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="299"/>
        <source>Meilensteine verzögert</source>
        <translation>Meilensteine verzögert</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="300"/>
        <source>Kein Meilenstein wurde später als geplant erreicht.</source>
        <translation>Kein Meilenstein wurde später als geplant erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="301"/>
        <source>Terminkonflikte</source>
        <translation>Terminkonflikte</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="304"/>
        <source>Keine Terminkonflikte: alle Abhängigkeiten eingehalten, alle Meilensteine in der Projektlaufzeit und in der Reihenfolge ihrer Phasen.</source>
        <translation>Keine Terminkonflikte: alle Abhängigkeiten eingehalten, alle Meilensteine in der Projektlaufzeit und in der Reihenfolge ihrer Phasen.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="306"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="307"/>
        <source>Noch kein Umsetzungsprojekt angelegt: ohne Projekte gibt es keine Nachnutzung.</source>
        <translation>Noch kein Umsetzungsprojekt angelegt: ohne Projekte gibt es keine Nachnutzung.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="309"/>
        <source>Onlinedienste</source>
        <translation>Onlinedienste</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="311"/>
        <source>Kein Onlinedienst deckt eine OZG-Leistung im gewählten Umfang ab. Onlinedienste erfassen Sie im Reiter „Onlinedienste“.</source>
        <translation>Kein Onlinedienst deckt eine OZG-Leistung im gewählten Umfang ab. Onlinedienste erfassen Sie im Reiter „Onlinedienste“.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="318"/>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="319"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="330"/>
        <source>Welches Land welches Projekt nachnutzt (Einer für Alle): %1 von %2 Ländern nutzen mindestens ein Projekt nach.</source>
        <translation>Welches Land welches Projekt nachnutzt (Einer für Alle): %1 von %2 Ländern nutzen mindestens ein Projekt nach.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="48"/>
        <source>alle</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="49"/>
        <source>Alle OZG-Leistungen, auch die reinen Typ-1-Leistungen des Bundes</source>
        <translation>Alle OZG-Leistungen, auch die reinen Typ-1-Leistungen des Bundes</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="51"/>
        <source>Föderal</source>
        <translation>Föderal</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="53"/>
        <source>Nur Leistungen, die Länder oder Kommunen vollziehen (Programm Föderal und Mischleistungen)</source>
        <translation>Nur Leistungen, die Länder oder Kommunen vollziehen (Programm Föderal und Mischleistungen)</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="56"/>
        <source>Welche OZG-Leistungen zählen. Projekte, Meilensteine und Nachnutzung gehören zum Themenfeld und hängen nicht vom Umfang ab.</source>
        <translation>Welche OZG-Leistungen zählen. Projekte, Meilensteine und Nachnutzung gehören zum Themenfeld und hängen nicht vom Umfang ab.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="58"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="64"/>
        <source>Stichtag: Meilensteine, die vor diesem Tag geplant und noch nicht erreicht sind, gelten als überfällig.</source>
        <translation>Stichtag: Meilensteine, die vor diesem Tag geplant und noch nicht erreicht sind, gelten als überfällig.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="66"/>
        <source>&amp;Stichtag:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="69"/>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="70"/>
        <source>Stichtag auf das heutige Datum setzen</source>
        <translation>Stichtag auf das heutige Datum setzen</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="128"/>
        <source>Kennzahlen der Abdeckung</source>
        <translation>Kennzahlen der Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="232"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="232"/>
        <source>Themenfeld gesamt</source>
        <translation>Themenfeld gesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="239"/>
        <source>&amp;Kennzahlen je Themenfeld: Gesamtprogramm</source>
        <translation>&amp;Kennzahlen je Themenfeld: Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="240"/>
        <source>&amp;Kennzahlen je Lage: %1</source>
        <translation>&amp;Kennzahlen je Lage: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="281"/>
        <source>Im Umfang „Föderal“ hat „%1“ keine OZG-Leistungen.

Wählen Sie den Umfang „alle“, um auch die Leistungen des Bundes zu sehen.</source>
        <translation>Im Umfang „Föderal“ hat „%1“ keine OZG-Leistungen.

Wählen Sie den Umfang „alle“, um auch die Leistungen des Bundes zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="284"/>
        <source>Im Umfang „Föderal“ hat das Programm keine OZG-Leistungen.</source>
        <translation>Im Umfang „Föderal“ hat das Programm keine OZG-Leistungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="287"/>
        <source>„%1“ hat noch keine OZG-Leistungen, es gibt also nichts abzudecken.

Legen Sie Lagen und OZG-Leistungen an oder importieren Sie einen Katalog.</source>
        <translation>„%1“ hat noch keine OZG-Leistungen, es gibt also nichts abzudecken.

Legen Sie Lagen und OZG-Leistungen an oder importieren Sie einen Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="290"/>
        <source>Der Katalog hat noch keine OZG-Leistungen.</source>
        <translation>Der Katalog hat noch keine OZG-Leistungen.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::DashboardView</name>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="40"/>
        <source>Reifegrad</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="42"/>
        <source>Go-live-Verlauf</source>
        <translation>Go-live-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="44"/>
        <source>Meilensteine (Gantt)</source>
        <translation>Meilensteine (Gantt)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="46"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="48"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="50"/>
        <source>Priorisierung</source>
        <translation>Priorisierung</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="62"/>
        <source>automatisch</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="81"/>
        <source>Diagramme</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="82"/>
        <source>Diagra&amp;mm:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="86"/>
        <source>alle Leistungen</source>
        <translation>alle Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="87"/>
        <source>nur Föderal</source>
        <translation>nur Föderal</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="88"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="92"/>
        <source>Zeitraum &amp;von:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="94"/>
        <source>b&amp;is:</source>
        <translation>b&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="96"/>
        <source>PNG &amp;exportieren…</source>
        <translation>PNG &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="97"/>
        <source>&amp;SVG exportieren…</source>
        <translation>&amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="98"/>
        <location filename="../ui/views/dashboardview.cpp" line="261"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="99"/>
        <source>Das Diagramm als Bild in die Zwischenablage kopieren</source>
        <translation>Das Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="207"/>
        <source>Diagramm nicht gespeichert</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="226"/>
        <source>Diagramm als %1 speichern</source>
        <translation>Diagramm als %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="232"/>
        <source> Pixel</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="238"/>
        <source>&amp;Breite:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="239"/>
        <source>&amp;Höhe:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="241"/>
        <source>Für eine A4-Seite genügen 1360 × 800 Pixel; die Schrift wächst mit der Breite.</source>
        <translation>Für eine A4-Seite genügen 1360 × 800 Pixel; die Schrift wächst mit der Breite.</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="245"/>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="245"/>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="259"/>
        <source>Als &amp;PNG speichern…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="260"/>
        <source>Als &amp;SVG speichern…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
</context>
<context>
    <name>tfp::ui::DateEdit</name>
    <message>
        <location filename="../ui/dateedit.cpp" line="54"/>
        <location filename="../ui/dateedit.cpp" line="84"/>
        <source>kein Datum</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="56"/>
        <source>Datum eingeben: %1, TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14). Entf leert das Feld (kein Datum); Alt+↓ öffnet den Kalender.</source>
        <translation>Datum eingeben: %1, TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14). Entf leert das Feld (kein Datum); Alt+↓ öffnet den Kalender.</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="61"/>
        <source>Kalender öffnen</source>
        <translation>Kalender öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="92"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Bitte ein Datum eingeben.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::DienstCoverageModel</name>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="61"/>
        <source>1 OZG-Leistung</source>
        <translation>1 OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="61"/>
        <source>%1 OZG-Leistungen</source>
        <translation>%1 OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="64"/>
        <source>%1%2
Doppelklick oder Eingabetaste öffnet den Onlinedienst.</source>
        <translation>%1%2
Doppelklick oder Eingabetaste öffnet den Onlinedienst.</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="65"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="85"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="92"/>
        <source>%1 %2
Doppelklick oder Eingabetaste öffnet die Leistung.</source>
        <translation>%1 %2
Doppelklick oder Eingabetaste öffnet die Leistung.</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="114"/>
        <source>Onlinedienst / OZG-Leistung</source>
        <translation>Onlinedienst / OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="116"/>
        <source>erreichter Reifegrad</source>
        <translation>erreichter Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="118"/>
        <source>Lage / Anbieter</source>
        <translation>Lage / Anbieter</translation>
    </message>
</context>
<context>
    <name>tfp::ui::Document</name>
    <message>
        <location filename="../ui/document.cpp" line="60"/>
        <source>Themenfeldplaner</source>
        <translation>Themenfeldplaner</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ExportDialog</name>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="37"/>
        <source>Leistungen</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="39"/>
        <source>Projekte</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="41"/>
        <source>Meilensteine</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="43"/>
        <source>Arbeitsplan</source>
        <translation>Arbeitsplan</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="45"/>
        <source>Zeitplan</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="61"/>
        <source>Semikolon, UTF-8 mit BOM, Datum TT.MM.JJJJ: Excel zeigt die Umlaute richtig, und die Datei lässt sich unverändert wieder importieren.</source>
        <translation>Semikolon, UTF-8 mit BOM, Datum TT.MM.JJJJ: Excel zeigt die Umlaute richtig, und die Datei lässt sich unverändert wieder importieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="65"/>
        <source>Kopfzeile fixiert und mit Filter, Spaltenbreiten nach Inhalt, echte Datums- und Zahlenzellen; die Blätter lassen sich wieder importieren.</source>
        <translation>Kopfzeile fixiert und mit Filter, Spaltenbreiten nach Inhalt, echte Datums- und Zahlenzellen; die Blätter lassen sich wieder importieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="68"/>
        <source>Offenes Format für LibreOffice: Kopfzeile fett und fixiert, Spaltenbreiten nach Inhalt, echte Datums- und Währungszellen; die Blätter lassen sich wieder importieren.</source>
        <translation>Offenes Format für LibreOffice: Kopfzeile fett und fixiert, Spaltenbreiten nach Inhalt, echte Datums- und Währungszellen; die Blätter lassen sich wieder importieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="72"/>
        <source>Ganztägige Termine nach RFC 5545 für Outlook und Thunderbird; ein erreichter Meilenstein steht an seinem Ist-Datum, ein offener am geplanten.</source>
        <translation>Ganztägige Termine nach RFC 5545 für Outlook und Thunderbird; ein erreichter Meilenstein steht an seinem Ist-Datum, ein offener am geplanten.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="76"/>
        <source>Projekte als Sammelvorgänge, Phasen als Vorgänge, Meilensteine als Meilensteine; jeder Vorgang trägt seine Kennung (Feld Text1), so dass die in MS Project geänderte Datei wieder importiert werden kann (Import › Zeitplan aus MS Project).</source>
        <translation>Projekte als Sammelvorgänge, Phasen als Vorgänge, Meilensteine als Meilensteine; jeder Vorgang trägt seine Kennung (Feld Text1), so dass die in MS Project geänderte Datei wieder importiert werden kann (Import › Zeitplan aus MS Project).</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="89"/>
        <location filename="../ui/views/exportdialog.cpp" line="360"/>
        <source>Exportieren</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="104"/>
        <source>Du&amp;rchsuchen…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="121"/>
        <source>&amp;Inhalt:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="122"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="123"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="127"/>
        <source>&amp;Datei:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="135"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="136"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="225"/>
        <source>Gesamtprogramm (alle Themenfelder)</source>
        <translation>Gesamtprogramm (alle Themenfelder)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="227"/>
        <source>Themenfeld „%1“</source>
        <translation>Themenfeld „%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="239"/>
        <source>Projekt „%1“ (%2)</source>
        <translation>Projekt „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="252"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="319"/>
        <source>Meilensteine mit Datum, je ein Termin: %1.</source>
        <translation>Meilensteine mit Datum, je ein Termin: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="320"/>
        <source>Im gewählten Umfang hat kein Meilenstein ein Datum; es gibt nichts zu exportieren.</source>
        <translation>Im gewählten Umfang hat kein Meilenstein ein Datum; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="323"/>
        <source>Eine Arbeitsmappe mit den Blättern Leistungen, Priorisierung, Projekte, Meilensteine und Nachnutzung.</source>
        <translation>Eine Arbeitsmappe mit den Blättern Leistungen, Priorisierung, Projekte, Meilensteine und Nachnutzung.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="327"/>
        <source>Meilensteine im Zeitplan: %1, mit ihren Projekten und Phasen.</source>
        <translation>Meilensteine im Zeitplan: %1, mit ihren Projekten und Phasen.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="329"/>
        <source>Zu schreibende Zeilen: %1.</source>
        <translation>Zu schreibende Zeilen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="343"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="344"/>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="345"/>
        <source>OpenDocument-Tabellen (*.ods)</source>
        <translation>OpenDocument-Tabellen (*.ods)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="346"/>
        <source>MS-Project-XML (*.xml)</source>
        <translation>MS-Project-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="347"/>
        <source>Kalender (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="348"/>
        <source>Exportieren nach</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="361"/>
        <source>„%1“ gibt es schon. Ersetzen?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>tfp::ui::FederfuehrungView</name>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="39"/>
        <source>Beteiligten auf&amp;nehmen…</source>
        <translation>Beteiligten auf&amp;nehmen…</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="40"/>
        <source>Aus der Federführung ent&amp;fernen</source>
        <translation>Aus der Federführung ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="67"/>
        <source>Noch niemand in der Federführung. Nehmen Sie das federführende Ressort und die federführenden und umsetzenden Länder auf.</source>
        <translation>Noch niemand in der Federführung. Nehmen Sie das federführende Ressort und die federführenden und umsetzenden Länder auf.</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="69"/>
        <source>FF = federführend (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung), U = umsetzend (baut im Auftrag), MA = mitarbeitend. Doppelklick auf Rolle oder Kontakt ändert sie.</source>
        <translation>FF = federführend (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung), U = umsetzend (baut im Auftrag), MA = mitarbeitend. Doppelklick auf Rolle oder Kontakt ändert sie.</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="80"/>
        <source>Beteiligten aufnehmen</source>
        <translation>Beteiligten aufnehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="88"/>
        <source>&amp;Beteiligter:</source>
        <translation>&amp;Beteiligter:</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="89"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::GeheZuDialog</name>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="26"/>
        <source>Gehe zu</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="28"/>
        <source>Name oder ID einer Leistung, eines Projekts, Meilensteins, Risikos oder Kommentars</source>
        <translation>Name oder ID einer Leistung, eines Projekts, Meilensteins, Risikos oder Kommentars</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="31"/>
        <source>Gehe zu: Suchbegriff</source>
        <translation>Gehe zu: Suchbegriff</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="33"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="36"/>
        <source>Treffer</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="67"/>
        <source>%1 %2 – OZG-Leistung, %3</source>
        <translation>%1 %2 – OZG-Leistung, %3</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="72"/>
        <source>%1 – Projekt, %2</source>
        <translation>%1 – Projekt, %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="80"/>
        <source>%1 – Meilenstein in %2</source>
        <translation>%1 – Meilenstein in %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="81"/>
        <source>%1 – Meilenstein in %2, geplant %3</source>
        <translation>%1 – Meilenstein in %2, geplant %3</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="86"/>
        <source>%1 – Risiko, %2</source>
        <translation>%1 – Risiko, %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="100"/>
        <source>„%1“ – Kommentar</source>
        <translation>„%1“ – Kommentar</translation>
    </message>
</context>
<context>
    <name>tfp::ui::GewichtDelegate</name>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="99"/>
        <source>Gewicht von „%1“</source>
        <translation>Gewicht von „%1“</translation>
    </message>
</context>
<context>
    <name>tfp::ui::HelpWindow</name>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="43"/>
        <source>Benutzerhandbuch – Themenfeldplaner</source>
        <translation>Benutzerhandbuch – Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="48"/>
        <source>Benutzerhandbuch</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="51"/>
        <source>&amp;Zurück</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="53"/>
        <source>&amp;Vor</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="55"/>
        <source>&amp;Inhalt</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>tfp::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>von</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>am</source>
        <translation>am</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>Änderung</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>alt</source>
        <translation>alt</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="50"/>
        <source>Kommentar schreiben und mit Eingabe speichern</source>
        <translation>Kommentar schreiben und mit Eingabe speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="51"/>
        <source>Kommentieren</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="93"/>
        <source>Wählen Sie eine OZG-Leistung oder ein Projekt, um Kommentare und Änderungen zu sehen.</source>
        <translation>Wählen Sie eine OZG-Leistung oder ein Projekt, um Kommentare und Änderungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="97"/>
        <source>Kommentare und Änderungen zu %1</source>
        <translation>Kommentare und Änderungen zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="107"/>
        <source>Noch keine Kommentare.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="112"/>
        <source>gelöscht</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="114"/>
        <source>angelegt</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="122"/>
        <source>In diesem Workshop-Paket noch nicht geändert.</source>
        <translation>In diesem Workshop-Paket noch nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="123"/>
        <source>Seit dem Anlegen des Katalogs unverändert.</source>
        <translation>Seit dem Anlegen des Katalogs unverändert.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ImportDialog</name>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="67"/>
        <source>Neu (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="69"/>
        <source>Geändert (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="71"/>
        <source>Unverändert (%1)</source>
        <translation>Unverändert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="73"/>
        <source>Abgelehnt (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="75"/>
        <source>Nicht zugeordnet (%1)</source>
        <translation>Nicht zugeordnet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="84"/>
        <source>Importieren</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="86"/>
        <source>CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods)</source>
        <translation>CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="91"/>
        <source>Du&amp;rchsuchen…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="103"/>
        <source>&amp;Datei:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="105"/>
        <source>&amp;Neu einlesen</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="107"/>
        <source>Liest die Datei noch einmal, etwa nachdem sie in Excel korrigiert wurde.</source>
        <translation>Liest die Datei noch einmal, etwa nachdem sie in Excel korrigiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="114"/>
        <source>&amp;Inhalt:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="117"/>
        <source>Tabellen&amp;blatt:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="152"/>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="154"/>
        <source>Übernimmt alle Zeilen in einem Schritt; „Rückgängig“ nimmt sie als Ganzes zurück.</source>
        <translation>Übernimmt alle Zeilen in einem Schritt; „Rückgängig“ nimmt sie als Ganzes zurück.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="155"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="241"/>
        <source>Datei importieren</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="335"/>
        <source>Wählen Sie eine CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods) und was sie enthält. Die Vorschau zeigt, was sich ändern würde; geändert wird erst mit „Übernehmen“.</source>
        <translation>Wählen Sie eine CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods) und was sie enthält. Die Vorschau zeigt, was sich ändern würde; geändert wird erst mit „Übernehmen“.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="378"/>
        <source>Nur Arbeitsmappen (.xlsx und .ods) haben Tabellenblätter.</source>
        <translation>Nur Arbeitsmappen (.xlsx und .ods) haben Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="301"/>
        <source>Der Katalog hat sich seit der Vorschau geändert; die Vorschau ist neu berechnet. Bitte prüfen Sie sie und übernehmen Sie dann.</source>
        <translation>Der Katalog hat sich seit der Vorschau geändert; die Vorschau ist neu berechnet. Bitte prüfen Sie sie und übernehmen Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="242"/>
        <source>Tabellen (*.csv *.xlsx *.ods *.txt);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;OpenDocument-Tabellen (*.ods);;MS-Project-XML (*.xml);;Alle Dateien (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.ods *.txt);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;OpenDocument-Tabellen (*.ods);;MS-Project-XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="317"/>
        <source>Der Katalog hat den Import abgelehnt; es wurde nichts geändert. %1</source>
        <translation>Der Katalog hat den Import abgelehnt; es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="340"/>
        <source>Der Katalog bleibt unverändert.</source>
        <translation>Der Katalog bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="347"/>
        <source>Dashboard: %1 Zeilen einer OZG-Leistung des Katalogs zugeordnet, %2 nicht zugeordnet.</source>
        <translation>Dashboard: %1 Zeilen einer OZG-Leistung des Katalogs zugeordnet, %2 nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="354"/>
        <source>Zeilen mit Fehlern: %1. So wird nichts importiert; korrigieren Sie die Datei (siehe „Abgelehnt“) und lesen Sie sie neu ein.</source>
        <translation>Zeilen mit Fehlern: %1. So wird nichts importiert; korrigieren Sie die Datei (siehe „Abgelehnt“) und lesen Sie sie neu ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="358"/>
        <source>Nichts zu ändern: der Katalog hat diesen Stand schon.</source>
        <translation>Nichts zu ändern: der Katalog hat diesen Stand schon.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="360"/>
        <source>„Übernehmen“ schreibt alles in einem Schritt; „Rückgängig“ nimmt es als Ganzes zurück.</source>
        <translation>„Übernehmen“ schreibt alles in einem Schritt; „Rückgängig“ nimmt es als Ganzes zurück.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="365"/>
        <source>Der Katalog ist nur zum Lesen geöffnet (%1); importieren geht hier nicht.</source>
        <translation>Der Katalog ist nur zum Lesen geöffnet (%1); importieren geht hier nicht.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="16"/>
        <source>(leer)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="37"/>
        <source>(ganze Zeile)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="98"/>
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="100"/>
        <source>Eintrag</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="102"/>
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="103"/>
        <source>Spalte</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="104"/>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Wert</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Bisher</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="108"/>
        <source>Neu</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ItemViewActions</name>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="99"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="105"/>
        <source>Mit &amp;Überschriften kopieren</source>
        <translation>Mit &amp;Überschriften kopieren</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="112"/>
        <source>&amp;Einfügen</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/itemviewactions.cpp" line="129"/>
        <source>%n OZG-Leistung(en)</source>
        <translation>
            <numerusform>%n OZG-Leistung</numerusform>
            <numerusform>%n OZG-Leistungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="157"/>
        <source>– nicht erhoben –</source>
        <translation>– nicht erhoben –</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="162"/>
        <source>automatisch</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="164"/>
        <source>Welle %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="165"/>
        <source>&amp;Status setzen</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="166"/>
        <source>&amp;Reifegrad (ist) setzen</source>
        <translation>&amp;Reifegrad (ist) setzen</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="167"/>
        <source>&amp;Flächendeckung setzen</source>
        <translation>&amp;Flächendeckung setzen</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="168"/>
        <source>Feste &amp;Welle setzen</source>
        <translation>Feste &amp;Welle setzen</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="204"/>
        <source>Einem &amp;Projekt zuordnen</source>
        <translation>Einem &amp;Projekt zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="205"/>
        <source>Aus Projekt &amp;entfernen</source>
        <translation>Aus Projekt &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>tfp::ui::KennzahlenModel</name>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="62"/>
        <source>OZG-
Leistungen</source>
        <translation>OZG-
Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="64"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="66"/>
        <source>in
Umsetzung</source>
        <translation>in
Umsetzung</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="68"/>
        <source>in
Planung</source>
        <translation>in
Planung</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="70"/>
        <source>ohne
Status</source>
        <translation>ohne
Status</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="72"/>
        <source>OZG-
konform</source>
        <translation>OZG-
konform</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="74"/>
        <source>mit
Lücke</source>
        <translation>mit
Lücke</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="76"/>
        <source>mit Online-
dienst</source>
        <translation>mit Online-
dienst</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="78"/>
        <source>Reifegrad
nicht
erhoben</source>
        <translation>Reifegrad
nicht
erhoben</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="80"/>
        <source>Modell
2.0</source>
        <translation>Modell
2.0</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="85"/>
        <source>Reifegrad
%1</source>
        <translation>Reifegrad
%1</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="89"/>
        <source>Flächen-
deckung
keine</source>
        <translation>Flächen-
deckung
keine</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="91"/>
        <source>Flächen-
deckung
Kommune</source>
        <translation>Flächen-
deckung
Kommune</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="93"/>
        <source>Flächen-
deckung
kreisweit</source>
        <translation>Flächen-
deckung
kreisweit</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="95"/>
        <source>Flächen-
deckung
landesweit</source>
        <translation>Flächen-
deckung
landesweit</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="97"/>
        <source>Flächen-
deckung
bundesweit</source>
        <translation>Flächen-
deckung
bundesweit</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="118"/>
        <source> In Klammern der Anteil an den OZG-Leistungen der Zeile.</source>
        <translation> In Klammern der Anteil an den OZG-Leistungen der Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="121"/>
        <source>OZG-Leistungen im gewählten Umfang: alle, oder nur Föderal (von Ländern oder Kommunen vollzogen, ohne reine Typ-1-Leistungen des Bundes).</source>
        <translation>OZG-Leistungen im gewählten Umfang: alle, oder nur Föderal (von Ländern oder Kommunen vollzogen, ohne reine Typ-1-Leistungen des Bundes).</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="125"/>
        <source>Status „online“: mindestens ein Onlinedienst hat Reifegrad 2 erreicht und ist in mindestens einer Kommune verfügbar.</source>
        <translation>Status „online“: mindestens ein Onlinedienst hat Reifegrad 2 erreicht und ist in mindestens einer Kommune verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="130"/>
        <source>Status „in Umsetzung“.</source>
        <translation>Status „in Umsetzung“.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="132"/>
        <source>Status „in Planung“.</source>
        <translation>Status „in Planung“.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="134"/>
        <source>Noch kein Status erfasst.</source>
        <translation>Noch kein Status erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="136"/>
        <source>OZG-konform: erreichter Reifegrad (ist) mindestens 3 – Online-Leistung; ab dieser Stufe gilt die OZG-Pflicht als erfüllt.</source>
        <translation>OZG-konform: erreichter Reifegrad (ist) mindestens 3 – Online-Leistung; ab dieser Stufe gilt die OZG-Pflicht als erfüllt.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="141"/>
        <source>Reifegrad-Lücke: der Ziel-Reifegrad liegt über dem erreichten (beide erfasst). Der Tooltip einer Zelle nennt die fehlenden Stufen.</source>
        <translation>Reifegrad-Lücke: der Ziel-Reifegrad liegt über dem erreichten (beide erfasst). Der Tooltip einer Zelle nennt die fehlenden Stufen.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="145"/>
        <source>Von mindestens einem erfassten Onlinedienst abgedeckt (über die LeiKa-Leistungen, die er abdeckt).</source>
        <translation>Von mindestens einem erfassten Onlinedienst abgedeckt (über die LeiKa-Leistungen, die er abdeckt).</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="150"/>
        <source>Für diese OZG-Leistungen ist noch kein erreichter Reifegrad erfasst.</source>
        <translation>Für diese OZG-Leistungen ist noch kein erreichter Reifegrad erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="152"/>
        <source>Nach dem Reifegradmodell 2.0 (Stufen 0–7) bewertet. Diese OZG-Leistungen zählen in keiner Reifegrad-, Lücken- oder OZG-konform-Spalte.</source>
        <translation>Nach dem Reifegradmodell 2.0 (Stufen 0–7) bewertet. Diese OZG-Leistungen zählen in keiner Reifegrad-, Lücken- oder OZG-konform-Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="160"/>
        <source>Erreichter Reifegrad %1: %2</source>
        <translation>Erreichter Reifegrad %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="164"/>
        <source>Flächendeckung „%1“: wie weit das Onlineangebot reicht. Stufen: keine · in mindestens einer Kommune · kreisweit · landesweit · bundesweit flächendeckend.</source>
        <translation>Flächendeckung „%1“: wie weit das Onlineangebot reicht. Stufen: keine · in mindestens einer Kommune · kreisweit · landesweit · bundesweit flächendeckend.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="216"/>
        <source>%1: %2 OZG-Leistungen</source>
        <translation>%1: %2 OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="218"/>
        <source>%1 – %2: %3 von %4 OZG-Leistungen (%5)</source>
        <translation>%1 – %2: %3 von %4 OZG-Leistungen (%5)</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="222"/>
        <source>Zusammen fehlen %1 Reifegradstufen bis zum Ziel.</source>
        <translation>Zusammen fehlen %1 Reifegradstufen bis zum Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="282"/>
        <source>%1
Ohne Aktivität: keine OZG-Leistung dieser Lage hat einen Status und keine ist einem Umsetzungsprojekt zugeordnet.</source>
        <translation>%1
Ohne Aktivität: keine OZG-Leistung dieser Lage hat einen Status und keine ist einem Umsetzungsprojekt zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="286"/>
        <source>%1
Doppelklick öffnet das Themenfeld.</source>
        <translation>%1
Doppelklick öffnet das Themenfeld.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::KriterienModel</name>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="97"/>
        <source>%1 von %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="122"/>
        <source>„%1“: Doppelklick oder F2 benennt das Kriterium um.</source>
        <translation>„%1“: Doppelklick oder F2 benennt das Kriterium um.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="125"/>
        <source>Noch nicht gespeichert: die Rangfolge zeigt schon die Wirkung. Gespeichert wird, wenn Sie Enter drücken oder das Feld verlassen.</source>
        <translation>Noch nicht gespeichert: die Rangfolge zeigt schon die Wirkung. Gespeichert wird, wenn Sie Enter drücken oder das Feld verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="127"/>
        <source>Relatives Gewicht: nur das Verhältnis der Gewichte zählt. Beim Verändern ordnet sich die Rangfolge sofort neu.</source>
        <translation>Relatives Gewicht: nur das Verhältnis der Gewichte zählt. Beim Verändern ordnet sich die Rangfolge sofort neu.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="130"/>
        <source>Alle Gewichte sind 0: jedes Kriterium zählt gleich (gleichgewichtet).</source>
        <translation>Alle Gewichte sind 0: jedes Kriterium zählt gleich (gleichgewichtet).</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="132"/>
        <source>Anteil des Kriteriums an der Summe der Gewichte.</source>
        <translation>Anteil des Kriteriums an der Summe der Gewichte.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="134"/>
        <source>%1 von %2 Leistungen haben eine Bewertung für dieses Kriterium; die übrigen fehlen und zählen nicht als 0.</source>
        <translation>%1 von %2 Leistungen haben eine Bewertung für dieses Kriterium; die übrigen fehlen und zählen nicht als 0.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="161"/>
        <source>Kriterium</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="163"/>
        <source>Gewicht</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="165"/>
        <source>Anteil</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="167"/>
        <source>bewertet</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="171"/>
        <source>Die Gewichte werden auf die Summe 1 gebracht; sind alle 0, zählt jedes Kriterium gleich.</source>
        <translation>Die Gewichte werden auf die Summe 1 gebracht; sind alle 0, zählt jedes Kriterium gleich.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungEditor</name>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="91"/>
        <source>LeiKa-Leistungen</source>
        <translation>LeiKa-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="99"/>
        <source>Abh&amp;ängigkeit hinzufügen…</source>
        <translation>Abh&amp;ängigkeit hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="101"/>
        <source>Diese Leistung setzt eine andere voraus (z. B. Geburtsanzeige vor Elterngeld).</source>
        <translation>Diese Leistung setzt eine andere voraus (z. B. Geburtsanzeige vor Elterngeld).</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="102"/>
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="103"/>
        <source>Hängt ab von</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="134"/>
        <source>Abhängigkeit hinzufügen</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="135"/>
        <source>„%1“ hängt ab von:</source>
        <translation>„%1“ hängt ab von:</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="173"/>
        <source>Keine OZG-Leistung gewählt</source>
        <translation>Keine OZG-Leistung gewählt</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="174"/>
        <source>Wählen Sie links im Baum eine OZG-Leistung, um sie hier zu bearbeiten.</source>
        <translation>Wählen Sie links im Baum eine OZG-Leistung, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="181"/>
        <source>%1 › %2 · Programm %3</source>
        <translation>%1 › %2 · Programm %3</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungModel</name>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="343"/>
        <source>Programm aus den LeiKa-Typen: Bund = nur Typ 1, Föderal = kein Typ 1, Misch = beides.</source>
        <translation>Programm aus den LeiKa-Typen: Bund = nur Typ 1, Föderal = kein Typ 1, Misch = beides.</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="373"/>
        <source>Reifegrad ist → ziel. Ist: %1; Ziel: %2</source>
        <translation>Reifegrad ist → ziel. Ist: %1; Ziel: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="374"/>
        <source>nicht erhoben</source>
        <translation>nicht erhoben</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="375"/>
        <source>nicht festgelegt</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="400"/>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="402"/>
        <source>Lage / OZG-Leistung</source>
        <translation>Lage / OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="404"/>
        <source>Programm</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="406"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="408"/>
        <source>Reifegrad</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="410"/>
        <source>Projekt</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="412"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="416"/>
        <source>Reifegrad ist → ziel: 0 Offline · 1 Information · 2 Formular-Assistent · 3 Online-Leistung (OZG-konform) · 4 Online-Transaktion</source>
        <translation>Reifegrad ist → ziel: 0 Offline · 1 Information · 2 Formular-Assistent · 3 Online-Leistung (OZG-konform) · 4 Online-Transaktion</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungenView</name>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="31"/>
        <source>Suchen: Name, OZG-ID oder LeiKa-Schlüssel</source>
        <translation>Suchen: Name, OZG-ID oder LeiKa-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="33"/>
        <source>Leistungen durchsuchen</source>
        <translation>Leistungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="35"/>
        <source>Alle Status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="38"/>
        <source>Nur Leistungen mit diesem Status zeigen</source>
        <translation>Nur Leistungen mit diesem Status zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="40"/>
        <source>Alle Reifegrade</source>
        <translation>Alle Reifegrade</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="41"/>
        <source>Reifegrad nicht erhoben</source>
        <translation>Reifegrad nicht erhoben</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="43"/>
        <source>Reifegrad ist %1</source>
        <translation>Reifegrad ist %1</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="47"/>
        <source>alle Leistungen</source>
        <translation>alle Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="48"/>
        <source>nur Föderal</source>
        <translation>nur Föderal</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="49"/>
        <source>Föderal: Leistungen, die Länder oder Kommunen vollziehen (ohne reine Typ-1-Leistungen des Bundes)</source>
        <translation>Föderal: Leistungen, die Länder oder Kommunen vollziehen (ohne reine Typ-1-Leistungen des Bundes)</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="51"/>
        <source>in kei&amp;nem Projekt</source>
        <translation>in kei&amp;nem Projekt</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="52"/>
        <source>Nur Leistungen zeigen, die noch keinem Umsetzungsprojekt zugeordnet sind</source>
        <translation>Nur Leistungen zeigen, die noch keinem Umsetzungsprojekt zugeordnet sind</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="57"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="88"/>
        <source>Lagen und OZG-Leistungen</source>
        <translation>Lagen und OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="233"/>
        <source>Die OZG-Leistungen werden zusammengestellt …</source>
        <translation>Die OZG-Leistungen werden zusammengestellt …</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="235"/>
        <source>Dieses Themenfeld hat noch keine OZG-Leistungen.

Legen Sie im Reiter „Themenfeld“ die Lagen an und danach über „Bearbeiten › Neue OZG-Leistung…“ ihre Leistungen.</source>
        <translation>Dieses Themenfeld hat noch keine OZG-Leistungen.

Legen Sie im Reiter „Themenfeld“ die Lagen an und danach über „Bearbeiten › Neue OZG-Leistung…“ ihre Leistungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="239"/>
        <source>Keine OZG-Leistung passt zu Suche und Filtern.

Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „alle“ zurück.</source>
        <translation>Keine OZG-Leistung passt zu Suche und Filtern.

Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „alle“ zurück.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Sperre aufheben…</source>
        <translation>Sperre aufheben…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Themenfelder</source>
        <translation>Themenfelder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="78"/>
        <source>Bereit. Nur lesen: Änderungen sind in diesem Fenster nicht möglich.</source>
        <translation>Bereit. Nur lesen: Änderungen sind in diesem Fenster nicht möglich.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="79"/>
        <location filename="../ui/mainwindowcatalog.cpp" line="250"/>
        <source>Bereit. Jede Änderung wird sofort gespeichert.</source>
        <translation>Bereit. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="107"/>
        <source>Katalog „%1“ wird geladen …</source>
        <translation>Katalog „%1“ wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="151"/>
        <source>Der Katalog „%1“ wird geöffnet und geprüft …</source>
        <translation>Der Katalog „%1“ wird geöffnet und geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="160"/>
        <source>Wird geladen …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="166"/>
        <source>Katalog wird geladen</source>
        <translation>Katalog wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="169"/>
        <source>Katalog „%1“ wird geöffnet und geprüft …</source>
        <translation>Katalog „%1“ wird geöffnet und geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Kommentare und Änderungen</source>
        <translation>Kommentare und Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Leistungen</source>
        <translation>&amp;Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>&amp;Projekte</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>&amp;Zeitplan</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>P&amp;riorisierung</source>
        <translation>P&amp;riorisierung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Abde&amp;ckung</source>
        <translation>Abde&amp;ckung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>&amp;Übersicht</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Themenfeld</source>
        <translation>&amp;Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Name und Notizen, Federführung, Lagen und Risiken des Themenfelds</source>
        <translation>Name und Notizen, Federführung, Lagen und Risiken des Themenfelds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Onlinedienste</source>
        <translation>&amp;Onlinedienste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Gesamtprogramm</source>
        <translation>&amp;Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Änderung nicht möglich</source>
        <translation>Änderung nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Der Katalog wurde von einem anderen Programm geändert und neu geladen.</source>
        <translation>Der Katalog wurde von einem anderen Programm geändert und neu geladen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Gespeichert: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Rückgängig: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <location filename="../ui/mainwindowmenus.cpp" line="249"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Wiederholen: %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <location filename="../ui/mainwindowmenus.cpp" line="251"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="231"/>
        <source>Katalog beschädigt</source>
        <translation>Katalog beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="232"/>
        <source>%1

Der Katalog ist nur noch zum Lesen geöffnet. Öffnen Sie eine Sicherung oder eine mit „Kopie speichern unter“ erstellte Kopie.</source>
        <translation>%1

Der Katalog ist nur noch zum Lesen geöffnet. Öffnen Sie eine Sicherung oder eine mit „Kopie speichern unter“ erstellte Kopie.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>%1 – %2 – Themenfeldplaner</source>
        <translation>%1 – %2 – Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="247"/>
        <source>Nur lesen: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="268"/>
        <location filename="../ui/mainwindowcatalog.cpp" line="286"/>
        <source>Sperre aufheben</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="269"/>
        <source>Den Katalog „%1“ bearbeitet laut seiner Sperre %2 auf dem Rechner „%3“ (Prozess %4), seit %5.</source>
        <translation>Den Katalog „%1“ bearbeitet laut seiner Sperre %2 auf dem Rechner „%3“ (Prozess %4), seit %5.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="271"/>
        <source>Themenfeldplaner</source>
        <translation>Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="275"/>
        <source>Heben Sie die Sperre nur auf, wenn dort sicher niemand mehr mit dem Katalog arbeitet, etwa weil der Rechner abgestürzt ist. Schreiben zwei Programme zugleich, gehen Änderungen verloren.</source>
        <translation>Heben Sie die Sperre nur auf, wenn dort sicher niemand mehr mit dem Katalog arbeitet, etwa weil der Rechner abgestürzt ist. Schreiben zwei Programme zugleich, gehen Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="278"/>
        <source>Sperre &amp;aufheben</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="312"/>
        <source>&lt;b&gt;Workshop-Paket&lt;/b&gt; zum Themenfeld &lt;b&gt;„%1“&lt;/b&gt; aus dem Katalog %2, erstellt am %3 von %4. Änderungen und Stimmen bleiben in dieser Datei; der Katalog übernimmt sie mit „Datei › Workshop-Ergebnis übernehmen…“.</source>
        <translation>&lt;b&gt;Workshop-Paket&lt;/b&gt; zum Themenfeld &lt;b&gt;„%1“&lt;/b&gt; aus dem Katalog %2, erstellt am %3 von %4. Änderungen und Stimmen bleiben in dieser Datei; der Katalog übernimmt sie mit „Datei › Workshop-Ergebnis übernehmen…“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="318"/>
        <source>Katalog-Kennung %1, Revision %2</source>
        <translation>Katalog-Kennung %1, Revision %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="449"/>
        <source>Katalog öffnen</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Neue OZG-Leistung</source>
        <translation>Neue OZG-Leistung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;OZG-ID:</source>
        <translation>&amp;OZG-ID:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>&amp;Lage:</source>
        <translation>&amp;Lage:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>OZG-Leistung entfernen</source>
        <translation>OZG-Leistung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>Wählen Sie zuerst im Reiter „Leistungen“ die OZG-Leistung.</source>
        <translation>Wählen Sie zuerst im Reiter „Leistungen“ die OZG-Leistung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Neues Projekt</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <location filename="../ui/mainwindowmenus.cpp" line="87"/>
        <location filename="../ui/mainwindowmenus.cpp" line="212"/>
        <source>Wählen Sie zuerst links ein Themenfeld.</source>
        <translation>Wählen Sie zuerst links ein Themenfeld.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <location filename="../ui/mainwindowmenus.cpp" line="79"/>
        <location filename="../ui/mainwindowmenus.cpp" line="87"/>
        <location filename="../ui/mainwindowmenus.cpp" line="94"/>
        <source>Workshop-Paket erstellen</source>
        <translation>Workshop-Paket erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="74"/>
        <source>Workshop-Paket für „%1“ gespeichert: %2</source>
        <translation>Workshop-Paket für „%1“ gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="95"/>
        <location filename="../ui/mainwindowmenus.cpp" line="185"/>
        <source>Workshop-Pakete (*.tfreview)</source>
        <translation>Workshop-Pakete (*.tfreview)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="107"/>
        <source>Workshop-Ergebnis übernommen; „Rückgängig“ nimmt es als Ganzes zurück.</source>
        <translation>Workshop-Ergebnis übernommen; „Rückgängig“ nimmt es als Ganzes zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="134"/>
        <source>Import übernommen; „Rückgängig“ nimmt ihn als Ganzes zurück.</source>
        <translation>Import übernommen; „Rückgängig“ nimmt ihn als Ganzes zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="148"/>
        <source>Exportiert: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="167"/>
        <source>In ein Workshop-Paket wird nicht importiert; importieren Sie in den Katalog.</source>
        <translation>In ein Workshop-Paket wird nicht importiert; importieren Sie in den Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="169"/>
        <source>Übernimmt Leistungen, Projekte, Meilensteine oder den Dashboard-Export aus CSV oder Excel, mit Vorschau.</source>
        <translation>Übernimmt Leistungen, Projekte, Meilensteine oder den Dashboard-Export aus CSV oder Excel, mit Vorschau.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="185"/>
        <source>Workshop-Ergebnis übernehmen</source>
        <translation>Workshop-Ergebnis übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="191"/>
        <source>&amp;Datei</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="192"/>
        <source>&amp;Neuer Katalog…</source>
        <translation>&amp;Neuer Katalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="194"/>
        <source>Legt einen neuen Katalog aus dem eingebetteten OZG-Katalog an.</source>
        <translation>Legt einen neuen Katalog aus dem eingebetteten OZG-Katalog an.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="195"/>
        <source>Ö&amp;ffnen…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="196"/>
        <source>Mit &amp;Programmkatalog verbinden…</source>
        <translation>Mit &amp;Programmkatalog verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="197"/>
        <source>Öffnet den gemeinsamen Programmkatalog auf einem PostgreSQL-Server.</source>
        <translation>Öffnet den gemeinsamen Programmkatalog auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="198"/>
        <source>Zu&amp;gänge zum Programmkatalog…</source>
        <translation>Zu&amp;gänge zum Programmkatalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="200"/>
        <source>Welche Anmeldung am Server für welchen Beteiligten oder als Programmleitung schreibt; nur bei einem Katalog auf einem PostgreSQL-Server.</source>
        <translation>Welche Anmeldung am Server für welchen Beteiligten oder als Programmleitung schreibt; nur bei einem Katalog auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="203"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="204"/>
        <source>&amp;Kopie speichern unter…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="206"/>
        <source>&amp;Arbeitsplan exportieren…</source>
        <translation>&amp;Arbeitsplan exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="208"/>
        <source>Arbeitsplan &amp;drucken…</source>
        <translation>Arbeitsplan &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="211"/>
        <location filename="../ui/mainwindowmenus.cpp" line="216"/>
        <source>Arbeitsplan drucken</source>
        <translation>Arbeitsplan drucken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="220"/>
        <source>&amp;Tabelle drucken…</source>
        <translation>&amp;Tabelle drucken…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="225"/>
        <source>Tabelle drucken</source>
        <translation>Tabelle drucken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="226"/>
        <source>Die Registerkarte „%1“ zeigt keine Tabelle.</source>
        <translation>Die Registerkarte „%1“ zeigt keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="228"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="232"/>
        <source>Druckt die Tabelle der vorderen Registerkarte, so wie sie gezeigt wird.</source>
        <translation>Druckt die Tabelle der vorderen Registerkarte, so wie sie gezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="234"/>
        <source>&amp;Importieren…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="236"/>
        <source>E&amp;xportieren…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="237"/>
        <source>Schreibt Tabellen als CSV oder Excel-Arbeitsmappe, Meilensteine als Kalender.</source>
        <translation>Schreibt Tabellen als CSV oder Excel-Arbeitsmappe, Meilensteine als Kalender.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="239"/>
        <source>&amp;Workshop-Paket erstellen…</source>
        <translation>&amp;Workshop-Paket erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="240"/>
        <source>Schreibt das gewählte Themenfeld als Workshop-Paket (*.tfreview) zur Prüfung ohne den Katalog.</source>
        <translation>Schreibt das gewählte Themenfeld als Workshop-Paket (*.tfreview) zur Prüfung ohne den Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="243"/>
        <source>Workshop-&amp;Ergebnis übernehmen…</source>
        <translation>Workshop-&amp;Ergebnis übernehmen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="246"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="248"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="260"/>
        <source>Neue &amp;OZG-Leistung…</source>
        <translation>Neue &amp;OZG-Leistung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="262"/>
        <source>OZG-Leistung &amp;entfernen…</source>
        <translation>OZG-Leistung &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="265"/>
        <source>Entfernt die im Detailbereich gezeigte OZG-Leistung aus dem Katalog.</source>
        <translation>Entfernt die im Detailbereich gezeigte OZG-Leistung aus dem Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="266"/>
        <source>Neues &amp;Projekt…</source>
        <translation>Neues &amp;Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="267"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="270"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="272"/>
        <source>&amp;Gehe zu…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="275"/>
        <source>Findet eine Leistung, ein Projekt, einen Meilenstein, ein Risiko oder einen Kommentar nach Name oder ID und öffnet ihn dort, wo er steht.</source>
        <translation>Findet eine Leistung, ein Projekt, einen Meilenstein, ein Risiko oder einen Kommentar nach Name oder ID und öffnet ihn dort, wo er steht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="278"/>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="281"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Themenfelder</source>
        <translation>&amp;Themenfelder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Kommentare und Änderungen</source>
        <translation>&amp;Kommentare und Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="290"/>
        <source>Änderungen &amp;seit…</source>
        <translation>Änderungen &amp;seit…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="291"/>
        <source>Was sich seit einem Zeitpunkt oder einem gespeicherten Stand geändert hat.</source>
        <translation>Was sich seit einem Zeitpunkt oder einem gespeicherten Stand geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="293"/>
        <source>&amp;Nächster Bereich</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="295"/>
        <source>Springt zwischen Themenfeldliste, Arbeitsbereich, Details und Kommentaren.</source>
        <translation>Springt zwischen Themenfeldliste, Arbeitsbereich, Details und Kommentaren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="297"/>
        <source>&amp;Vorheriger Bereich</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="312"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="313"/>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="315"/>
        <source>Öffnet das Benutzerhandbuch beim Kapitel der gezeigten Registerkarte.</source>
        <translation>Öffnet das Benutzerhandbuch beim Kapitel der gezeigten Registerkarte.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="317"/>
        <source>Ü&amp;ber Themenfeldplaner…</source>
        <translation>Ü&amp;ber Themenfeldplaner…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="318"/>
        <source>Über &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="434"/>
        <location filename="../ui/mainwindowmenus.cpp" line="442"/>
        <source>Neuer Katalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="435"/>
        <location filename="../ui/mainwindowmenus.cpp" line="495"/>
        <source>Themenfeldplaner-Kataloge (*.tfplan)</source>
        <translation>Themenfeldplaner-Kataloge (*.tfplan)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="450"/>
        <source>Kataloge und Workshop-Pakete (*.tfplan *.tfreview);;Themenfeldplaner-Kataloge (*.tfplan);;Workshop-Pakete (*.tfreview);;Alle Dateien (*)</source>
        <translation>Kataloge und Workshop-Pakete (*.tfplan *.tfreview);;Themenfeldplaner-Kataloge (*.tfplan);;Workshop-Pakete (*.tfreview);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="459"/>
        <source>Mit Programmkatalog verbinden</source>
        <translation>Mit Programmkatalog verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="461"/>
        <source>&amp;Adresse des Programmkatalogs:</source>
        <translation>&amp;Adresse des Programmkatalogs:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="468"/>
        <source>Zum Beispiel postgresql://planung.example/ozg oder postgresql:///ozg?host=/run/postgresql. Ein Passwort gehört nicht in die Adresse: es kommt aus der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) oder aus Ihrer Kerberos-Anmeldung.</source>
        <translation>Zum Beispiel postgresql://planung.example/ozg oder postgresql:///ozg?host=/run/postgresql. Ein Passwort gehört nicht in die Adresse: es kommt aus der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) oder aus Ihrer Kerberos-Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="473"/>
        <source>&amp;Verbinden</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="494"/>
        <source>Kopie speichern unter</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="501"/>
        <source>Kopie gespeichert: %1</source>
        <translation>Kopie gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="503"/>
        <source>Kopie speichern</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="561"/>
        <source>Über Themenfeldplaner</source>
        <translation>Über Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="562"/>
        <source>&lt;h3&gt;Themenfeldplaner %1&lt;/h3&gt;&lt;p&gt;Planung der OZG-Umsetzung je Themenfeld: Leistungen, Federführung, Umsetzungsprojekte, Nachnutzung, Meilensteine und Budget.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalogdaten:&lt;/b&gt; Der eingebettete OZG-Katalog (14 Themenfelder, 55 Lagen, 557 OZG-Leistungen, 5.249 LeiKa-Leistungen, Stand etwa 2019/20) stammt aus der &lt;i&gt;KDN OZG-Datenbank&lt;/i&gt; (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT-Lizenz, Copyright © 2020 Gert Hammes. Die Inhalte beruhen auf dem öffentlichen OZG-Umsetzungskatalog von BMI/FITKO und dem Leistungskatalog (LeiKa).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Themenfeldplaner %1&lt;/h3&gt;&lt;p&gt;Planung der OZG-Umsetzung je Themenfeld: Leistungen, Federführung, Umsetzungsprojekte, Nachnutzung, Meilensteine und Budget.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalogdaten:&lt;/b&gt; Der eingebettete OZG-Katalog (14 Themenfelder, 55 Lagen, 557 OZG-Leistungen, 5.249 LeiKa-Leistungen, Stand etwa 2019/20) stammt aus der &lt;i&gt;KDN OZG-Datenbank&lt;/i&gt; (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT-Lizenz, Copyright © 2020 Gert Hammes. Die Inhalte beruhen auf dem öffentlichen OZG-Umsetzungskatalog von BMI/FITKO und dem Leistungskatalog (LeiKa).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tfp::ui::MeilensteinPicker</name>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="32"/>
        <source>ohne Datum</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="38"/>
        <source>Abhängigkeit hinzufügen</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="58"/>
        <source>Projekt, Meilenstein oder Themenfeld</source>
        <translation>Projekt, Meilenstein oder Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="68"/>
        <source> Tage</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="69"/>
        <source>So viele Tage muss der Meilenstein mindestens nach dem gewählten liegen.</source>
        <translation>So viele Tage muss der Meilenstein mindestens nach dem gewählten liegen.</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="77"/>
        <source>%1 hängt ab von (darf erst nach ihm liegen):</source>
        <translation>%1 hängt ab von (darf erst nach ihm liegen):</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="82"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="83"/>
        <source>&amp;Abstand:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/meilensteinpicker.cpp" line="121"/>
        <source>%n Meilensteine</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tfp::ui::NachnutzungMatrixModel</name>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="67"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="81"/>
        <source>%1 nutzt %2 von %3 Projekten nach (geplant, in Umsetzung oder live).</source>
        <translation>%1 nutzt %2 von %3 Projekten nach (geplant, in Umsetzung oder live).</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="100"/>
        <source>%1 – %2: %3
Doppelklick oder Eingabetaste öffnet das Projekt.</source>
        <translation>%1 – %2: %3
Doppelklick oder Eingabetaste öffnet das Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="101"/>
        <source>keine Nachnutzung</source>
        <translation>keine Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="120"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="123"/>
        <source>nutzt nach</source>
        <translation>nutzt nach</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="125"/>
        <source>Projekte, die das Land nachnutzt (Stand geplant, in Umsetzung oder live; „interessiert“ und „abgelehnt“ zählen nicht), und ihr Anteil an allen Projekten.</source>
        <translation>Projekte, die das Land nachnutzt (Stand geplant, in Umsetzung oder live; „interessiert“ und „abgelehnt“ zählen nicht), und ihr Anteil an allen Projekten.</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="134"/>
        <source>%1
Doppelklick öffnet das Projekt.</source>
        <translation>%1
Doppelklick öffnet das Projekt.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::NachnutzungModel</name>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="176"/>
        <source>– keine Nachnutzung –</source>
        <translation>– keine Nachnutzung –</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="209"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="211"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="213"/>
        <source>seit / geplant ab</source>
        <translation>seit / geplant ab</translation>
    </message>
</context>
<context>
    <name>tfp::ui::OnlinediensteView</name>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="40"/>
        <source>Noch kein Onlinedienst erfasst. Legen Sie mit „Neuer Onlinedienst…“ einen an und ordnen Sie ihm die LeiKa-Leistungen zu, die er abdeckt.</source>
        <translation>Noch kein Onlinedienst erfasst. Legen Sie mit „Neuer Onlinedienst…“ einen an und ordnen Sie ihm die LeiKa-Leistungen zu, die er abdeckt.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="44"/>
        <source>&amp;Neuer Onlinedienst…</source>
        <translation>&amp;Neuer Onlinedienst…</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="45"/>
        <source>Onlinedienst lö&amp;schen</source>
        <translation>Onlinedienst lö&amp;schen</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="63"/>
        <source>OZG-Leistung abd&amp;ecken…</source>
        <translation>OZG-Leistung abd&amp;ecken…</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="64"/>
        <source>Ordnet alle LeiKa-Leistungen einer OZG-Leistung mit dem erreichten Reifegrad zu. Der Reifegrad der OZG-Leistung ist das Minimum über ihre LeiKa-Leistungen.</source>
        <translation>Ordnet alle LeiKa-Leistungen einer OZG-Leistung mit dem erreichten Reifegrad zu. Der Reifegrad der OZG-Leistung ist das Minimum über ihre LeiKa-Leistungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="66"/>
        <source>Abdeckung ent&amp;fernen</source>
        <translation>Abdeckung ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="67"/>
        <source>Abgedeckte LeiKa-Leistungen und erreichter Reifegrad</source>
        <translation>Abgedeckte LeiKa-Leistungen und erreichter Reifegrad</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="76"/>
        <source>Haken: der Onlinedienst ist in diesem Land verfügbar.</source>
        <translation>Haken: der Onlinedienst ist in diesem Land verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="77"/>
        <source>Verfügbar in</source>
        <translation>Verfügbar in</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="99"/>
        <source>Neuer Onlinedienst</source>
        <translation>Neuer Onlinedienst</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="99"/>
        <source>Name des Onlinedienstes:</source>
        <translation>Name des Onlinedienstes:</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="115"/>
        <source>OZG-Leistung abdecken</source>
        <translation>OZG-Leistung abdecken</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="127"/>
        <source>&amp;OZG-Leistung:</source>
        <translation>&amp;OZG-Leistung:</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="128"/>
        <source>erreichter &amp;Reifegrad:</source>
        <translation>erreichter &amp;Reifegrad:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::PdfExportDialog</name>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="49"/>
        <source>&amp;Deckblatt mit Federführung</source>
        <translation>&amp;Deckblatt mit Federführung</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="51"/>
        <source>Ü&amp;berblick</source>
        <translation>Ü&amp;berblick</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="53"/>
        <source>&amp;Priorisierung</source>
        <translation>&amp;Priorisierung</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="55"/>
        <source>&amp;Umsetzungsprojekte</source>
        <translation>&amp;Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="57"/>
        <source>&amp;Wellenplanung und Zeitplan</source>
        <translation>&amp;Wellenplanung und Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="59"/>
        <source>&amp;Meilensteine</source>
        <translation>&amp;Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="61"/>
        <source>Abdec&amp;kung und Lücken</source>
        <translation>Abdec&amp;kung und Lücken</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="63"/>
        <source>&amp;Risiken und Abhängigkeiten</source>
        <translation>&amp;Risiken und Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="65"/>
        <source>Steckbriefe (&amp;Anhang)</source>
        <translation>Steckbriefe (&amp;Anhang)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="75"/>
        <location filename="../ui/views/pdfexportdialog.cpp" line="350"/>
        <source>Arbeitsplan exportieren</source>
        <translation>Arbeitsplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="86"/>
        <source>Alle %1 Themenfelder (je eine Datei)</source>
        <translation>Alle %1 Themenfelder (je eine Datei)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="87"/>
        <source>&amp;Themenfeld:</source>
        <translation>&amp;Themenfeld:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="92"/>
        <source>(keiner)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="95"/>
        <source>Zeigt im Zeitplan und in der Meilensteintabelle die Termine dieses Stands und wie weit sie sich seither verschoben haben.</source>
        <translation>Zeigt im Zeitplan und in der Meilensteintabelle die Termine dieses Stands und wie weit sie sich seither verschoben haben.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="97"/>
        <source>Ver&amp;gleich mit Stand:</source>
        <translation>Ver&amp;gleich mit Stand:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="103"/>
        <source>Abschnitte</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="114"/>
        <source>&amp;Zeitraum des Zeitplans wählen</source>
        <translation>&amp;Zeitraum des Zeitplans wählen</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="117"/>
        <source>Ohne Auswahl zeigt der Zeitplan alle Termine der Projekte.</source>
        <translation>Ohne Auswahl zeigt der Zeitplan alle Termine der Projekte.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="126"/>
        <source>&amp;von:</source>
        <translation>&amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="127"/>
        <source>b&amp;is:</source>
        <translation>b&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="131"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="133"/>
        <source>PD&amp;F (zum Versenden)</source>
        <translation>PD&amp;F (zum Versenden)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="134"/>
        <source>&amp;ODT (bearbeitbar)</source>
        <translation>&amp;ODT (bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="136"/>
        <source>Ein OpenDocument-Text mit denselben Abschnitten, zum Bearbeiten in LibreOffice oder einem anderen Textprogramm.</source>
        <translation>Ein OpenDocument-Text mit denselben Abschnitten, zum Bearbeiten in LibreOffice oder einem anderen Textprogramm.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="152"/>
        <source>Seiten der Vorschau</source>
        <translation>Seiten der Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="171"/>
        <source>&amp;Speichern…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="172"/>
        <source>S&amp;chließen</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="271"/>
        <source>Vorschau: %1, %2 Seiten (das erste von %3 Themenfeldern).</source>
        <translation>Vorschau: %1, %2 Seiten (das erste von %3 Themenfeldern).</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="275"/>
        <source>Vorschau: %1 Seiten.</source>
        <translation>Vorschau: %1 Seiten.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="280"/>
        <source>Seite %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="336"/>
        <source>Gespeichert: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="342"/>
        <source>Der Ordner „%1“ kann nicht angelegt werden.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="349"/>
        <source>Arbeitspläne werden geschrieben …</source>
        <translation>Arbeitspläne werden geschrieben …</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="349"/>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="357"/>
        <source>Arbeitsplan %1 (%2 von %3) …</source>
        <translation>Arbeitsplan %1 (%2 von %3) …</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="362"/>
        <source>Abgebrochen: %1 von %2 Arbeitsplänen gespeichert.</source>
        <translation>Abgebrochen: %1 von %2 Arbeitsplänen gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="367"/>
        <source>%1 Arbeitspläne gespeichert in %2</source>
        <translation>%1 Arbeitspläne gespeichert in %2</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="382"/>
        <source>Ordner für die Arbeitspläne</source>
        <translation>Ordner für die Arbeitspläne</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="386"/>
        <source>Arbeitsplan speichern</source>
        <translation>Arbeitsplan speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="387"/>
        <source>OpenDocument-Texte (*.odt)</source>
        <translation>OpenDocument-Texte (*.odt)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="388"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="397"/>
        <source>Abgebrochen</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>tfp::ui::PrioritisationModel</name>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="382"/>
        <location filename="../ui/models/prioritisationmodel.cpp" line="385"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="395"/>
        <source>%1 (fest)</source>
        <translation>%1 (fest)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="396"/>
        <source>%1 (fest: %2)</source>
        <translation>%1 (fest: %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="400"/>
        <location filename="../ui/models/prioritisationmodel.cpp" line="600"/>
        <source>unsicher</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="410"/>
        <source>%1 (%2)
Doppelklick zeigt die Leistung im Detail-Editor.</source>
        <translation>%1 (%2)
Doppelklick zeigt die Leistung im Detail-Editor.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="415"/>
        <source>„%1“: %2 von 5</source>
        <translation>„%1“: %2 von 5</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="416"/>
        <source>„%1“: noch nicht bewertet (fehlt). Eine fehlende Bewertung zählt nicht als 0: der Score wird über die vorhandenen Bewertungen gemittelt.</source>
        <translation>„%1“: noch nicht bewertet (fehlt). Eine fehlende Bewertung zählt nicht als 0: der Score wird über die vorhandenen Bewertungen gemittelt.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="422"/>
        <source>Kein Score: die Leistung hat bei keinem Kriterium mit Gewicht eine Bewertung. Sie steht hinter allen bewerteten Leistungen und bekommt keine Kategorie.</source>
        <translation>Kein Score: die Leistung hat bei keinem Kriterium mit Gewicht eine Bewertung. Sie steht hinter allen bewerteten Leistungen und bekommt keine Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="425"/>
        <source>Gewichteter Mittelwert der %1 vorhandenen Bewertungen (0–5). Die %2 fehlenden zählen nicht mit, auch nicht als 0; ihr Gewicht verteilt sich auf die vorhandenen.</source>
        <translation>Gewichteter Mittelwert der %1 vorhandenen Bewertungen (0–5). Die %2 fehlenden zählen nicht mit, auch nicht als 0; ihr Gewicht verteilt sich auf die vorhandenen.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="429"/>
        <source>Gewichteter Mittelwert aller Bewertungen (0–5).</source>
        <translation>Gewichteter Mittelwert aller Bewertungen (0–5).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="431"/>
        <source>%1 von %2 Kriterien ohne Bewertung</source>
        <translation>%1 von %2 Kriterien ohne Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="434"/>
        <source>Ohne Score keine Kategorie.</source>
        <translation>Ohne Score keine Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="436"/>
        <source>Ohne Score keine Empfehlung.</source>
        <translation>Ohne Score keine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="439"/>
        <source>Automatisch geplant: nach Rang, Abhängigkeiten und Kapazität. Doppelklick legt die Leistung auf eine Welle fest.</source>
        <translation>Automatisch geplant: nach Rang, Abhängigkeiten und Kapazität. Doppelklick legt die Leistung auf eine Welle fest.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="442"/>
        <source>Auf Welle %1 festgelegt. Doppelklick und „automatisch“ gibt sie wieder frei.</source>
        <translation>Auf Welle %1 festgelegt. Doppelklick und „automatisch“ gibt sie wieder frei.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="444"/>
        <source>Auf Welle %1 festgelegt, aber eine Leistung, von der sie abhängt, kommt erst in Welle %2: sie rückt deshalb in Welle %2.</source>
        <translation>Auf Welle %1 festgelegt, aber eine Leistung, von der sie abhängt, kommt erst in Welle %2: sie rückt deshalb in Welle %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="451"/>
        <source>Wird jedes Gewicht einzeln um ±%1 % verändert, liegt der Rang zwischen %2 und %3.</source>
        <translation>Wird jedes Gewicht einzeln um ±%1 % verändert, liegt der Rang zwischen %2 und %3.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="456"/>
        <source>Unsicher: dabei wechselt auch die Kategorie. Die Einstufung hängt an der Gewichtung; prüfen Sie die Bewertungen.</source>
        <translation>Unsicher: dabei wechselt auch die Kategorie. Die Einstufung hängt an der Gewichtung; prüfen Sie die Bewertungen.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="519"/>
        <source>„%1“ (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="574"/>
        <source>Kriterium „%1“, Anteil an der Gewichtung %2.
Werte 0 (geringe) bis 5 (hohe Priorität nach diesem Kriterium); „– fehlt –“: noch nicht bewertet.</source>
        <translation>Kriterium „%1“, Anteil an der Gewichtung %2.
Werte 0 (geringe) bis 5 (hohe Priorität nach diesem Kriterium); „– fehlt –“: noch nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="582"/>
        <source>Rang</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="584"/>
        <source>OZG-ID</source>
        <translation>OZG-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="586"/>
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="588"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="590"/>
        <source>fehlend</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="592"/>
        <source>Kategorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="594"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="596"/>
        <source>Welle</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="598"/>
        <source>Rangspanne</source>
        <translation>Rangspanne</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="608"/>
        <source>Rang nach Score, der höchste zuerst; bei gleichem Score entscheidet die OZG-ID. Leistungen ohne Score stehen am Ende.</source>
        <translation>Rang nach Score, der höchste zuerst; bei gleichem Score entscheidet die OZG-ID. Leistungen ohne Score stehen am Ende.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="611"/>
        <source>Gewichteter Mittelwert der vorhandenen Bewertungen (0–5). Eine fehlende Bewertung zählt nicht als 0: ihr Gewicht verteilt sich auf die vorhandenen.</source>
        <translation>Gewichteter Mittelwert der vorhandenen Bewertungen (0–5). Eine fehlende Bewertung zählt nicht als 0: ihr Gewicht verteilt sich auf die vorhandenen.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="614"/>
        <source>Kriterien ohne Bewertung</source>
        <translation>Kriterien ohne Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="616"/>
        <source>Aus dem Score und den Schwellen des Themenfelds: höchste, hohe, mittlere oder niedrige Priorität.</source>
        <translation>Aus dem Score und den Schwellen des Themenfelds: höchste, hohe, mittlere oder niedrige Priorität.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="619"/>
        <source>Empfohlenes Konzeptformat: Digitalisierungslabor, Werkbank, Direkt-Digitalisierung oder Nachnutzung einer vorhandenen Lösung.</source>
        <translation>Empfohlenes Konzeptformat: Digitalisierungslabor, Werkbank, Direkt-Digitalisierung oder Nachnutzung einer vorhandenen Lösung.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="622"/>
        <source>Geplante Umsetzungswelle; „fest“: von Hand festgelegt.</source>
        <translation>Geplante Umsetzungswelle; „fest“: von Hand festgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="624"/>
        <source>Bester und schlechtester Rang, wenn jedes Gewicht einzeln um ±20 % verändert wird.</source>
        <translation>Bester und schlechtester Rang, wenn jedes Gewicht einzeln um ±20 % verändert wird.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="626"/>
        <source>Die Kategorie wechselt, wenn ein Gewicht um ±20 % verändert wird.</source>
        <translation>Die Kategorie wechselt, wenn ein Gewicht um ±20 % verändert wird.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="654"/>
        <source>„%1“ ist keine ganze Zahl.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::PrioritisationView</name>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="134"/>
        <source>Kriterien und Gewichte</source>
        <translation>Kriterien und Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="135"/>
        <source>Die Kriterien, nach denen die Leistungen dieses Themenfelds bewertet werden (OZG-Leitfaden: OZG-Priorität, Nachfrage, Komplexität, Eignung, Aufwand, Relevanz). Nur das Verhältnis der Gewichte zählt.</source>
        <translation>Die Kriterien, nach denen die Leistungen dieses Themenfelds bewertet werden (OZG-Leitfaden: OZG-Priorität, Nachfrage, Komplexität, Eignung, Aufwand, Relevanz). Nur das Verhältnis der Gewichte zählt.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="138"/>
        <source>Alle Gewichte sind 0: die Kriterien zählen gleich (gleichgewichtet).</source>
        <translation>Alle Gewichte sind 0: die Kriterien zählen gleich (gleichgewichtet).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="141"/>
        <source>&amp;Kriterium hinzufügen…</source>
        <translation>&amp;Kriterium hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="142"/>
        <source>Kriterium &amp;entfernen</source>
        <translation>Kriterium &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="143"/>
        <source>Entfernt das markierte Kriterium mit seinen Bewertungen (fragt vorher, wenn es Bewertungen hat); „Rückgängig“ stellt alles wieder her.</source>
        <translation>Entfernt das markierte Kriterium mit seinen Bewertungen (fragt vorher, wenn es Bewertungen hat); „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="145"/>
        <source>Kriter&amp;ien</source>
        <translation>Kriter&amp;ien</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="158"/>
        <source>Ab diesem Score: höchste Priorität (Digitalisierungslabor).</source>
        <translation>Ab diesem Score: höchste Priorität (Digitalisierungslabor).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="159"/>
        <source>Ab diesem Score: hohe Priorität.</source>
        <translation>Ab diesem Score: hohe Priorität.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="161"/>
        <source>Ab diesem Score: mittlere Priorität (Werkbank); darunter niedrige (Direkt-Digitalisierung).</source>
        <translation>Ab diesem Score: mittlere Priorität (Werkbank); darunter niedrige (Direkt-Digitalisierung).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="165"/>
        <source>Wie viel eine Umsetzungswelle aufnimmt; „–“: ohne Grenze, jede Leistung kommt in die früheste Welle, die ihre Abhängigkeiten erlauben.</source>
        <translation>Wie viel eine Umsetzungswelle aufnimmt; „–“: ohne Grenze, jede Leistung kommt in die früheste Welle, die ihre Abhängigkeiten erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="167"/>
        <source>Schwelle&amp;n und Wellen</source>
        <translation>Schwelle&amp;n und Wellen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="180"/>
        <source>Name oder OZG-ID</source>
        <translation>Name oder OZG-ID</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="182"/>
        <source>Rangfolge filtern</source>
        <translation>Rangfolge filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="183"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="190"/>
        <source>Sti&amp;mmen erfassen…</source>
        <translation>Sti&amp;mmen erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="192"/>
        <source>Erfasst die Stimmen (0–5) einer Workshop-Teilnehmerin oder eines Teilnehmers zu den Kriterien der markierten Leistung und zeigt die bisher erfassten.</source>
        <translation>Erfasst die Stimmen (0–5) einer Workshop-Teilnehmerin oder eines Teilnehmers zu den Kriterien der markierten Leistung und zeigt die bisher erfassten.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="213"/>
        <source>Rangfolge der OZG-Leistungen</source>
        <translation>Rangfolge der OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="354"/>
        <source>Wählen Sie links ein Themenfeld, um seine OZG-Leistungen zu priorisieren.</source>
        <translation>Wählen Sie links ein Themenfeld, um seine OZG-Leistungen zu priorisieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="357"/>
        <source>Die Priorisierung lässt sich nicht berechnen: %1</source>
        <translation>Die Priorisierung lässt sich nicht berechnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="361"/>
        <source>Das Themenfeld „%1“ hat noch keine OZG-Leistungen, die sich priorisieren ließen.

Legen Sie über „Bearbeiten › Neue OZG-Leistung…“ Leistungen in seinen Lagen an; dann bewerten Sie sie hier nach den Kriterien des Themenfelds.</source>
        <translation>Das Themenfeld „%1“ hat noch keine OZG-Leistungen, die sich priorisieren ließen.

Legen Sie über „Bearbeiten › Neue OZG-Leistung…“ Leistungen in seinen Lagen an; dann bewerten Sie sie hier nach den Kriterien des Themenfelds.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="393"/>
        <source>Noch keine Kriterien: legen Sie mit „Kriterium hinzufügen…“ fest, wonach die Leistungen bewertet werden, etwa OZG-Priorität oder Nachfrage.</source>
        <translation>Noch keine Kriterien: legen Sie mit „Kriterium hinzufügen…“ fest, wonach die Leistungen bewertet werden, etwa OZG-Priorität oder Nachfrage.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="395"/>
        <source>Noch keine Bewertungen: tragen Sie in der Tabelle Werte 0–5 je Kriterium ein. Doppelklick auf eine Zelle oder eine Ziffer tippen; Entf entfernt eine Bewertung wieder (sie fehlt dann und zählt nicht als 0).</source>
        <translation>Noch keine Bewertungen: tragen Sie in der Tabelle Werte 0–5 je Kriterium ein. Doppelklick auf eine Zelle oder eine Ziffer tippen; Entf entfernt eine Bewertung wieder (sie fehlt dann und zählt nicht als 0).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="382"/>
        <source>%1 Leistungen</source>
        <translation>%1 Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="383"/>
        <source>%1 von %2 Leistungen</source>
        <translation>%1 von %2 Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="384"/>
        <source>%1, %2 mit Score, %3 unsicher</source>
        <translation>%1, %2 mit Score, %3 unsicher</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="398"/>
        <source>Eine Ziffer 0–5 bewertet die markierte Zelle und geht zur nächsten Leistung; Entf entfernt eine Bewertung. Die Rangfolge ordnet sich neu, sobald Sie die Spalte verlassen.</source>
        <translation>Eine Ziffer 0–5 bewertet die markierte Zelle und geht zur nächsten Leistung; Entf entfernt eine Bewertung. Die Rangfolge ordnet sich neu, sobald Sie die Spalte verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="437"/>
        <source>Kriterium hinzufügen</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="439"/>
        <source>z. B. Fallzahlen</source>
        <translation>z. B. Fallzahlen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="445"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="446"/>
        <source>&amp;Gewicht:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="468"/>
        <source>Das Kriterium „%1“ hat %2 Bewertungen und %3 Stimmen aus Workshops. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</source>
        <translation>Das Kriterium „%1“ hat %2 Bewertungen und %3 Stimmen aus Workshops. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="473"/>
        <source>Das Kriterium „%1“ hat %2 Bewertungen. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</source>
        <translation>Das Kriterium „%1“ hat %2 Bewertungen. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="478"/>
        <source>Kriterium entfernen</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="540"/>
        <source>Markieren Sie zuerst in der Rangfolge die Leistung, zu der Stimmen erfasst werden.</source>
        <translation>Markieren Sie zuerst in der Rangfolge die Leistung, zu der Stimmen erfasst werden.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProgrammView</name>
    <message>
        <location filename="../ui/views/programmview.cpp" line="36"/>
        <source>Alle Themenfelder des Programms. Doppelklick öffnet ein Themenfeld.</source>
        <translation>Alle Themenfelder des Programms. Doppelklick öffnet ein Themenfeld.</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="43"/>
        <source>Doppelklick ändert Kürzel, Name oder Art.</source>
        <translation>Doppelklick ändert Kürzel, Name oder Art.</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="44"/>
        <source>Beteiligten anl&amp;egen…</source>
        <translation>Beteiligten anl&amp;egen…</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="48"/>
        <source>Beteiligte</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>OZG-Leistungen</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>davon Föderal</source>
        <translation>davon Föderal</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>Projekte</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>in Umsetzung</source>
        <translation>in Umsetzung</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>in Planung</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="99"/>
        <source>ohne Status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="99"/>
        <source>OZG-konform (≥ 3)</source>
        <translation>OZG-konform (≥ 3)</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="127"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="149"/>
        <source>Beteiligten anlegen</source>
        <translation>Beteiligten anlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="156"/>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="157"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="158"/>
        <source>&amp;Art:</source>
        <translation>&amp;Art:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProjektLeistungenModel</name>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="72"/>
        <source>%1 %2 · %3 · Reifegrad %4</source>
        <translation>%1 %2 · %3 · Reifegrad %4</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProjekteView</name>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="52"/>
        <source>Umsetzungsprojekte</source>
        <translation>Umsetzungsprojekte</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="57"/>
        <source>&amp;Neues Projekt…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="58"/>
        <source>Legt ein Umsetzungsprojekt mit den Standard-Meilensteinen an; die im Reiter „Leistungen“ markierten OZG-Leistungen werden zugeordnet.</source>
        <translation>Legt ein Umsetzungsprojekt mit den Standard-Meilensteinen an; die im Reiter „Leistungen“ markierten OZG-Leistungen werden zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="60"/>
        <source>Projekt lö&amp;schen</source>
        <translation>Projekt lö&amp;schen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="94"/>
        <source>&amp;Markierte Leistungen zuordnen</source>
        <translation>&amp;Markierte Leistungen zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="95"/>
        <source>Ordnet die im Reiter „Leistungen“ markierten OZG-Leistungen diesem Projekt zu. Leistungen lassen sich auch aus dem Baum hierher ziehen.</source>
        <translation>Ordnet die im Reiter „Leistungen“ markierten OZG-Leistungen diesem Projekt zu. Leistungen lassen sich auch aus dem Baum hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="97"/>
        <source>Aus dem Projekt &amp;entfernen</source>
        <translation>Aus dem Projekt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="116"/>
        <source>&amp;Meilenstein hinzufügen…</source>
        <translation>&amp;Meilenstein hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="117"/>
        <source>Meilenstein l&amp;öschen</source>
        <translation>Meilenstein l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="154"/>
        <source>Einer für Alle: welches Land den Dienst nachnutzt (Roll-in) und wie weit es ist.</source>
        <translation>Einer für Alle: welches Land den Dienst nachnutzt (Roll-in) und wie weit es ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="171"/>
        <source>&amp;Quartal hinzufügen…</source>
        <translation>&amp;Quartal hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="173"/>
        <source>Quartal l&amp;öschen</source>
        <translation>Quartal l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="191"/>
        <source>Stammdaten</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="192"/>
        <source>OZG-Leistungen</source>
        <translation>OZG-Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="193"/>
        <source>Meilensteine</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="194"/>
        <source>Nachnutzung</source>
        <translation>Nachnutzung</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="170"/>
        <location filename="../ui/views/projekteview.cpp" line="195"/>
        <source>Zahlungsplan</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="101"/>
        <source>OZG-Leistungen aus dem Baum hierher ziehen (beim Ziehen kurz über dem Reiter „Projekte“ halten) oder markieren und zuordnen.</source>
        <translation>OZG-Leistungen aus dem Baum hierher ziehen (beim Ziehen kurz über dem Reiter „Projekte“ halten) oder markieren und zuordnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="124"/>
        <location filename="../ui/views/projekteview.cpp" line="130"/>
        <location filename="../ui/views/projekteview.cpp" line="397"/>
        <source>Hängt ab von</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="125"/>
        <source>&amp;Hinzufügen…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="127"/>
        <source>Der Meilenstein darf erst nach einem anderen liegen, auch eines anderen Projekts oder Themenfelds (z. B. Roll-out nach der Inbetriebnahme einer Basiskomponente).</source>
        <translation>Der Meilenstein darf erst nach einem anderen liegen, auch eines anderen Projekts oder Themenfelds (z. B. Roll-out nach der Inbetriebnahme einer Basiskomponente).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="129"/>
        <source>Entfe&amp;rnen</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="172"/>
        <source>&amp;Alle Quartale der Laufzeit anlegen</source>
        <translation>&amp;Alle Quartale der Laufzeit anlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="277"/>
        <source>Dieses Themenfeld hat noch kein Umsetzungsprojekt.

Markieren Sie im Reiter „Leistungen“ die OZG-Leistungen, die zusammen umgesetzt werden, und legen Sie mit „Neues Projekt…“ ein Projekt an.</source>
        <translation>Dieses Themenfeld hat noch kein Umsetzungsprojekt.

Markieren Sie im Reiter „Leistungen“ die OZG-Leistungen, die zusammen umgesetzt werden, und legen Sie mit „Neues Projekt…“ ein Projekt an.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="280"/>
        <source>Wählen Sie links ein Themenfeld, um seine Umsetzungsprojekte zu sehen.</source>
        <translation>Wählen Sie links ein Themenfeld, um seine Umsetzungsprojekte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/projekteview.cpp" line="332"/>
        <source>Legt die %n fehlenden Quartale von Beginn bis Ende des Projekts an (%1 – %2), in einem Schritt.</source>
        <translation>
            <numerusform>Legt das %n fehlende Quartal von Beginn bis Ende des Projekts an (%1 – %2), in einem Schritt.</numerusform>
            <numerusform>Legt die %n fehlenden Quartale von Beginn bis Ende des Projekts an (%1 – %2), in einem Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="336"/>
        <source>Alle Quartale der Laufzeit sind angelegt.</source>
        <translation>Alle Quartale der Laufzeit sind angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="337"/>
        <source>Tragen Sie in den Stammdaten zuerst Beginn und Ende des Projekts ein.</source>
        <translation>Tragen Sie in den Stammdaten zuerst Beginn und Ende des Projekts ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="341"/>
        <source>Diesem Projekt ist noch keine OZG-Leistung zugeordnet. Ordnen Sie im Reiter „OZG-Leistungen“ mindestens eine zu.</source>
        <translation>Diesem Projekt ist noch keine OZG-Leistung zugeordnet. Ordnen Sie im Reiter „OZG-Leistungen“ mindestens eine zu.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="364"/>
        <source>Summe: geplant %1 von %2 Budget, abgeflossen %3, %4 Personentage</source>
        <translation>Summe: geplant %1 von %2 Budget, abgeflossen %3, %4 Personentage</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="366"/>
        <source>Summe: geplant %1, abgeflossen %2, %3 Personentage</source>
        <translation>Summe: geplant %1, abgeflossen %2, %3 Personentage</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="371"/>
        <source>⚠ Der Zahlungsplan (%1) liegt %2 über dem Budget des Projekts (%3).</source>
        <translation>⚠ Der Zahlungsplan (%1) liegt %2 über dem Budget des Projekts (%3).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="373"/>
        <source>⚠ Der Zahlungsplan (%1) liegt %2 unter dem Budget des Projekts (%3).</source>
        <translation>⚠ Der Zahlungsplan (%1) liegt %2 unter dem Budget des Projekts (%3).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="397"/>
        <source>„%1“ hängt ab von</source>
        <translation>„%1“ hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="439"/>
        <source>Neues Umsetzungsprojekt</source>
        <translation>Neues Umsetzungsprojekt</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="440"/>
        <source>Name des Projekts (Leistungen ordnen Sie danach zu):</source>
        <translation>Name des Projekts (Leistungen ordnen Sie danach zu):</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="441"/>
        <source>Name des Projekts mit %1 markierten OZG-Leistungen:</source>
        <translation>Name des Projekts mit %1 markierten OZG-Leistungen:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="463"/>
        <source>Projekt löschen</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="464"/>
        <source>%1 löschen?

Damit werden %2 Meilensteine, %3 Zuordnungen von OZG-Leistungen und %4 weitere Einträge (Nachnutzung, Zahlungsplan) gelöscht. Die OZG-Leistungen selbst bleiben erhalten. „Rückgängig“ stellt alles wieder her.</source>
        <translation>%1 löschen?

Damit werden %2 Meilensteine, %3 Zuordnungen von OZG-Leistungen und %4 weitere Einträge (Nachnutzung, Zahlungsplan) gelöscht. Die OZG-Leistungen selbst bleiben erhalten. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="484"/>
        <source>Leistungen zuordnen</source>
        <translation>Leistungen zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="485"/>
        <source>Markieren Sie zuerst im Reiter „Leistungen“ eine oder mehrere OZG-Leistungen.</source>
        <translation>Markieren Sie zuerst im Reiter „Leistungen“ eine oder mehrere OZG-Leistungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="503"/>
        <source>Meilenstein hinzufügen</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="511"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="512"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="513"/>
        <source>&amp;geplant am:</source>
        <translation>&amp;geplant am:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="528"/>
        <source>Quartal im Zahlungsplan</source>
        <translation>Quartal im Zahlungsplan</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="536"/>
        <source>&amp;Jahr:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="537"/>
        <source>&amp;Quartal:</source>
        <translation>&amp;Quartal:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ReviewMergeDialog</name>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="53"/>
        <source>Workshop-Ergebnis übernehmen</source>
        <translation>Workshop-Ergebnis übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="57"/>
        <source>&amp;Stimmen als Bewertungen übernehmen</source>
        <translation>&amp;Stimmen als Bewertungen übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="59"/>
        <source>Setzt je Kriterium und Leistung den gerundeten Mittelwert der Workshop-Stimmen als Bewertung.</source>
        <translation>Setzt je Kriterium und Leistung den gerundeten Mittelwert der Workshop-Stimmen als Bewertung.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="63"/>
        <source>Änderung</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Konflikt</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <location filename="../ui/views/reviewmergedialog.cpp" line="308"/>
        <source>Katalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <location filename="../ui/views/reviewmergedialog.cpp" line="309"/>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Entscheidung</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="66"/>
        <source>Nicht übernommen</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="66"/>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Kriterium</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Stimmen</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Mittel</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Streuung</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Spanne</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Vorschlag</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Bewertung jetzt</source>
        <translation>Bewertung jetzt</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="70"/>
        <source>Alle aus dem &amp;Katalog</source>
        <translation>Alle aus dem &amp;Katalog</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="71"/>
        <source>Alle aus dem &amp;Paket</source>
        <translation>Alle aus dem &amp;Paket</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="87"/>
        <source>Ü&amp;bernehmen</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="193"/>
        <source>Der Katalog hat die Übernahme abgelehnt; es wurde nichts geändert.</source>
        <translation>Der Katalog hat die Übernahme abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="215"/>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="217"/>
        <source>gelöscht</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="233"/>
        <source>&lt;b&gt;Workshop-Paket „%1“&lt;/b&gt; – Themenfeld „%2“, erstellt %3 von %4, %5 Änderungsschritte im Workshop.</source>
        <translation>&lt;b&gt;Workshop-Paket „%1“&lt;/b&gt; – Themenfeld „%2“, erstellt %3 von %4, %5 Änderungsschritte im Workshop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="246"/>
        <source>%n Änderung(en) werden übernommen, </source>
        <translation>
            <numerusform>%n Änderung wird übernommen, </numerusform>
            <numerusform>%n Änderungen werden übernommen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="247"/>
        <source>%n Kommentar(e), </source>
        <translation>
            <numerusform>%n Kommentar, </numerusform>
            <numerusform>%n Kommentare, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="248"/>
        <source>%n Konflikt(e), davon %1 offen, </source>
        <translation>
            <numerusform>%n Konflikt, davon %1 offen, </numerusform>
            <numerusform>%n Konflikte, davon %1 offen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="250"/>
        <source>%n nicht übernehmbar; </source>
        <translation>
            <numerusform>%n nicht übernehmbar; </numerusform>
            <numerusform>%n nicht übernehmbar; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="251"/>
        <source>Stimmen zu %n Bewertung(en).</source>
        <translation>
            <numerusform>Stimmen zu %n Bewertung.</numerusform>
            <numerusform>Stimmen zu %n Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="253"/>
        <source>Entscheiden Sie jeden Konflikt (Katalog oder Paket), dann können Sie übernehmen.</source>
        <translation>Entscheiden Sie jeden Konflikt (Katalog oder Paket), dann können Sie übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="256"/>
        <source>Kein Workshop-Paket gewählt.</source>
        <translation>Kein Workshop-Paket gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="273"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="279"/>
        <source>Übernommen (%1)</source>
        <translation>Übernommen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="281"/>
        <source>Konflikte (%1 offen von %2)</source>
        <translation>Konflikte (%1 offen von %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="282"/>
        <source>Abgelehnt (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="283"/>
        <source>Stimmen (%1)</source>
        <translation>Stimmen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="300"/>
        <source>(neu auf beiden Seiten)</source>
        <translation>(neu auf beiden Seiten)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="303"/>
        <source>vorhanden</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="307"/>
        <source>offen</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="311"/>
        <source>Entscheidung für %1</source>
        <translation>Entscheidung für %1</translation>
    </message>
</context>
<context>
    <name>tfp::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="92"/>
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="106"/>
        <source>Steht im Änderungsprotokoll bei jeder Ihrer Änderungen und in den Metadaten exportierter PDF-Dateien. Leer: der Anmeldename (%1).</source>
        <translation>Steht im Änderungsprotokoll bei jeder Ihrer Änderungen und in den Metadaten exportierter PDF-Dateien. Leer: der Anmeldename (%1).</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="111"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="74"/>
        <location filename="../ui/views/settingsdialog.cpp" line="113"/>
        <source>&amp;Name als Autor:</source>
        <translation>&amp;Name als Autor:</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="65"/>
        <source>Willkommen</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="66"/>
        <source>Unter welchem Namen sollen Ihre Änderungen im Änderungsprotokoll und in den Metadaten der Arbeitspläne stehen? Sie können ihn später unter „Bearbeiten › Einstellungen…“ ändern.</source>
        <translation>Unter welchem Namen sollen Ihre Änderungen im Änderungsprotokoll und in den Metadaten der Arbeitspläne stehen? Sie können ihn später unter „Bearbeiten › Einstellungen…“ ändern.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="114"/>
        <source>Gilt für jeden Katalog, den Sie öffnen, ab sofort.</source>
        <translation>Gilt für jeden Katalog, den Sie öffnen, ab sofort.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="121"/>
        <source>Jetzt neu starten</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="140"/>
        <source>Die Sprache wechselt beim nächsten Start des Programms; „Jetzt neu starten“ startet es gleich neu, mit demselben Katalog.</source>
        <translation>Die Sprache wechselt beim nächsten Start des Programms; „Jetzt neu starten“ startet es gleich neu, mit demselben Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="142"/>
        <source>Eine andere Sprache gilt ab dem nächsten Start des Programms.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start des Programms.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::StimmenDialog</name>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="31"/>
        <source>Stimmen erfassen – %1</source>
        <translation>Stimmen erfassen – %1</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="35"/>
        <source>z. B. Steuerungskreis</source>
        <translation>z. B. Steuerungskreis</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="39"/>
        <source>&amp;Teilnehmer/in:</source>
        <translation>&amp;Teilnehmer/in:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="40"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="41"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="60"/>
        <location filename="../ui/views/stimmendialog.cpp" line="143"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="62"/>
        <source>Stimme zu %1</source>
        <translation>Stimme zu %1</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="63"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="71"/>
        <source>Erfasste Stimmen</source>
        <translation>Erfasste Stimmen</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="72"/>
        <source>Stimmen &amp;speichern</source>
        <translation>Stimmen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="80"/>
        <source>Erfasste Stimmen:</source>
        <translation>Erfasste Stimmen:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="128"/>
        <source>Teilnehmer/in</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="128"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ThemenfeldModel</name>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="82"/>
        <source>keine Federführung eingetragen</source>
        <translation>keine Federführung eingetragen</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="101"/>
        <source>Gesamtprogramm</source>
        <translation>Gesamtprogramm</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="104"/>
        <source>noch kein Themenfeld</source>
        <translation>noch kein Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="105"/>
        <source>ein Themenfeld</source>
        <translation>ein Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="106"/>
        <source>alle %1 Themenfelder</source>
        <translation>alle %1 Themenfelder</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="109"/>
        <source>Übersicht über alle Themenfelder des Programms</source>
        <translation>Übersicht über alle Themenfelder des Programms</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="120"/>
        <source>%1
Federführung: %2</source>
        <translation>%1
Federführung: %2</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ThemenfeldView</name>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="65"/>
        <source>Lebenslagen (Bürgerinnen und Bürger) und Geschäftslagen (Unternehmen) gliedern die OZG-Leistungen des Themenfelds. Doppelklick ändert Name oder Art.</source>
        <translation>Lebenslagen (Bürgerinnen und Bürger) und Geschäftslagen (Unternehmen) gliedern die OZG-Leistungen des Themenfelds. Doppelklick ändert Name oder Art.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="67"/>
        <source>Lage anl&amp;egen…</source>
        <translation>Lage anl&amp;egen…</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="68"/>
        <source>Lage l&amp;öschen</source>
        <translation>Lage l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="77"/>
        <source>Noch keine Lagen. Legen Sie die Lebens- und Geschäftslagen an, nach denen die OZG-Leistungen des Themenfelds gegliedert werden.</source>
        <translation>Noch keine Lagen. Legen Sie die Lebens- und Geschäftslagen an, nach denen die OZG-Leistungen des Themenfelds gegliedert werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="83"/>
        <source>R&amp;isiko erfassen…</source>
        <translation>R&amp;isiko erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="84"/>
        <source>Risiko lö&amp;schen</source>
        <translation>Risiko lö&amp;schen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="88"/>
        <source>Themenfeld</source>
        <translation>Themenfeld</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="89"/>
        <source>Federführung</source>
        <translation>Federführung</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="98"/>
        <source>Lagen</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="107"/>
        <source>Risiken</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="156"/>
        <source>Noch keine Risiken erfasst. Halten Sie fest, was den Plan gefährdet (fehlende Basiskomponente, Register, Rechtsänderung, Abhängigkeit) und welche Maßnahme gegensteuert.</source>
        <translation>Noch keine Risiken erfasst. Halten Sie fest, was den Plan gefährdet (fehlende Basiskomponente, Register, Rechtsänderung, Abhängigkeit) und welche Maßnahme gegensteuert.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="159"/>
        <source>Doppelklick auf ein Feld ändert es; Projekt und OZG-Leistung sind optional.</source>
        <translation>Doppelklick auf ein Feld ändert es; Projekt und OZG-Leistung sind optional.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="189"/>
        <source>Lage löschen</source>
        <translation>Lage löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="190"/>
        <source>%1 enthält OZG-Leistungen (%2). Mit der Lage werden sie und alles, was an ihnen hängt (Zuordnungen zu Projekten, Bewertungen, Abhängigkeiten), gelöscht.

Trotzdem löschen? „Rückgängig“ stellt alles wieder her.</source>
        <translation>%1 enthält OZG-Leistungen (%2). Mit der Lage werden sie und alles, was an ihnen hängt (Zuordnungen zu Projekten, Bewertungen, Abhängigkeiten), gelöscht.

Trotzdem löschen? „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="205"/>
        <source>Lage anlegen</source>
        <translation>Lage anlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="209"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="210"/>
        <location filename="../ui/views/themenfeldview.cpp" line="227"/>
        <source>&amp;Art:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="218"/>
        <source>Risiko erfassen</source>
        <translation>Risiko erfassen</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="226"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="228"/>
        <source>&amp;Einstufung:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::WellenPanel</name>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="24"/>
        <source>„%1“ (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="29"/>
        <source>„%1“</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="39"/>
        <source>%1 Personentage</source>
        <translation>%1 Personentage</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="40"/>
        <source>1 Leistung</source>
        <translation>1 Leistung</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="41"/>
        <source>%1 Leistungen</source>
        <translation>%1 Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="43"/>
        <source>%1 von %2 Personentagen</source>
        <translation>%1 von %2 Personentagen</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="44"/>
        <source>%1 von %2 Leistungen</source>
        <translation>%1 von %2 Leistungen</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="69"/>
        <source>%1 hängt von sich selbst ab; bitte die Abhängigkeit prüfen.</source>
        <translation>%1 hängt von sich selbst ab; bitte die Abhängigkeit prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="78"/>
        <source>Zirkuläre Abhängigkeit: %1 und %2 hängen im Kreis voneinander ab; sie werden zusammen in Welle %3 geplant.</source>
        <translation>Zirkuläre Abhängigkeit: %1 und %2 hängen im Kreis voneinander ab; sie werden zusammen in Welle %3 geplant.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="87"/>
        <source>%1 hängt von %2 ab, steht aber im Rang vor ihr (Rang %3 vor Rang %4): %5 wird deshalb früher geplant, in Welle %6.</source>
        <translation>%1 hängt von %2 ab, steht aber im Rang vor ihr (Rang %3 vor Rang %4): %5 wird deshalb früher geplant, in Welle %6.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="96"/>
        <source>%1 ist auf Welle %2 festgelegt, hängt aber von %3 ab, die erst in Welle %4 kommt: %5 rückt deshalb in Welle %6.</source>
        <translation>%1 ist auf Welle %2 festgelegt, hängt aber von %3 ab, die erst in Welle %4 kommt: %5 rückt deshalb in Welle %6.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="108"/>
        <source>„%1“ (%2) hängt von „%3“ (%4) ab; eine der beiden liegt im Themenfeld „%5“. Die Wellenplanung ordnet nur innerhalb eines Themenfelds: stimmen Sie den Zeitpunkt mit dem anderen Themenfeld ab.</source>
        <translation>„%1“ (%2) hängt von „%3“ (%4) ab; eine der beiden liegt im Themenfeld „%5“. Die Wellenplanung ordnet nur innerhalb eines Themenfelds: stimmen Sie den Zeitpunkt mit dem anderen Themenfeld ab.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="119"/>
        <source>Welle %1 ist überbucht (%2): festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen, gehen der Kapazität vor.</source>
        <translation>Welle %1 ist überbucht (%2): festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen, gehen der Kapazität vor.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="129"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="132"/>
        <source>Eine Leistung ohne Aufwandsschätzung (%1) zählt mit dem Mittelwert der bekannten Schätzungen.</source>
        <translation>Eine Leistung ohne Aufwandsschätzung (%1) zählt mit dem Mittelwert der bekannten Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="134"/>
        <source>%1 Leistungen ohne Aufwandsschätzung (%2) zählen mit dem Mittelwert der bekannten Schätzungen.</source>
        <translation>%1 Leistungen ohne Aufwandsschätzung (%2) zählen mit dem Mittelwert der bekannten Schätzungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="149"/>
        <source>Welle / Leistung</source>
        <translation>Welle / Leistung</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="149"/>
        <source>Belegung / Rang</source>
        <translation>Belegung / Rang</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="151"/>
        <source>Wellenplan</source>
        <translation>Wellenplan</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="156"/>
        <source>Die Leistungen je Welle nach Rang. Eine Leistung, von der eine andere abhängt, kommt nie später als diese. Doppelklick zeigt die Leistung im Detail-Editor.</source>
        <translation>Die Leistungen je Welle nach Rang. Eine Leistung, von der eine andere abhängt, kommt nie später als diese. Doppelklick zeigt die Leistung im Detail-Editor.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="158"/>
        <source>&amp;Wellenplan:</source>
        <translation>&amp;Wellenplan:</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="162"/>
        <source>Zyklen und Konflikte</source>
        <translation>Zyklen und Konflikte</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="163"/>
        <source>Zirkuläre Abhängigkeiten, Abhängigkeiten gegen die Rangfolge, Festlegungen, die nicht halten, und überbuchte Wellen.</source>
        <translation>Zirkuläre Abhängigkeiten, Abhängigkeiten gegen die Rangfolge, Festlegungen, die nicht halten, und überbuchte Wellen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="165"/>
        <source>Z&amp;yklen und Konflikte:</source>
        <translation>Z&amp;yklen und Konflikte:</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="285"/>
        <source>Welle %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="211"/>
        <source>%1 – überbucht</source>
        <translation>%1 – überbucht</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="311"/>
        <source>Rang %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="311"/>
        <source>Rang %1, ohne Score</source>
        <translation>Rang %1, ohne Score</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="313"/>
        <source>fest, %1</source>
        <translation>fest, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="234"/>
        <source>Keine Zyklen und keine Konflikte.</source>
        <translation>Keine Zyklen und keine Konflikte.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="240"/>
        <source>%1 Wellen für %2 Leistungen.</source>
        <translation>%1 Wellen für %2 Leistungen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="241"/>
        <source>Ohne Kapazität je Welle kommt jede Leistung in die früheste Welle, die ihre Abhängigkeiten und Festlegungen erlauben.</source>
        <translation>Ohne Kapazität je Welle kommt jede Leistung in die früheste Welle, die ihre Abhängigkeiten und Festlegungen erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="300"/>
        <source>Mehr belegt als die Kapazität erlaubt: festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen.</source>
        <translation>Mehr belegt als die Kapazität erlaubt: festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="319"/>
        <source>Von Hand auf diese Welle festgelegt</source>
        <translation>Von Hand auf diese Welle festgelegt</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanGantt</name>
    <message numerus="yes">
        <location filename="../ui/views/zeitplangantt.cpp" line="32"/>
        <source>%n Tage</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="90"/>
        <source>Zeitplan als Gantt-Diagramm</source>
        <translation>Zeitplan als Gantt-Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="299"/>
        <source>%1, geplant %2</source>
        <translation>%1, geplant %2</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="431"/>
        <source>hängt ab von „%1“</source>
        <translation>hängt ab von „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplangantt.cpp" line="460"/>
        <source>%n Monate</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="597"/>
        <source>Ziehen verschiebt den geplanten Termin; mit Umschalt auf einen anderen Meilenstein ziehen macht diesen von ihm abhängig.</source>
        <translation>Ziehen verschiebt den geplanten Termin; mit Umschalt auf einen anderen Meilenstein ziehen macht diesen von ihm abhängig.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="600"/>
        <source>Ziehen verschiebt alle offenen Meilensteine des Projekts.</source>
        <translation>Ziehen verschiebt alle offenen Meilensteine des Projekts.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="45"/>
        <source>„%1“ (%2): %3 → %4</source>
        <translation>„%1“ (%2): %3 → %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplanganttedit.cpp" line="50"/>
        <source>… und %n weitere</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="52"/>
        <source>Abhängige Meilensteine</source>
        <translation>Abhängige Meilensteine</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplanganttedit.cpp" line="53"/>
        <source>Am %1 kämen %n abhängige Meilensteine vor ihren Vorgänger. Sollen sie mitverschoben werden?</source>
        <translation>
            <numerusform>Am %1 käme %n abhängiger Meilenstein vor seinen Vorgänger. Soll er mitverschoben werden?</numerusform>
            <numerusform>Am %1 kämen %n abhängige Meilensteine vor ihren Vorgänger. Sollen sie mitverschoben werden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="59"/>
        <source>&amp;Mitverschieben</source>
        <translation>&amp;Mitverschieben</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="60"/>
        <source>&amp;Nur diesen Meilenstein</source>
        <translation>&amp;Nur diesen Meilenstein</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="84"/>
        <source>Das Projekt hat keine offenen Meilensteine mit geplantem Termin.</source>
        <translation>Das Projekt hat keine offenen Meilensteine mit geplantem Termin.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="114"/>
        <source>Geplanter Termin von „%1“</source>
        <translation>Geplanter Termin von „%1“</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanModel</name>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="36"/>
        <source>1 Tag</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="36"/>
        <source>%1 Tagen</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="118"/>
        <source>ohne Termin</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="120"/>
        <source>offen, in %1</source>
        <translation>offen, in %1</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="122"/>
        <source>überfällig seit %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="124"/>
        <source>erreicht</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="126"/>
        <source>1 Tag später erreicht</source>
        <translation>1 Tag später erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="127"/>
        <source>%1 Tage später erreicht</source>
        <translation>%1 Tage später erreicht</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="150"/>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="152"/>
        <source>Überfällig: der geplante Termin ist vorbei und kein Datum „erreicht“ eingetragen. Verzögert: erreicht, aber nach dem geplanten Termin.</source>
        <translation>Überfällig: der geplante Termin ist vorbei und kein Datum „erreicht“ eingetragen. Verzögert: erreicht, aber nach dem geplanten Termin.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanView</name>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="178"/>
        <source>Doppelklick auf ein Datum ändert es; Doppelklick auf das Projekt öffnet es.</source>
        <translation>Doppelklick auf ein Datum ändert es; Doppelklick auf das Projekt öffnet es.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="181"/>
        <source>alle Meilensteine</source>
        <translation>alle Meilensteine</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="182"/>
        <source>überfällige und verzögerte</source>
        <translation>überfällige und verzögerte</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="183"/>
        <source>offene (noch nicht erreicht)</source>
        <translation>offene (noch nicht erreicht)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="184"/>
        <source>ohne Termin</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="185"/>
        <source>Z&amp;eigen:</source>
        <translation>Z&amp;eigen:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Monat</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Quartal</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Jahr</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Gesamt</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="207"/>
        <source>Zoo&amp;m:</source>
        <translation>Zoo&amp;m:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="211"/>
        <source>&amp;Von:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="223"/>
        <source>&amp;Nur Auffälliges</source>
        <translation>&amp;Nur Auffälliges</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="220"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="220"/>
        <source>Früher: den Zeitraum um die Hälfte zurück</source>
        <translation>Früher: den Zeitraum um die Hälfte zurück</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="221"/>
        <source>Heute</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="221"/>
        <source>Den Zeitraum um heute zeigen</source>
        <translation>Den Zeitraum um heute zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="222"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="222"/>
        <source>Später: den Zeitraum um die Hälfte vor</source>
        <translation>Später: den Zeitraum um die Hälfte vor</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="225"/>
        <source>Nur Projekte mit überfälligen, verspätet erreichten oder widersprüchlichen Terminen (verletzte Abhängigkeit, außerhalb der Laufzeit, Phasen in falscher Reihenfolge)</source>
        <translation>Nur Projekte mit überfälligen, verspätet erreichten oder widersprüchlichen Terminen (verletzte Abhängigkeit, außerhalb der Laufzeit, Phasen in falscher Reihenfolge)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="232"/>
        <source>Zeigt die geplanten Termine dieses Stands als Schatten unter dem heutigen Plan; der Tooltip eines Meilensteins nennt die Verschiebung.</source>
        <translation>Zeigt die geplanten Termine dieses Stands als Schatten unter dem heutigen Plan; der Tooltip eines Meilensteins nennt die Verschiebung.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="234"/>
        <source>Vergleich mit &amp;Stand:</source>
        <translation>Vergleich mit &amp;Stand:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="366"/>
        <source>(keiner)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="407"/>
        <source>Gesamtprogramm: %1 Umsetzungsprojekte in %2 Themenfeldern – Stand %3</source>
        <translation>Gesamtprogramm: %1 Umsetzungsprojekte in %2 Themenfeldern – Stand %3</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="415"/>
        <source>Noch keine Umsetzungsprojekte im Programm.

Legen Sie zu einem Themenfeld im Reiter „Projekte“ ein Projekt an; sein Zeitplan erscheint hier.</source>
        <translation>Noch keine Umsetzungsprojekte im Programm.

Legen Sie zu einem Themenfeld im Reiter „Projekte“ ein Projekt an; sein Zeitplan erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="436"/>
        <source>%1 Meilensteine, davon %2 erreicht (%3 verzögert), %4 überfällig – Stand %5</source>
        <translation>%1 Meilensteine, davon %2 erreicht (%3 verzögert), %4 überfällig – Stand %5</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="446"/>
        <source>Noch keine Meilensteine geplant.

Ein neues Umsetzungsprojekt bekommt die Standard-Meilensteine seiner Phasen; legen Sie im Reiter „Projekte“ ein Projekt an und tragen Sie hier die Termine ein.</source>
        <translation>Noch keine Meilensteine geplant.

Ein neues Umsetzungsprojekt bekommt die Standard-Meilensteine seiner Phasen; legen Sie im Reiter „Projekte“ ein Projekt an und tragen Sie hier die Termine ein.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZugangDialog</name>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="42"/>
        <source>Zugänge zum Programmkatalog</source>
        <translation>Zugänge zum Programmkatalog</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="44"/>
        <source>Welche Anmeldung am Server für welchen Beteiligten schreibt (was dessen Federführung und, für ein Land, dessen Nachnutzung erlaubt) oder als Programmleitung alles. Ändern dürfen das nur der Eigentümer des Katalogs und die Programmleitung; der Server prüft es.</source>
        <translation>Welche Anmeldung am Server für welchen Beteiligten schreibt (was dessen Federführung und, für ein Land, dessen Nachnutzung erlaubt) oder als Programmleitung alles. Ändern dürfen das nur der Eigentümer des Katalogs und die Programmleitung; der Server prüft es.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="53"/>
        <source>Anmeldung</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="53"/>
        <source>Zugang</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="57"/>
        <source>Anmeldungen mit Zugang</source>
        <translation>Anmeldungen mit Zugang</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="67"/>
        <source>Name der Anmeldung am Server</source>
        <translation>Name der Anmeldung am Server</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="71"/>
        <location filename="../ui/views/zugangdialog.cpp" line="135"/>
        <source>Programmleitung</source>
        <translation>Programmleitung</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="82"/>
        <source>&amp;Anmeldung:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="83"/>
        <source>&amp;Zugang:</source>
        <translation>&amp;Zugang:</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="85"/>
        <source>Zugang &amp;geben</source>
        <translation>Zugang &amp;geben</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="87"/>
        <source>Gibt der Anmeldung den gewählten Zugang; hat sie schon einen, tritt er an dessen Stelle.</source>
        <translation>Gibt der Anmeldung den gewählten Zugang; hat sie schon einen, tritt er an dessen Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="90"/>
        <source>Zugang &amp;entziehen</source>
        <translation>Zugang &amp;entziehen</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="92"/>
        <source>Nimmt der in der Liste gewählten Anmeldung ihren Zugang.</source>
        <translation>Nimmt der in der Liste gewählten Anmeldung ihren Zugang.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="137"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="158"/>
        <source>Noch hat keine Anmeldung Zugang zu diesem Katalog. Geben Sie unten den Namen einer Anmeldung am Server ein und wählen Sie, wofür sie schreibt.</source>
        <translation>Noch hat keine Anmeldung Zugang zu diesem Katalog. Geben Sie unten den Namen einer Anmeldung am Server ein und wählen Sie, wofür sie schreibt.</translation>
    </message>
</context>
</TS>
