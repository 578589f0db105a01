<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
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
        <translation>The program could not be restarted; please start it yourself.</translation>
    </message>
</context>
<context>
    <name>tfp::Catalog</name>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="56"/>
        <source>Die Datei „%1“ gibt es schon; ein neuer Katalog überschreibt keine Datei.</source>
        <translation>The file “%1” exists already; a new catalog never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="60"/>
        <source>Der Ordner „%1“ für den neuen Katalog gibt es nicht.</source>
        <translation>The folder “%1” for the new catalog does not exist.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="65"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="67"/>
        <source>keine Berechtigung, in diesem Ordner zu schreiben</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="69"/>
        <location filename="../core/storage/catalogcreate.cpp" line="87"/>
        <location filename="../core/storage/catalogcreate.cpp" line="112"/>
        <source>Der Katalog „%1“ kann nicht angelegt werden: %2</source>
        <translation>The catalog “%1” cannot be created: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="103"/>
        <source>Der Katalog „%1“ kann nicht gespeichert werden: %2</source>
        <translation>The catalog “%1” cannot be saved: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="114"/>
        <source>der Datenträger ist voll (kein Speicherplatz mehr frei)</source>
        <translation>the disk is full (no space left)</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogcreate.cpp" line="127"/>
        <source>Der Katalog „%1“ kann nicht angelegt werden (Datei entstand gleichzeitig oder Ordner nicht beschreibbar).</source>
        <translation>The catalog “%1” cannot be created (the file appeared at the same time, or the folder is not writable).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="43"/>
        <source>Der Katalog „%1“ hat noch keinen Schlüssel für Workshop-Pakete und ist schreibgeschützt geöffnet: %2</source>
        <translation>The catalog “%1” has no key for workshop packages yet and is open read-only: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="90"/>
        <source>Interner Fehler: „%1“ des Katalogs kann nicht geändert werden.</source>
        <translation>Internal error: “%1” of the catalog cannot be changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogmeta.cpp" line="93"/>
        <source>Der Katalog „%1“ wurde inzwischen geändert (%2).</source>
        <translation>The catalog “%1” has been changed meanwhile (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/planrows.cpp" line="27"/>
        <source>Interner Fehler: die Verbindung „%1“ ist keine offene Verbindung zu einem Katalog.</source>
        <translation>Internal error: the connection “%1” is not an open connection to a catalog.</translation>
    </message>
</context>
<context>
    <name>tfp::analysis</name>
    <message>
        <location filename="../core/analysis/coverage.cpp" line="91"/>
        <source>Für die Abdeckung fehlt das heutige Datum.</source>
        <translation>Today&apos;s date is missing for the coverage.</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="130"/>
        <source>höchste Priorität</source>
        <translation>highest priority</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="132"/>
        <source>hohe Priorität</source>
        <translation>high priority</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="134"/>
        <source>mittlere Priorität</source>
        <translation>medium priority</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="136"/>
        <source>niedrige Priorität</source>
        <translation>low priority</translation>
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
        <translation>Direct digitalisation</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="151"/>
        <source>vorhandene Lösung nachnutzen</source>
        <translation>reuse an existing solution</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="167"/>
        <source>Das Kriterium „%1“ hat das Gewicht %2; erwartet wird eine Zahl ab 0.</source>
        <translation>The criterion “%1” has the weight %2; expected a number from 0.</translation>
    </message>
    <message>
        <location filename="../core/analysis/prioritisation.cpp" line="213"/>
        <source>Das Themenfeld %1 gibt es im Katalog nicht.</source>
        <translation>The catalog has no topic area %1.</translation>
    </message>
    <message>
        <location filename="../core/analysis/progress.cpp" line="242"/>
        <source>Für den Zeitplan fehlt das heutige Datum.</source>
        <translation>Today&apos;s date is missing for the schedule.</translation>
    </message>
    <message>
        <location filename="../core/analysis/progress.cpp" line="210"/>
        <location filename="../core/analysis/schedule.cpp" line="23"/>
        <source>„%1“ (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="48"/>
        <source>Abhängigkeit verletzt</source>
        <translation>Dependency broken</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="50"/>
        <source>außerhalb der Projektlaufzeit</source>
        <translation>outside the project&apos;s term</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="52"/>
        <source>Phasen in falscher Reihenfolge</source>
        <translation>Phases out of order</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="54"/>
        <source>Erreicht-Datum in der Zukunft</source>
        <translation>Reached date in the future</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="67"/>
        <source>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5).</source>
        <translation>
            <numerusform>%1 is on %2, %n day before the earliest date %3: it follows %4 (%5).</numerusform>
            <numerusform>%1 is on %2, %n days before the earliest date %3: it follows %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="70"/>
        <source>%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5) mit %6 Abstand.</source>
        <translation>
            <numerusform>%1 is on %2, %n day before the earliest date %3: it follows %4 (%5) with a lag of %6.</numerusform>
            <numerusform>%1 is on %2, %n days before the earliest date %3: it follows %4 (%5) with a lag of %6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="73"/>
        <source>1 Tag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="73"/>
        <source>%1 Tagen</source>
        <translation>%1 days</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="76"/>
        <source>%1 liegt am %2, %n Tage vor dem Projektbeginn %3.</source>
        <translation>
            <numerusform>%1 is on %2, %n day before the project&apos;s start %3.</numerusform>
            <numerusform>%1 is on %2, %n days before the project&apos;s start %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="78"/>
        <source>%1 liegt am %2, %n Tage nach dem Projektende %3.</source>
        <translation>
            <numerusform>%1 is on %2, %n day after the project&apos;s end %3.</numerusform>
            <numerusform>%1 is on %2, %n days after the project&apos;s end %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="81"/>
        <source>%1 liegt am %2, %n Tage vor %3 (%4) aus einer früheren Phase.</source>
        <translation>
            <numerusform>%1 is on %2, %n day before %3 (%4) of an earlier phase.</numerusform>
            <numerusform>%1 is on %2, %n days before %3 (%4) of an earlier phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/schedule.cpp" line="84"/>
        <source>%1 ist als erreicht am %2 eingetragen, %n Tage nach dem Stichtag %3.</source>
        <translation>
            <numerusform>%1 is entered as reached on %2, %n day after the reference date %3.</numerusform>
            <numerusform>%1 is entered as reached on %2, %n days after the reference date %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/schedule.cpp" line="94"/>
        <source>Für die Terminprüfung fehlt ein gültiger Stichtag.</source>
        <translation>The schedule check needs a valid reference date.</translation>
    </message>
</context>
<context>
    <name>tfp::cli</name>
    <message>
        <location filename="../app/tfp/cli.cpp" line="27"/>
        <source>Sprache der Ausgabe: de (Vorgabe) oder en; ebenso die Umgebungsvariable TFP_LANG.</source>
        <translation>Language of the output: de (default) or en; the environment variable TFP_LANG does the same.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="29"/>
        <source>SPRACHE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="47"/>
        <source>falsche Anzahl von Argumenten; siehe „%1 --help“.</source>
        <translation>wrong number of arguments; see “%1 --help”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="84"/>
        <source>%1 erwartet de oder en, nicht „%2“.</source>
        <translation>%1 expects de or en, not “%2”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="176"/>
        <source>unbekanntes Themenfeld „%1“; gültig sind: %2</source>
        <translation>unknown topic area “%1”; valid are: %2</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="29"/>
        <source>Priorisierung %1
</source>
        <translation>Prioritisation %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="38"/>
        <source>Welle %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="39"/>
        <source>nicht bewertet</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="41"/>
        <source> (unsicher)</source>
        <translation> (unsure)</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="47"/>
        <source>Zyklus in den Abhängigkeiten: %1
</source>
        <translation>Cycle in the dependencies: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="50"/>
        <source>Konflikt: %1 (Rang %2) hängt ab von %3 (Rang %4)
</source>
        <translation>Conflict: %1 (rank %2) depends on %3 (rank %4)
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
        <translation>The catalog (*.tfplan).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="63"/>
        <source>Das Themenfeld, dessen Leistungen priorisiert werden.</source>
        <translation>The topic area whose services are prioritised.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="64"/>
        <location filename="../app/tfp/cmd_analysis.cpp" line="130"/>
        <location filename="../app/tfp/cmd_catalog.cpp" line="39"/>
        <source>Ausgabe als ein JSON-Objekt.</source>
        <translation>Output as one JSON object.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="68"/>
        <source>Priorisiert die Leistungen eines Themenfelds: Score, Rang, Kategorie, Format, Welle und Sensitivität.</source>
        <translation>Prioritises the services of a topic area: score, rank, category, format, wave and sensitivity.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="73"/>
        <source>--themenfeld NAME fehlt; siehe „%1 --help“.</source>
        <translation>--themenfeld NAME is missing; see “%1 --help”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="96"/>
        <source>Leistungen: %1
</source>
        <translation>Services: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="104"/>
        <source>OZG-konform (Reifegrad ≥ 3): %1 (%2)
</source>
        <translation>OZG-compliant (maturity level ≥ 3): %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="105"/>
        <source>ohne Projekt: %1
</source>
        <translation>without a project: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="106"/>
        <source>ohne Onlinedienst: %1
</source>
        <translation>without an online service: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="107"/>
        <source>Lagen ohne Aktivität: %1
</source>
        <translation>Life/business situations without activity: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="108"/>
        <source>Projekte ohne Meilensteine: %1
</source>
        <translation>Projects without milestones: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="109"/>
        <source>Meilensteine überfällig: %1, verzögert: %2
</source>
        <translation>Milestones overdue: %1, delayed: %2
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="112"/>
        <source>Terminkonflikte: %1
</source>
        <translation>Schedule conflicts: %1
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="122"/>
        <source>Nur dieses Themenfeld (sonst das ganze Programm).</source>
        <translation>Only this topic area (otherwise the whole programme).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="125"/>
        <source>alle (Vorgabe) oder foederal: nur Leistungen des Digitalisierungsprogramms Föderal.</source>
        <translation>alle (default) or foederal: only services of the federal-state programme.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="128"/>
        <source>Stichtag für überfällige Meilensteine und Terminkonflikte (Vorgabe: heute).</source>
        <translation>Reference date for overdue milestones and schedule conflicts (default: today).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="132"/>
        <source>Zeigt die Abdeckung: Status, Reifegrad, Onlinedienste und Lücken.</source>
        <translation>Shows the coverage: status, maturity level, online services and gaps.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="148"/>
        <source>--scope erwartet alle oder foederal, nicht „%1“.</source>
        <translation>--scope expects alle or foederal, not “%1”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="173"/>
        <source>Leistungen eines Themenfelds priorisieren und in Wellen planen</source>
        <translation>prioritise the services of a topic area and plan them in waves</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_analysis.cpp" line="175"/>
        <source>Abdeckung und Lücken eines Themenfelds oder des Programms zeigen</source>
        <translation>show the coverage and gaps of a topic area or of the programme</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="23"/>
        <location filename="../app/tfp/cmd_json.cpp" line="53"/>
        <source>Der neue Katalog (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>The new catalog (*.tfplan); an existing file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="25"/>
        <source>Legt einen neuen Katalog mit dem eingebetteten OZG-Katalog an.</source>
        <translation>Creates a new catalog with the embedded OZG catalog.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="41"/>
        <source>Zählt den Inhalt eines Katalogs und zeigt die Federführung.</source>
        <translation>Counts the contents of a catalog and shows the lead.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="66"/>
        <source>Der Katalog, den das Öffnen ablehnt (*.tfplan); er bleibt unverändert.</source>
        <translation>The catalog that opening refuses (*.tfplan); it stays unchanged.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="68"/>
        <source>Der neue, bereinigte Katalog; eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>The new, cleaned catalog; an existing file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="69"/>
        <source>NEU</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="72"/>
        <source>Kopiert alle gültigen Einträge eines abgelehnten Katalogs (mit Katalogkennung und Journal, soweit gültig) in einen neuen Katalog und nennt, was ausgelassen wurde und warum.</source>
        <translation>Copies all valid entries of a refused catalog (with catalog id and journal where valid) into a new catalog and names what was left out and why.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="78"/>
        <source>-o NEU fehlt; siehe „tfp repair --help“.</source>
        <translation>-o NEW is missing; see “tfp repair --help”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="85"/>
        <source>ausgelassen: %1</source>
        <translation>left out: %1</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="87"/>
        <source>Neuer Katalog „%1“ (Kennung %2, %3): %4 Einträge und %5 Journaleinträge übernommen, %6 Angaben ausgelassen.
</source>
        <translation>New catalog “%1” (id %2, %3): %4 entries and %5 journal entries taken over, %6 items left out.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="89"/>
        <source>übernommen</source>
        <translation>taken over</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="89"/>
        <source>neu vergeben</source>
        <translation>newly assigned</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="104"/>
        <source>neuen Katalog aus dem eingebetteten OZG-Katalog anlegen</source>
        <translation>create a new catalog from the embedded OZG catalog</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="105"/>
        <source>Inhalt und Federführung eines Katalogs zählen</source>
        <translation>count the contents and lead of a catalog</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_catalog.cpp" line="107"/>
        <source>gültige Einträge eines abgelehnten Katalogs in einen neuen Katalog kopieren</source>
        <translation>copy the valid entries of a refused catalog into a new catalog</translation>
    </message>
    <message>
        <location filename="../app/tfp/cli.cpp" line="160"/>
        <source>--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“.</source>
        <translation>--%1 expects a date YYYY-MM-DD, not ‘%2’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="23"/>
        <source>--%1 erwartet eine ganze Zahl Pixel, nicht „%2“.</source>
        <translation>--%1 expects a whole number of pixels, not ‘%2’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="33"/>
        <source>Das Themenfeld (sonst das ganze Programm).</source>
        <translation>The topic area (otherwise the whole programme).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="36"/>
        <source>Das Diagramm: status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet.</source>
        <translation>The chart: status, reifegrad, burnup, gantt, nachnutzung, budget or prioritaet.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="37"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="31"/>
        <location filename="../app/tfp/cmd_exchange.cpp" line="91"/>
        <source>ART</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="38"/>
        <source>Die Ausgabedatei: .png oder .svg.</source>
        <translation>The output file: .png or .svg.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="39"/>
        <source>Breite in Pixeln (Vorgabe 1360).</source>
        <translation>Width in pixels (default 1360).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="41"/>
        <source>Höhe in Pixeln (Vorgabe: 800 bei 1360 Breite; ein Gantt so hoch, dass alle Projekte lesbar sind).</source>
        <translation>Height in pixels (default: 800 at a width of 1360; a Gantt chart tall enough for all projects to be legible).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="44"/>
        <source>alle (Vorgabe) oder foederal.</source>
        <translation>alle (default) or foederal.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="45"/>
        <source>Das Datum „heute“ im Diagramm (Vorgabe: heute).</source>
        <translation>The ‘today’ date in the chart (default: today).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="46"/>
        <source>Gantt und Go-live: Beginn des gezeigten Zeitraums.</source>
        <translation>Gantt and go-live: start of the period shown.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="47"/>
        <source>Gantt und Go-live: Ende des gezeigten Zeitraums.</source>
        <translation>Gantt and go-live: end of the period shown.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="50"/>
        <source>Zeichnet ein Diagramm des Themenfelds oder des Programms als PNG- oder SVG-Datei, mit denselben Zahlen wie die Übersicht in der Anwendung.</source>
        <translation>Draws a chart of the topic area or the programme as a PNG or SVG file, with the same figures as the Overview in the application.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="56"/>
        <source>--kind muss status, reifegrad, burnup, gantt, nachnutzung, budget oder prioritaet sein.</source>
        <translation>--kind must be status, reifegrad, burnup, gantt, nachnutzung, budget or prioritaet.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="62"/>
        <source>-o AUSGABE fehlt: die Datei, in die das Diagramm geschrieben wird (.png oder .svg).</source>
        <translation>-o OUTPUT is missing: the file the chart is written to (.png or .svg).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="66"/>
        <source>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</source>
        <translation>‘%1’: the chart can only be saved as .png or .svg.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="89"/>
        <source>--bis (%1) muss nach --von (%2) liegen.</source>
        <translation>--bis (%1) must be after --von (%2).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_chart.cpp" line="144"/>
        <source>ein Diagramm des Themenfelds oder Programms als PNG oder SVG zeichnen</source>
        <translation>draw a chart of the topic area or programme as PNG or SVG</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="35"/>
        <source>BLATT</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="36"/>
        <source>Zeigt nur, was sich ändern würde; schreibt nichts.</source>
        <translation>Only shows what would change; writes nothing.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="41"/>
        <source>Importiert eine Tabelle in den Katalog: Zeilen werden über ihren Schlüssel (OZG-ID, Projekt, Meilenstein) zugeordnet und aktualisiert, nie verdoppelt. Ganz oder gar nicht.</source>
        <translation>Imports a table into the catalog: rows are matched by their key (OZG ID, project, milestone) and updated, never duplicated. All or nothing.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="76"/>
        <source>„%1“ wurde nicht importiert; der Katalog ist unverändert.</source>
        <translation>“%1” was not imported; the catalog is unchanged.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="34"/>
        <source>Tabellenblatt einer .xlsx- oder .ods-Datei: Name oder Nummer (Standard: das erste).</source>
        <translation>Sheet of an .xlsx or .ods file: name or number (default: the first).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="38"/>
        <source>Bericht als JSON (Aufbau: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Report as JSON (layout: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="93"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="94"/>
        <source>Die Ausgabedatei.</source>
        <translation>The output file.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="94"/>
        <location filename="../app/tfp/cmd_history.cpp" line="52"/>
        <location filename="../app/tfp/cmd_json.cpp" line="28"/>
        <location filename="../app/tfp/cmd_review.cpp" line="28"/>
        <source>AUSGABE</source>
        <translation>OUTPUT</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="95"/>
        <source>Nur dieses Themenfeld.</source>
        <translation>Only this topic area.</translation>
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
        <translation>import a table (CSV, .xlsx, .ods, dashboard export) into the catalog</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="149"/>
        <source>Tabellen als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Meilensteine als Kalender (.ics)</source>
        <translation>tables as CSV, Excel workbook or OpenDocument spreadsheet, or milestones as a calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="122"/>
        <source>Das Themenfeld „%1“ gibt es nicht.</source>
        <translation>The topic area “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="26"/>
        <source>Die CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods); für zeitplan die MS-Project-XML-Datei.</source>
        <translation>The CSV, Excel (.xlsx) or OpenDocument (.ods) file; for zeitplan the MS Project XML file.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="29"/>
        <source>Was die Datei enthält: leistungen, projekte, meilensteine, dashboard oder zeitplan (MS-Project-XML aus tfp export --kind zeitplan).</source>
        <translation>What the file holds: leistungen, projekte, meilensteine, dashboard or zeitplan (MS Project XML from tfp export --kind zeitplan).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="48"/>
        <source>--kind muss leistungen, projekte, meilensteine, dashboard oder zeitplan sein.</source>
        <translation>--kind must be leistungen, projekte, meilensteine, dashboard or zeitplan.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="89"/>
        <source>leistungen, projekte, meilensteine, (nur xlsx und ods) arbeitsplan oder (nur mspdi) zeitplan.</source>
        <translation>leistungen, projekte, meilensteine, (xlsx and ods only) arbeitsplan or (mspdi only) zeitplan.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="92"/>
        <source>csv, xlsx, ods, (nur meilensteine) ics oder (nur zeitplan) mspdi.</source>
        <translation>csv, xlsx, ods, (meilensteine only) ics or (zeitplan only) mspdi.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="96"/>
        <source>Nur dieses Projekt (Nummer; Projekte, Meilensteine und Zeitplan).</source>
        <translation>Only this project (number; projects, milestones and schedule).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="101"/>
        <source>Exportiert Tabellen des Arbeitsplans als CSV, Excel-Arbeitsmappe, OpenDocument-Tabelle oder Kalender, den Zeitplan als MS-Project-XML.</source>
        <translation>Exports tables of the work plan as CSV, Excel workbook, OpenDocument spreadsheet or calendar, the schedule as MS Project XML.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="109"/>
        <source>erwartet: --kind leistungen|projekte|meilensteine|arbeitsplan|zeitplan, --format csv|xlsx|ods|ics|mspdi (ics nur für meilensteine, arbeitsplan nur für xlsx und ods, zeitplan nur als mspdi) und -o AUSGABE.</source>
        <translation>expected: --kind leistungen|projekte|meilensteine|arbeitsplan|zeitplan, --format csv|xlsx|ods|ics|mspdi (ics only for meilensteine, arbeitsplan only for xlsx and ods, zeitplan only as mspdi) and -o OUTPUT.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_exchange.cpp" line="132"/>
        <source>Ein Projekt mit der Nummer „%1“ gibt es nicht.</source>
        <translation>There is no project with the number ‘%1’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="41"/>
        <source>Änderungen ab diesem Tag (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>Changes from this day (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="41"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="53"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="54"/>
        <location filename="../app/tfp/cmd_pdf.cpp" line="55"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="43"/>
        <source>Änderungen seit dem Stand dieses Namens (siehe „tfp stand“).</source>
        <translation>Changes since the snapshot of this name (see “tfp stand”).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="44"/>
        <source>Nur Änderungen dieses Themenfelds.</source>
        <translation>Only changes of this topic area.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="47"/>
        <source>Nur Änderungen dieser Tabelle (leistung, projekt, meilenstein …), mit „:SCHLÜSSEL“ nur eines Eintrags.</source>
        <translation>Only changes of this table (leistung, projekt, meilenstein …), with “:KEY” only of one entry.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="49"/>
        <source>TABELLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="50"/>
        <source>Nur Änderungen dieser Person.</source>
        <translation>Only changes by this person.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="51"/>
        <source>Schreibt die Änderungen als CSV (Semikolon, UTF-8) nach AUSGABE.</source>
        <translation>Writes the changes as CSV (semicolon, UTF-8) to OUTPUT.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="55"/>
        <source>Zeigt die Änderungen seit einem Datum oder einem Stand: wer, wann, alt → neu.</source>
        <translation>Shows the changes since a date or a snapshot: who, when, old → new.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="60"/>
        <source>„--since“ und „--stand“ schließen einander aus.</source>
        <translation>“--since” and “--stand” exclude each other.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="66"/>
        <source>„--since“ erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%1“.</source>
        <translation>“--since” expects a date (YYYY-MM-DD or DD.MM.YYYY), not “%1”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="76"/>
        <source>„--entity“ erwartet eine Tabelle, gegebenenfalls mit „:SCHLÜSSEL“; Tabellen: %1.</source>
        <translation>“--entity” expects a table, optionally with “:KEY”; tables: %1.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="94"/>
        <source>Im Katalog „%1“ gibt es keinen Stand „%2“; es gibt: %3.</source>
        <translation>The catalog “%1” has no snapshot “%2”; there are: %3.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="96"/>
        <source>keinen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="104"/>
        <source>%1 Änderungen nach „%2“ geschrieben.
</source>
        <translation>%1 changes written to “%2”.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="117"/>
        <source>Keine Änderungen.
</source>
        <translation>No changes.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="130"/>
        <source>Der Name des Stands, z. B. „Stand Steuerungskreis 14.11.2026“.</source>
        <translation>The name of the snapshot, e.g. “Snapshot Steuerungskreis 14.11.2026”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="134"/>
        <source>Hält den Plan, wie er jetzt ist, unter einem Namen fest; „tfp changes --stand NAME“ zeigt später, was sich seitdem geändert hat.</source>
        <translation>Records the plan as it is now under a name; “tfp changes --stand NAME” later shows what has changed since.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="145"/>
        <source>Stand „%1“ festgehalten (Revision %2).
</source>
        <translation>Snapshot “%1” recorded (revision %2).
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="158"/>
        <source>Änderungen seit einem Datum oder Stand zeigen</source>
        <translation>show the changes since a date or snapshot</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_history.cpp" line="159"/>
        <source>den Plan unter einem Namen festhalten</source>
        <translation>record the plan under a name</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="27"/>
        <source>Schreibt das Dokument in AUSGABE statt auf die Standardausgabe.</source>
        <translation>Writes the document to OUTPUT instead of standard output.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="31"/>
        <source>Schreibt den ganzen Plan als versioniertes JSON-Dokument (Format: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Writes the whole plan as a versioned JSON document (format: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="54"/>
        <source>Das JSON-Dokument, das „tfp export-json“ geschrieben hat.</source>
        <translation>The JSON document that “tfp export-json” wrote.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="56"/>
        <source>Legt einen neuen Katalog aus einem JSON-Dokument an: ganz oder gar nicht.</source>
        <translation>Creates a new catalog from a JSON document: all or nothing.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="77"/>
        <source>ganzen Plan als JSON-Dokument ausgeben</source>
        <translation>write the whole plan as a JSON document</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_json.cpp" line="78"/>
        <source>neuen Katalog aus einem JSON-Dokument anlegen</source>
        <translation>create a new catalog from a JSON document</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="24"/>
        <source>Das Themenfeld, das der Workshop prüft.</source>
        <translation>The topic area the workshop reviews.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="27"/>
        <source>Das neue Workshop-Paket (*.tfreview); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>The new workshop package (*.tfreview); an existing file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="32"/>
        <source>Erstellt ein Workshop-Paket: ein Themenfeld des Katalogs als eigene Datei, die ohne den Katalog geöffnet, geprüft und bearbeitet werden kann.</source>
        <translation>Creates a workshop package: one topic area of the catalog as a file of its own that can be opened, reviewed and edited without the catalog.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="38"/>
        <source>„--themenfeld NAME“ und „-o AUSGABE“ sind nötig; siehe „%1 --help“.</source>
        <translation>“--themenfeld NAME” and “-o OUTPUT” are required; see “%1 --help”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="47"/>
        <source>Workshop-Paket „%1“ für „%2“ erstellt (Katalog-Revision %3).
</source>
        <translation>Workshop package “%1” for “%2” created (catalog revision %3).
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="83"/>
        <source>Der Katalog (*.tfplan), aus dem das Paket stammt.</source>
        <translation>The catalog (*.tfplan) the package came from.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="84"/>
        <source>Das Workshop-Paket (*.tfreview).</source>
        <translation>The workshop package (*.tfreview).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="86"/>
        <source>Zeigt nur, was übernommen würde und was in Konflikt steht; ändert nichts.</source>
        <translation>Only shows what would be merged and what conflicts; changes nothing.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="89"/>
        <source>Ausgabe als ein JSON-Objekt (Format: /usr/share/doc/themenfeldplaner/formats.md).</source>
        <translation>Output as one JSON object (format: /usr/share/doc/themenfeldplaner/formats.md).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="91"/>
        <source>Übernimmt das Mittel der Stimmen des Workshops (gerundet) als Bewertung.</source>
        <translation>Takes the mean of the workshop&apos;s votes (rounded) as the score.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="94"/>
        <source>Entscheidet Konflikte: „katalog“ oder „paket“ für alle noch offenen, „ID=katalog“ oder „ID=paket“ für einen (die IDs zeigt --dry-run). Mehrfach möglich.</source>
        <translation>Decides conflicts: “katalog” or “paket” for all still open ones, “ID=katalog” or “ID=paket” for one (--dry-run shows the IDs). May be repeated.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="96"/>
        <source>ENTSCHEIDUNG</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="100"/>
        <source>Übernimmt das Ergebnis eines Workshop-Pakets in seinen Katalog: Feld für Feld gegen den Stand, aus dem das Paket erstellt wurde, in einem Schritt.</source>
        <translation>Merges the result of a workshop package into its catalog: field by field against the state the package was created from, in one step.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="106"/>
        <source>„--resolve“ erwartet „katalog“, „paket“, „ID=katalog“ oder „ID=paket“.</source>
        <translation>“--resolve” expects “katalog”, “paket”, “ID=katalog” or “ID=paket”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="121"/>
        <source>„%1“ ist kein Konflikt dieses Pakets; die Konflikte und ihre IDs zeigt „--dry-run“.</source>
        <translation>“%1” is not a conflict of this package; “--dry-run” shows the conflicts and their IDs.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="132"/>
        <source>„%1“: offene Konflikte: %2. Entscheiden Sie mit „--resolve katalog“ oder „--resolve paket“, einzeln mit „--resolve ID=…“ (die IDs zeigt „--dry-run“); nichts wurde geändert.</source>
        <translation>“%1”: open conflicts: %2. Decide with “--resolve katalog” or “--resolve paket”, one by one with “--resolve ID=…” (“--dry-run” shows the IDs); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="159"/>
        <source>Workshop-Paket für ein Themenfeld erstellen</source>
        <translation>create a workshop package for a topic area</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_review.cpp" line="160"/>
        <source>Workshop-Ergebnis in den Katalog übernehmen</source>
        <translation>merge a workshop result into the catalog</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="29"/>
        <source>abgebrochen (Signal %1).</source>
        <translation>cancelled (signal %1).</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="91"/>
        <source>Aufruf: tfp BEFEHL [OPTIONEN] …

Befehle:
</source>
        <translation>Usage: tfp COMMAND [OPTIONS] …

Commands:
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="94"/>
        <source>
„tfp BEFEHL --help“ beschreibt einen Befehl.
</source>
        <translation>
“tfp COMMAND --help” describes a command.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="95"/>
        <source>„tfp --lang en BEFEHL …“ oder TFP_LANG=en antwortet auf Englisch.
</source>
        <translation>“tfp --lang en COMMAND …” or TFP_LANG=en answers in English.
</translation>
    </message>
    <message>
        <location filename="../app/tfp/main.cpp" line="118"/>
        <source>unbekannter Befehl „%1“; „tfp --help“ listet alle.</source>
        <translation>unknown command “%1”; “tfp --help” lists them all.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="31"/>
        <source>--%1 erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „%2“.</source>
        <translation>--%1 expects a date (YYYY-MM-DD or DD.MM.YYYY), not ‘%2’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="40"/>
        <source>Das Themenfeld, dessen Arbeitsplan geschrieben wird.</source>
        <translation>The topic area whose work plan is written.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="41"/>
        <source>Die Arbeitspläne aller Themenfelder, je eine Datei im Ordner von -o.</source>
        <translation>The work plans of all topic areas, one file each in the folder given by -o.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="50"/>
        <source>Die Abschnitte, durch Kommas getrennt (Vorgabe: alle): deckblatt, ueberblick, priorisierung, projekte, zeitplan, meilensteine, abdeckung, risiken, anhang.</source>
        <translation>The sections, separated by commas (default: all): deckblatt, ueberblick, priorisierung, projekte, zeitplan, meilensteine, abdeckung, risiken, anhang.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="53"/>
        <source>Beginn des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>Start of the schedule (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="54"/>
        <source>Ende des Zeitplans (JJJJ-MM-TT oder TT.MM.JJJJ).</source>
        <translation>End of the schedule (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="55"/>
        <source>Das Datum des Stands (Vorgabe: heute).</source>
        <translation>The date of the snapshot (default: today).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="57"/>
        <source>Vergleicht den Zeitplan mit den Terminen eines benannten Stands (tfp stand).</source>
        <translation>Compares the schedule with the dates of a named snapshot (tfp stand).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="60"/>
        <source>Autor in den PDF-Metadaten (Vorgabe: der Autor des Katalogs).</source>
        <translation>Author in the PDF metadata (default: the author of the catalogue).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="62"/>
        <source>Schreibt den Arbeitsplan eines Themenfelds als PDF.</source>
        <translation>Writes the work plan of a topic area as a PDF.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="66"/>
        <source>genau eines von --themenfeld NAME oder --all ist nötig; siehe „%1 --help“.</source>
        <translation>exactly one of --themenfeld NAME or --all is required; see ‘%1 --help’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="71"/>
        <source>-o AUS fehlt; siehe „%1 --help“.</source>
        <translation>-o OUT is missing; see ‘%1 --help’.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="79"/>
        <source>--format erwartet pdf oder odt, nicht „%1“.</source>
        <translation>--format expects pdf or odt, not “%1”.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="88"/>
        <source>%1: bearbeitbarer Arbeitsplan (ODT)
</source>
        <translation>%1: editable work plan (ODT)
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="100"/>
        <source>--from %1 liegt nach --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="149"/>
        <source>den Arbeitsplan eines oder aller Themenfelder als PDF oder ODT schreiben</source>
        <translation>write the work plan of one or all topic areas as PDF or ODT</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="92"/>
        <source>%1: %2 Seiten
</source>
        <translation>%1: %2 pages
</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="43"/>
        <source>Die PDF- oder ODT-Datei (mit --all: der Ordner).</source>
        <translation>The PDF or ODT file (with --all: the folder).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="46"/>
        <source>pdf (zum Versenden) oder odt (bearbeitbar, OpenDocument-Text); Vorgabe: odt, wenn AUS auf .odt endet, sonst pdf.</source>
        <translation>pdf (for sending) or odt (editable, OpenDocument text); default: odt when OUT ends in .odt, otherwise pdf.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="122"/>
        <source>„%1“ ist kein Ordner; mit --all nennt -o den Ordner für die PDF-Dateien.</source>
        <translation>‘%1’ is not a folder; with --all, -o names the folder for the PDF files.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_pdf.cpp" line="126"/>
        <source>Der Ordner „%1“ kann nicht angelegt werden.</source>
        <translation>The folder ‘%1’ cannot be created.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="17"/>
        <source>Die Datenbank als PostgreSQL-Adresse: postgresql://host[:port]/db, postgresql:///db?host=/socket/ordner oder postgres://benutzer@host/db. Ohne Passwort: libpq nimmt es aus ~/.pgpass (oder PGPASSFILE) oder meldet sich mit Kerberos an.</source>
        <translation>The database as a PostgreSQL address: postgresql://host[:port]/db, postgresql:///db?host=/socket/folder or postgres://user@host/db. Without a password: libpq takes it from ~/.pgpass (or PGPASSFILE) or logs in with Kerberos.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="59"/>
        <source>Legt fest, was eine Anmeldung der Datenbank im Katalog schreiben darf; der Server setzt es durch. Lesen darf jede Anmeldung mit Zugang alles.</source>
        <translation>Sets what a database login may write in the catalog; the server enforces it. Every login with access may read everything.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="61"/>
        <source>Die Anmeldung (Rolle) in der Datenbank, wie ihr Administrator sie angelegt hat.</source>
        <translation>The login (role) in the database, as its administrator created it.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="64"/>
        <source>Das Kürzel eines Beteiligten des Katalogs (die Anmeldung schreibt, was seine Federführung als FF oder U und als Land seine Nachnutzung erlaubt), „Programmleitung“ (schreibt alles, auch den Katalog selbst) oder „keiner“ (nimmt den Zugang weg).</source>
        <translation>The Kürzel of a Beteiligter of the catalog (the login writes the topic areas it leads as lead or implementing party and, for a Land, its own reuse entries), “Programmleitung” (writes everything, the catalog itself included) or “keiner” (takes the access away).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="69"/>
        <source>Nennt jede Anmeldung mit Zugang zum Katalog und ihren Zugang, eine je Zeile.</source>
        <translation>Lists every login with access to the catalog and its access, one per line.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="93"/>
        <source>„%1“ ist keine PostgreSQL-Adresse (postgresql://… oder postgres://…).</source>
        <translation>“%1” is not a PostgreSQL address (postgresql://… or postgres://…).</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="113"/>
        <source>init, export, import, zugang oder zugaenge; „tfp server AKTION --help“ beschreibt jede.</source>
        <translation>init, export, import, zugang or zugaenge; “tfp server AKTION --help” describes each.</translation>
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
        <translation>A programme catalog on a PostgreSQL server:
  init URL               create the schema and fill it with the embedded OZG catalog
  export URL DATEI       write the server&apos;s catalog to a catalog file
  import URL DATEI       move a catalog file into an empty database
  zugang URL ANMELDUNG ZUGANG
                         set what a login may write
  zugaenge URL           list the logins with access</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="126"/>
        <source>unbekannte Aktion „%1“; „tfp server --help“ nennt init, export, import, zugang und zugaenge.</source>
        <translation>unknown action “%1”; “tfp server --help” lists init, export, import, zugang and zugaenge.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="137"/>
        <source>Programmkatalog auf einem PostgreSQL-Server anlegen, exportieren, importieren, Zugänge festlegen</source>
        <translation>Create, export and import a programme catalog on a PostgreSQL server, set access</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="41"/>
        <source>Legt das Schema des Katalogs in einer leeren PostgreSQL-Datenbank an und füllt sie mit dem eingebetteten OZG-Katalog, in einer Transaktion. Eine Datenbank, die schon Tabellen hat, bleibt unverändert.</source>
        <translation>Creates the catalog&apos;s schema in an empty PostgreSQL database and fills it with the embedded OZG catalog, in one transaction. A database that already has tables stays unchanged.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="47"/>
        <source>Schreibt den Katalog des Servers in eine neue Katalogdatei: alle Einträge, das Journal und die Katalogangaben, aus einem Stand der Datenbank.</source>
        <translation>Writes the server&apos;s catalog to a new catalog file: every entry, the journal and the catalog facts, from one consistent state of the database.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="50"/>
        <source>Die neue Katalogdatei (*.tfplan); eine vorhandene Datei wird nicht überschrieben.</source>
        <translation>The new catalog file (*.tfplan); an existing file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="53"/>
        <source>Überträgt eine Katalogdatei mit ihrem Journal in eine leere PostgreSQL-Datenbank, in einer Transaktion. Die Datei wird geprüft wie beim Öffnen; eine abgelehnte Datei lässt die Datenbank leer.</source>
        <translation>Moves a catalog file with its journal into an empty PostgreSQL database, in one transaction. The file is checked as on opening; a refused file leaves the database empty.</translation>
    </message>
    <message>
        <location filename="../app/tfp/cmd_server.cpp" line="56"/>
        <source>Die Katalogdatei (*.tfplan); sie bleibt unverändert.</source>
        <translation>The catalog file (*.tfplan); it stays unchanged.</translation>
    </message>
</context>
<context>
    <name>tfp::edit</name>
    <message>
        <location filename="../core/edit/changetext.cpp" line="26"/>
        <location filename="../core/edit/edits.cpp" line="37"/>
        <location filename="../ui/tableclipboard.cpp" line="32"/>
        <source>„%1“</source>
        <translation>‘%1’</translation>
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
        <translation>Dependency: %1 after %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="53"/>
        <source>%1 von %n OZG-Leistungen auf %2 setzen</source>
        <translation>
            <numerusform>Set %1 of %n OZG service to %2</numerusform>
            <numerusform>Set %1 of %n OZG services to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="72"/>
        <source>Abhängigkeit anlegen: %1 nach %2 (Abstand %n Tage)</source>
        <translation>
            <numerusform>Add dependency: %1 after %2 (lag %n day)</numerusform>
            <numerusform>Add dependency: %1 after %2 (lag %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="73"/>
        <source>%1 auf %2 verschieben, %n abhängige Meilensteine mit</source>
        <translation>
            <numerusform>Move %1 to %2, taking %n dependent milestone along</numerusform>
            <numerusform>Move %1 to %2, taking %n dependent milestones along</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="74"/>
        <source>%n offene Meilensteine von %1 verschieben</source>
        <translation>
            <numerusform>Move %n open milestone of %1</numerusform>
            <numerusform>Move %n open milestones of %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="87"/>
        <source>Stimmen von %1 erfassen</source>
        <translation>Record votes of %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="89"/>
        <source>Import „%1“: %2 neu, %3 geändert</source>
        <translation>Import “%1”: %2 new, %3 changed</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="90"/>
        <source>Workshop-Ergebnis „%1“ übernehmen</source>
        <translation>Merge workshop result “%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="91"/>
        <source>Rückgängig: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="92"/>
        <source>Import aus %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="93"/>
        <source>Workshop-Paket %1</source>
        <translation>Workshop package %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="466"/>
        <source>%1 dem Projekt %2 zugeordnet</source>
        <translation>%1 assigned to project %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="467"/>
        <source>%1 vom Projekt %2 gelöst</source>
        <translation>%1 removed from project %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="472"/>
        <source>%1 angelegt</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="472"/>
        <source>%1 gelöscht</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="478"/>
        <source>%1 von %2: %3 → %4</source>
        <translation>%1 of %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="30"/>
        <source>%1 %2 gibt es nicht (mehr).</source>
        <translation>%1 %2 does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="42"/>
        <source>Projekt %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="43"/>
        <source>Federführung von %1</source>
        <translation>Lead of %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="44"/>
        <source>Nachnutzung durch %1</source>
        <translation>Reuse by %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="45"/>
        <source>Kommentar %1</source>
        <translation>Comment %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="46"/>
        <source>Kommentar zu %1: %2</source>
        <translation>Comment on %1: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="47"/>
        <source>Zuordnung von %1 zu %2</source>
        <translation>Assignment of %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="48"/>
        <source>Bewertung %1 von %2</source>
        <translation>Score %1 of %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="49"/>
        <source>Stimme von %1 zu %2 für %3</source>
        <translation>Vote of %1 on %2 for %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="50"/>
        <source>Zahlungsplan %1/Q%2</source>
        <translation>Payment plan %1/Q%2</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="76"/>
        <source>„%1“ (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="90"/>
        <source>%1 kann nicht von sich selbst abhängen.</source>
        <translation>%1 cannot depend on itself.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="108"/>
        <source>%1 kann nicht von %2 abhängen: das schlösse einen Kreis, in dem jeder Meilenstein vor dem nächsten liegen müsste (%3).</source>
        <translation>%1 cannot depend on %2: that would close a cycle in which every milestone would have to come before the next (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="124"/>
        <source>%1 von %2: %3.</source>
        <translation>%1 of %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="129"/>
        <source>Das Reifegradmodell 1.x kennt die Stufen 0 bis 4; %1 ist keine Stufe.</source>
        <translation>Maturity model 1.x has the levels 0 to 4; %1 is not a level.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="136"/>
        <source>Der Ziel-Reifegrad (%1) von %2 darf nicht unter dem erreichten Reifegrad (%3) liegen.</source>
        <translation>The target maturity level (%1) of %2 must not be below the reached maturity level (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="144"/>
        <source>Das Modell 1.x kennt nur die Stufen 0 bis 4; passen Sie zuerst die Reifegrade an.</source>
        <translation>Model 1.x only has the levels 0 to 4; adjust the maturity levels first.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="151"/>
        <source>Das Datum %1 für %2 liegt vor dem Projektbeginn (%3).</source>
        <translation>The date %1 for %2 is before the project start (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="155"/>
        <source>Das Erreicht-Datum %1 liegt in der Zukunft; tragen Sie geplante Termine unter „geplant“ ein.</source>
        <translation>The reached date %1 is in the future; enter planned dates under “planned”.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="164"/>
        <source>Der Meilenstein %1 wurde am %2 erreicht, vor dem neuen Projektbeginn %3.</source>
        <translation>The milestone %1 was reached on %2, before the new project start %3.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="172"/>
        <source>Das Projektende %1 liegt vor dem Projektbeginn %2.</source>
        <translation>The project end %1 is before the project start %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="184"/>
        <source>Die Schwellen müssen absteigen: höchste (%1) ≥ hohe (%2) ≥ mittlere Priorität (%3).</source>
        <translation>The thresholds must descend: highest (%1) ≥ high (%2) ≥ medium priority (%3).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="193"/>
        <source>%1 darf nicht leer sein.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="200"/>
        <location filename="../core/edit/themenfeldedits.cpp" line="123"/>
        <source>Das Kriterium %1 gibt es in %2 schon.</source>
        <translation>The criterion %1 exists already in %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="249"/>
        <source>Der Meilenstein kommt damit vor %1 (%2), dem er folgt.</source>
        <translation>The milestone would then come before %1 (%2), which it follows.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="252"/>
        <source>Der Meilenstein liegt damit nach %1 (%2), der auf ihn folgt.</source>
        <translation>The milestone would then come after %1 (%2), which follows it.</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="259"/>
        <source>„flächendeckend ab“ liegt vor dem Go-live (%1).</source>
        <translation>“nationwide from” is before the go-live (%1).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="461"/>
        <source>%1 hängt schon von %2 ab.</source>
        <translation>%1 already depends on %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="52"/>
        <source>%1 von %2 auf %3 setzen</source>
        <translation>Set %1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="54"/>
        <source>%1 löschen</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="291"/>
        <source>Die OZG-ID %1 ist schon vergeben (an %2).</source>
        <translation>The OZG ID %1 is already taken (by %2).</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="295"/>
        <source>Eine OZG-Leistung braucht einen Namen.</source>
        <translation>An OZG service needs a name.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="55"/>
        <source>OZG-Leistung %1 „%2“ anlegen</source>
        <translation>Create OZG service %1 “%2”</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="305"/>
        <source>Projektstart (Vorbereitung abgeschlossen)</source>
        <translation>Project start (preparation completed)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="306"/>
        <source>Konzeption abgeschlossen (Digitalisierungslabor)</source>
        <translation>Concept completed (Digitalisierungslabor)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="307"/>
        <source>Referenzimplementierung (MVP) fertig</source>
        <translation>Reference implementation (MVP) ready</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="308"/>
        <source>Pilotierung abgeschlossen</source>
        <translation>Pilot completed</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="309"/>
        <source>Roll-out / Nachnutzung gestartet</source>
        <translation>Roll-out / reuse started</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="310"/>
        <source>Inbetriebnahme (Regelbetrieb)</source>
        <translation>Commissioning (regular operation)</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="311"/>
        <source>flächendeckend verfügbar</source>
        <translation>available nationwide</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="320"/>
        <source>Ein Umsetzungsprojekt braucht einen Namen.</source>
        <translation>An implementation project needs a name.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="56"/>
        <source>Projekt „%1“ anlegen</source>
        <translation>Create project “%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="57"/>
        <source>%1 dem %2 zuordnen</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="58"/>
        <source>%1 OZG-Leistungen dem %2 zuordnen</source>
        <translation>Assign %1 OZG services to %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="59"/>
        <source>Eine OZG-Leistung aus dem %1 entfernen</source>
        <translation>Remove an OZG service from %1</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="60"/>
        <source>%1 OZG-Leistungen aus dem %2 entfernen</source>
        <translation>Remove %1 OZG services from %2</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="398"/>
        <source>Nachnutzung wird für Länder erfasst; %1 ist kein Land.</source>
        <translation>Reuse is recorded for Länder; %1 is not a Land.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="61"/>
        <source>Nachnutzung durch %1 aus %2 entfernen</source>
        <translation>Remove reuse by %1 from %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="62"/>
        <source>Nachnutzung von %1 durch %2: %3</source>
        <translation>Reuse of %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="436"/>
        <source>Ein Meilenstein braucht einen Titel.</source>
        <translation>A milestone needs a title.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="63"/>
        <source>Meilenstein „%1“ im %2 anlegen</source>
        <translation>Create milestone “%1” in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="484"/>
        <source>Für %1/Q%2 gibt es im %3 schon einen Eintrag.</source>
        <translation>There is already an entry for %1/Q%2 in %3.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="64"/>
        <source>Zahlungsplan %1/Q%2 im %3 anlegen</source>
        <translation>Create payment plan %1/Q%2 in %3</translation>
    </message>
    <message>
        <location filename="../core/edit/edits.cpp" line="549"/>
        <source>Für die Quartale der Laufzeit braucht das %1 einen Beginn und ein Ende.</source>
        <translation>For the quarters of its term, %1 needs a start and an end.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="65"/>
        <source>Zahlungsplan: %n Quartale im %1 anlegen</source>
        <translation>
            <numerusform>Payment plan: add %n quarter to %1</numerusform>
            <numerusform>Payment plan: add %n quarters to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="36"/>
        <source>%1 ist schon an der Federführung von %2 beteiligt.</source>
        <translation>%1 already takes part in the lead of %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="66"/>
        <source>%1 als %2 in die Federführung von %3 aufnehmen</source>
        <translation>Add %1 as %2 to the lead of %3</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="74"/>
        <source>%1 ohne Namen wird nicht angelegt.</source>
        <translation>%1 without a name is not created.</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="86"/>
        <source>Ein Beteiligter braucht ein Kürzel (etwa „BMI“ oder „HB“).</source>
        <translation>A participant needs a short code (such as “BMI” or “HB”).</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="89"/>
        <source>Das Kürzel %1 hat schon %2.</source>
        <translation>The short code %1 is already used by %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="67"/>
        <source>Beteiligten %1 (%2) anlegen</source>
        <translation>Create participant %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="105"/>
        <source>Die Lage %1 gibt es in %2 schon.</source>
        <translation>The life/business situation %1 exists already in %2.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="68"/>
        <source>Lage %1 in %2 anlegen</source>
        <translation>Create life/business situation %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="69"/>
        <source>Kriterium %1 in %2 anlegen</source>
        <translation>Create criterion %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="143"/>
        <source>Ein Risiko braucht eine Beschreibung.</source>
        <translation>A risk needs a description.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="70"/>
        <source>Risiko %1 in %2 erfassen</source>
        <translation>Record risk %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="159"/>
        <source>Eine OZG-Leistung kann nicht von sich selbst abhängen.</source>
        <translation>An OZG service cannot depend on itself.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="71"/>
        <source>%1 hängt von %2 ab</source>
        <translation>%1 depends on %2</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="174"/>
        <source>Ein Onlinedienst braucht einen Namen.</source>
        <translation>An online service needs a name.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="75"/>
        <source>Onlinedienst „%1“ anlegen</source>
        <translation>Create online service “%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="76"/>
        <source>%1 deckt %2 nicht mehr ab</source>
        <translation>%1 no longer covers %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="77"/>
        <source>%1 deckt %2 mit Reifegrad %3 ab</source>
        <translation>%1 covers %2 at maturity level %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="78"/>
        <source>%1 in %2 verfügbar</source>
        <translation>%1 available in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="79"/>
        <source>%1 in %2 nicht mehr verfügbar</source>
        <translation>%1 no longer available in %2</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="241"/>
        <source>Ein leerer Kommentar wird nicht gespeichert.</source>
        <translation>An empty comment is not saved.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="80"/>
        <source>Kommentar zu %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="262"/>
        <source>Das Kriterium „%1“ gehört zum Themenfeld „%2“, die OZG-Leistung %3 aber zum Themenfeld „%4“; sie wird dort bewertet.</source>
        <translation>The criterion ‘%1’ belongs to the topic area ‘%2’, but the OZG service %3 belongs to the topic area ‘%4’; it is rated there.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="81"/>
        <source>Bewertung „%1“ von %2 entfernen</source>
        <translation>Remove score “%1” of %2</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="82"/>
        <source>Bewertung „%1“ von %2 auf %3 setzen</source>
        <translation>Set score “%1” of %2 to %3</translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="305"/>
        <source>Bewertung „%1“: %2</source>
        <translation>Score “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/changetext.cpp" line="83"/>
        <source>%n Bewertungen setzen</source>
        <translation>
            <numerusform>Set %n score</numerusform>
            <numerusform>Set %n scores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/themenfeldedits.cpp" line="333"/>
        <source>Bewertung „%1“ von %2: %3</source>
        <translation>Score “%1” of %2: %3</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="20"/>
        <location filename="../core/edit/fieldtext.cpp" line="103"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="22"/>
        <location filename="../core/edit/fieldtext.cpp" line="99"/>
        <source>Lage</source>
        <translation>Life/business situation</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="24"/>
        <source>OZG-Leistung</source>
        <translation>OZG service</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="26"/>
        <source>LeiKa-Leistung</source>
        <translation>LeiKa service</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="28"/>
        <source>Abhängigkeit</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="30"/>
        <location filename="../core/edit/fieldtext.cpp" line="111"/>
        <source>Beteiligter</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="32"/>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="34"/>
        <source>Umsetzungsprojekt</source>
        <translation>Implementation project</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="36"/>
        <source>Projektzuordnung</source>
        <translation>Project assignment</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="38"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="40"/>
        <location filename="../core/edit/fieldtext.cpp" line="172"/>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="42"/>
        <source>Zahlungsplan-Eintrag</source>
        <translation>Payment plan entry</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="44"/>
        <source>Onlinedienst</source>
        <translation>Online service</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="46"/>
        <source>Abdeckung durch Onlinedienst</source>
        <translation>Coverage by online service</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="48"/>
        <source>Verfügbarkeit eines Onlinedienstes</source>
        <translation>Availability of an online service</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="50"/>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="52"/>
        <source>Bewertung</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="54"/>
        <source>Stimme</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="56"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="58"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="60"/>
        <source>Stand</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="62"/>
        <source>Abhängigkeit zwischen Meilensteinen</source>
        <translation>Dependency between milestones</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="73"/>
        <source>Projektname</source>
        <translation>Project name</translation>
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
        <translation>Maturity level (current)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="79"/>
        <source>Reifegrad (ziel)</source>
        <translation>Maturity level (target)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="81"/>
        <source>Reifegradmodell</source>
        <translation>Maturity model</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="83"/>
        <source>Flächendeckung</source>
        <translation>Area coverage</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="85"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="87"/>
        <source>flächendeckend ab</source>
        <translation>nationwide from</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="89"/>
        <source>Nachfrage (Fälle pro Jahr)</source>
        <translation>Demand (cases per year)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="91"/>
        <source>Aufwand (Personentage)</source>
        <translation>Effort (person-days)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="93"/>
        <source>Rechtsänderungsbedarf</source>
        <translation>Legal changes needed</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="95"/>
        <source>feste Welle</source>
        <translation>pinned wave</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="97"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="101"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="105"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="107"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="109"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="113"/>
        <source>Umsetzungskoordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="115"/>
        <source>EfA-Modell</source>
        <translation>EfA model</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="117"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="119"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="121"/>
        <source>Ende</source>
        <translation>End</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="128"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="130"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="132"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="134"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="136"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="138"/>
        <source>Abnahme durch</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="140"/>
        <source>Abnahme am</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="142"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="144"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="146"/>
        <source>geplanter Abfluss</source>
        <translation>planned outflow</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="148"/>
        <source>tatsächlicher Abfluss</source>
        <translation>actual outflow</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="150"/>
        <location filename="../core/edit/fieldtext.cpp" line="253"/>
        <source>Personentage</source>
        <translation>Person-days</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="152"/>
        <source>Anbieter</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="154"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="156"/>
        <source>Reifegrad</source>
        <translation>Maturity level</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="158"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="160"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="162"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="164"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="166"/>
        <source>Einstufung</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="168"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="170"/>
        <source>hängt ab von</source>
        <translation>depends on</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="174"/>
        <source>Abstand (Tage)</source>
        <translation>Lag (days)</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="176"/>
        <source>OZG-ID</source>
        <translation>OZG ID</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="178"/>
        <source>Leistungsschlüssel</source>
        <translation>Service key</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="180"/>
        <source>Bezeichnung</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="182"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="184"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="186"/>
        <source>Kürzel</source>
        <translation>Short code</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="188"/>
        <source>Reihenfolge</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="190"/>
        <source>Schwelle höchste Priorität</source>
        <translation>Threshold highest priority</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="192"/>
        <source>Schwelle hohe Priorität</source>
        <translation>Threshold high priority</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="194"/>
        <source>Schwelle mittlere Priorität</source>
        <translation>Threshold medium priority</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="196"/>
        <source>Kapazität je Welle</source>
        <translation>Capacity per wave</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="198"/>
        <source>Kapazität gemessen in</source>
        <translation>Capacity measured in</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="226"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="251"/>
        <source>Modell 2.0</source>
        <translation>Model 2.0</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="251"/>
        <source>Modell 1.x</source>
        <translation>Model 1.x</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="253"/>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="263"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../core/edit/fieldtext.cpp" line="263"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="23"/>
        <source>Eine Stimme braucht den Namen der Teilnehmerin oder des Teilnehmers.</source>
        <translation>A vote needs the participant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="26"/>
        <source>Kriterium %1 gibt es nicht (mehr).</source>
        <translation>Criterion %1 does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="28"/>
        <source>OZG-Leistung %1 gibt es nicht (mehr).</source>
        <translation>OZG service %1 does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="84"/>
        <source>Stimme von %1 zu „%2“ für %3</source>
        <translation>Vote of %1 on “%2” for %3</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="85"/>
        <source>%1 entfernen</source>
        <translation>Remove %1</translation>
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
        <translation>A snapshot needs a name.</translation>
    </message>
    <message>
        <location filename="../core/edit/workshopedits.cpp" line="75"/>
        <source>Einen Stand „%1“ gibt es schon.</source>
        <translation>A snapshot “%1” exists already.</translation>
    </message>
    <message>
        <location filename="../core/edit/changetext.cpp" line="88"/>
        <source>Stand „%1“ festhalten</source>
        <translation>Record snapshot “%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="23"/>
        <source>„%1“ ist kein gültiges Datum: diesen Tag gibt es nicht.</source>
        <translation>“%1” is not a valid date: there is no such day.</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="25"/>
        <source>„%1“ liegt außerhalb des erlaubten Bereichs: erwartet wird ein Datum zwischen 1990 und 2100.</source>
        <translation>“%1” is out of range: a date between 1990 and 2100 is expected.</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="39"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../core/edit/dateinput.cpp" line="68"/>
        <source>„%1“ ist kein Datum: erwartet wird TT.MM.JJJJ (z. B. %2), TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14); leer heißt kein Datum.</source>
        <translation>“%1” is not a date: expected a date such as %2, DD.MM.YYYY, YYYY-MM-DD, “today” or +days (e.g. +14); empty means no date.</translation>
    </message>
</context>
<context>
    <name>tfp::exchange</name>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="76"/>
        <location filename="../ui/views/importdialog.cpp" line="50"/>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="127"/>
        <location filename="../ui/views/importdialog.cpp" line="52"/>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="169"/>
        <location filename="../core/exchange/importplan.cpp" line="60"/>
        <location filename="../ui/views/importdialog.cpp" line="54"/>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="238"/>
        <source>Priorisierung</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportsheets.cpp" line="265"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="96"/>
        <source>OZG-Meilensteine</source>
        <translation>OZG milestones</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="111"/>
        <source>Projekt: %1
Phase: %2</source>
        <translation>Project: %1
Phase: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="113"/>
        <source>
geplant: %1</source>
        <translation>
planned: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/icalendar.cpp" line="115"/>
        <source>
erreicht: %1</source>
        <translation>
reached: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="56"/>
        <location filename="../core/exchange/importprojekte.cpp" line="90"/>
        <source>OZG-Leistungen</source>
        <translation>OZG services</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="58"/>
        <source>Umsetzungsprojekte</source>
        <translation>Implementation projects</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="62"/>
        <source>Dashboard „Digitale Verwaltung“ (CSV-Export)</source>
        <translation>Dashboard “Digitale Verwaltung” (CSV export)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="64"/>
        <source>Zeitplan aus MS Project (XML)</source>
        <translation>Schedule from MS Project (XML)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="104"/>
        <source>„%1“ ist keine Arbeitsmappe (.xlsx oder .ods); ein Tabellenblatt gibt es nur dort.</source>
        <translation>“%1” is not a workbook (.xlsx or .ods); only a workbook has sheets.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="134"/>
        <source>%1: die Spalte „%2“ gehört zum Import „%3“, gewählt ist „%4“. Bitte die Art des Imports%5 prüfen; es wurde nichts geändert.</source>
        <translation>%1: the column ‘%2’ belongs to the import ‘%3’, but ‘%4’ is selected. Please check the type of import%5; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="137"/>
        <source> oder das Tabellenblatt</source>
        <translation> or the worksheet</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="160"/>
        <source>%1: ein Zeitplan wird aus einer MS-Project-XML-Datei eingelesen, nicht aus einer Tabelle; es wurde nichts geändert.</source>
        <translation>%1: a schedule is read from an MS Project XML file, not from a table; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/importplan.cpp" line="167"/>
        <source>Zweistellige Jahreszahlen wurden als 20JJ gelesen (%n Datumsangabe(n), etwa Zeile %1: „%2“ als %3).</source>
        <translation>
            <numerusform>Two-digit years were read as 20YY (%n date, for example row %1: “%2” as %3).</numerusform>
            <numerusform>Two-digit years were read as 20YY (%n dates, for example row %1: “%2” as %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="173"/>
        <source>CSV, %1, Trennzeichen „%2“</source>
        <translation>CSV, %1, delimiter “%2”</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="175"/>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="176"/>
        <source>OpenDocument-Tabelle, Blatt „%1“</source>
        <translation>OpenDocument spreadsheet, sheet “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="177"/>
        <source>Excel-Arbeitsmappe, Blatt „%1“</source>
        <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/importplan.cpp" line="192"/>
        <source>„%1“ wird nicht importiert: %n Zeile(n) mit Fehlern. %2</source>
        <translation>
            <numerusform>“%1” is not imported: %n row with errors. %2</numerusform>
            <numerusform>“%1” is not imported: %n rows with errors. %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="207"/>
        <location filename="../core/exchange/values.cpp" line="142"/>
        <source>„%1“</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="211"/>
        <source>„%1“, Blatt „%2“</source>
        <translation>‘%1’, sheet ‘%2’</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="238"/>
        <source>%1: die Spalte „%2“ steht zweimal in der Kopfzeile.</source>
        <translation>%1: the column ‘%2’ appears twice in the header row.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="252"/>
        <source>%1: die Spalte „%2“ fehlt. Die Kopfzeile hat %3; erwartet werden Spalten wie %4 %5.</source>
        <translation>%1: the column ‘%2’ is missing. The header row has %3; expected are columns such as %4 %5.</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="254"/>
        <source>keine Spalten</source>
        <translation>no columns</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="256"/>
        <source>(durch „;“ oder „,“ getrennt)</source>
        <translation>(separated by ‘;’ or ‘,’)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="257"/>
        <source>(ist es das richtige Tabellenblatt?)</source>
        <translation>(is it the right worksheet?)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="259"/>
        <source>Nicht verwendete Spalten (unbekannt): %1</source>
        <translation>Unused columns (unknown): %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="278"/>
        <source>%1 Felder statt %2 wie in der Kopfzeile (Trennzeichen oder Anführungszeichen prüfen)</source>
        <translation>%1 fields instead of %2 as in the header row (check the delimiter or quotation marks)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="288"/>
        <source>„%1“, Zeile %2, Spalte „%3“: %4</source>
        <translation>“%1”, row %2, column “%3”: %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="297"/>
        <source>„%1“, Zeile %2: %3</source>
        <translation>“%1”, row %2: %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/importplan.cpp" line="341"/>
        <source>kein Beteiligter hat das Kürzel %1</source>
        <translation>no participant has the short code %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="80"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="117"/>
        <source>Einen Stand „%1“ gibt es im Katalog nicht; es gibt: %2.</source>
        <translation>There is no snapshot “%1” in the catalog; there are: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="118"/>
        <source>keinen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="175"/>
        <location filename="../core/exchange/importreport.cpp" line="39"/>
        <location filename="../core/exchange/reviewmergejson.cpp" line="256"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="175"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="184"/>
        <location filename="../core/exchange/importreport.cpp" line="41"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="186"/>
        <source>%1 %2 (gelöscht)</source>
        <translation>%1 %2 (deleted)</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="207"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="208"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="209"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Alt</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="210"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../core/exchange/changelog.cpp" line="211"/>
        <source>Anmeldung</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="43"/>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="45"/>
        <source>abgelehnt</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="47"/>
        <source>nicht zugeordnet</source>
        <translation>not matched</translation>
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
        <translation>Row %1, %2: %3
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="77"/>
        <source>Nichts zu ändern: der Katalog hat diesen Stand schon.
</source>
        <translation>Nothing to change: the catalogue is already at this snapshot.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="78"/>
        <source>Übernommen.
</source>
        <translation>Applied.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/importreport.cpp" line="79"/>
        <source>Probelauf: nichts geändert.
</source>
        <translation>Dry run: nothing changed.
</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="46"/>
        <source>Blatt „%1“, Zeile %2, Spalte „%3“</source>
        <translation>sheet “%1”, row %2, column “%3”</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="53"/>
        <source>„%1“ wurde nicht geschrieben: %2 hat %3 Zeichen, eine Excel-Zelle fasst höchstens %4. Bitte den Text kürzen oder als CSV exportieren.</source>
        <translation>“%1” was not written: %2 has %3 characters, an Excel cell holds at most %4. Please shorten the text or export as CSV.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="59"/>
        <source>„%1“ wurde nicht geschrieben: %2 enthält ein Nullzeichen (U+0000), das eine Arbeitsmappe nicht fassen kann; bitte den Text korrigieren.</source>
        <translation>“%1” was not written: %2 contains a null character (U+0000), which a workbook cannot hold; please correct the text.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="78"/>
        <location filename="../core/exchange/xlsxwrite.cpp" line="85"/>
        <location filename="../core/exchange/xlsxwrite.cpp" line="138"/>
        <source>„%1“ kann nicht geschrieben werden: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="82"/>
        <source>„%1“ kann nicht geschrieben werden.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxwrite.cpp" line="147"/>
        <source>„%1“ kann nicht geschrieben werden: die Arbeitsmappe im temporären Ordner „%2“ ist unvollständig (ist der Datenträger voll?).</source>
        <translation>“%1” cannot be written: the workbook in the temporary folder “%2” is incomplete (is the disk full?).</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="56"/>
        <source>Zeitplan (Projekte, Phasen, Meilensteine)</source>
        <translation>Schedule (projects, phases, milestones)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="57"/>
        <source>Arbeitsplan (alle Tabellen)</source>
        <translation>Work plan (all tables)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="94"/>
        <source>CSV für Excel (Semikolon, UTF-8)</source>
        <translation>CSV for Excel (semicolon, UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="96"/>
        <source>Excel-Arbeitsmappe (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="98"/>
        <source>OpenDocument-Tabelle für LibreOffice (.ods)</source>
        <translation>OpenDocument spreadsheet for LibreOffice (.ods)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="100"/>
        <source>Kalender für Outlook und Thunderbird (.ics)</source>
        <translation>Calendar for Outlook and Thunderbird (.ics)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="102"/>
        <source>MS-Project-XML für MS Project, ProjectLibre, GanttProject (.xml)</source>
        <translation>MS Project XML for MS Project, ProjectLibre, GanttProject (.xml)</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="132"/>
        <source>%1 gibt es nicht als %2.</source>
        <translation>%1 is not available as %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/exportfile.cpp" line="138"/>
        <source>„%1“ wurde nicht geschrieben: im gewählten Bereich hat kein Meilenstein ein Datum, und ein Kalender ohne Termine ist keiner.</source>
        <translation>‘%1’ was not written: no milestone in the selected range has a date, and a calendar without events is no calendar.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odfpackage.cpp" line="137"/>
        <source>Das OpenDocument-Paket ließ sich nicht zusammenstellen (zu wenig Arbeitsspeicher?).</source>
        <translation>The OpenDocument package could not be put together (not enough memory?).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odswrite.cpp" line="46"/>
        <source>„%1“ wurde nicht geschrieben: Blatt „%2“, Zeile %3, Spalte „%4“ enthält das Steuerzeichen U+%5, das eine OpenDocument-Tabelle nicht fassen kann; bitte den Text korrigieren.</source>
        <translation>“%1” was not written: sheet “%2”, row %3, column “%4” contains the control character U+%5, which an OpenDocument spreadsheet cannot hold; please correct the text.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="33"/>
        <source>%1, Zeile %2: %3 Felder statt %4 wie in der Kopfzeile.</source>
        <translation>%1, line %2: %3 fields instead of %4 as in the header row.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="63"/>
        <source>%1, Zeile %2: Anführungszeichen mitten im Feld.</source>
        <translation>%1, line %2: quotation mark in the middle of a field.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="83"/>
        <source>%1, Zeile %2: Text nach dem schließenden Anführungszeichen.</source>
        <translation>%1, line %2: text after the closing quotation mark.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="90"/>
        <source>%1, Zeile %2: Anführungszeichen wird nicht geschlossen.</source>
        <translation>%1, line %2: quotation mark is not closed.</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="96"/>
        <source>%1: die Datei ist leer (keine Kopfzeile).</source>
        <translation>%1: the file is empty (no header row).</translation>
    </message>
    <message>
        <location filename="../core/exchange/csv.cpp" line="104"/>
        <source>%1 kann nicht gelesen werden: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/defaultcatalog.cpp" line="85"/>
        <source>Eingebetteter Katalog, ozg_leistungen.csv Zeile %1: unbekannte Lage „%2“.</source>
        <translation>Embedded catalog, ozg_leistungen.csv line %1: unknown life/business situation “%2”.</translation>
    </message>
    <message>
        <location filename="../core/exchange/defaultcatalog.cpp" line="139"/>
        <source>Eingebetteter Katalog, federfuehrung.csv Zeile %1: unbekannter Eintrag.</source>
        <translation>Embedded catalog, federfuehrung.csv line %1: unknown entry.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="31"/>
        <source>Die Datei „%1“ kann nicht geschrieben werden: %2. Eine vorhandene Datei dieses Namens ist unverändert.</source>
        <translation>The file “%1” cannot be written: %2. An existing file of this name is unchanged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="60"/>
        <source>der Datenträger ist voll (kein Speicherplatz mehr frei)</source>
        <translation>the disk is full (no space left)</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="63"/>
        <source>das Speicherkontingent (Quota) auf dem Datenträger ist erschöpft</source>
        <translation>the storage quota on the disk is exhausted</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="66"/>
        <source>die Datei wäre größer, als der Datenträger erlaubt</source>
        <translation>the file would be larger than the disk allows</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="68"/>
        <source>der Datenträger ist schreibgeschützt</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="71"/>
        <source>keine Berechtigung, in diesem Ordner zu schreiben</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="74"/>
        <source>den Ordner gibt es nicht</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="76"/>
        <source>unter diesem Namen gibt es einen Ordner</source>
        <translation>there is a folder of this name</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="78"/>
        <source>der Dateiname ist zu lang</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="80"/>
        <source>Ein-/Ausgabefehler des Datenträgers</source>
        <translation>input/output error of the disk</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="90"/>
        <location filename="../core/exchange/fileio.cpp" line="106"/>
        <source>„%1“ kann nicht gelesen werden: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="93"/>
        <source>„%1“ ist zu groß: eingelesen werden höchstens %2 MB; die Datei enthält mehr.</source>
        <translation>“%1” is too large: at most %2 MB are read; the file contains more.</translation>
    </message>
    <message>
        <location filename="../core/exchange/fileio.cpp" line="161"/>
        <source>es wurden nur %1 von %2 Bytes geschrieben</source>
        <translation>only %1 of %2 bytes were written</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="47"/>
        <source>der Regionalschlüssel %1 nennt kein Land</source>
        <translation>the regional key %1 names no Land</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="57"/>
        <source>das Land %1 ist nicht im Katalog</source>
        <translation>the Land %1 is not in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="104"/>
        <source>erwartet wird eine OZG-ID (ganze Zahl)</source>
        <translation>expected an OZG ID (a whole number)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="124"/>
        <source>die OZG-ID %1 ist nicht im Katalog</source>
        <translation>the OZG ID %1 is not in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="165"/>
        <source>Nachnutzung %1 in %2</source>
        <translation>Reuse %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/importdashboard.cpp" line="174"/>
        <location filename="../core/exchange/importleistungen.cpp" line="76"/>
        <location filename="../core/exchange/importleistungen.cpp" line="82"/>
        <location filename="../core/exchange/importprojekte.cpp" line="136"/>
        <location filename="../core/exchange/importprojekte.cpp" line="148"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="46"/>
        <source>die Lage %1 gibt es nicht</source>
        <translation>the life/business situation %1 does not exist</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="47"/>
        <source>die Lage %1 gibt es in mehreren Themenfeldern; bitte die Spalte „themenfeld“ angeben</source>
        <translation>the life/business situation %1 exists in several topic areas; please give the column “themenfeld”</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="65"/>
        <source>das Themenfeld der Leistung hat kein Kriterium %1</source>
        <translation>the service&apos;s topic area has no criterion %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="71"/>
        <source>erwartet wird eine Bewertung von 0 bis 5 oder ein leeres Feld</source>
        <translation>expected a score from 0 to 5 or an empty field</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="75"/>
        <source>Bewertung „%1“</source>
        <translation>Score “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="128"/>
        <source>erwartet wird eine OZG-ID (ganze Zahl von 1 bis 999999)</source>
        <translation>expected an OZG ID (a whole number from 1 to 999999)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="134"/>
        <source>die OZG-ID %1 steht schon in Zeile %2</source>
        <translation>the OZG ID %1 is already in row %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="154"/>
        <location filename="../core/exchange/importprojekte.cpp" line="47"/>
        <source>das Themenfeld %1 gibt es nicht</source>
        <translation>the topic area %1 does not exist</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="162"/>
        <source>die Leistung gehört zu einem anderen Themenfeld; zum Verschieben die Lage angeben</source>
        <translation>the service belongs to another topic area; give the life/business situation to move it</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="177"/>
        <source>für die neue OZG-ID %1 ist die Lage nötig</source>
        <translation>the new OZG ID %1 needs a life/business situation</translation>
    </message>
    <message>
        <location filename="../core/exchange/importleistungen.cpp" line="179"/>
        <source>für die neue OZG-ID %1 ist der Name nötig</source>
        <translation>the new OZG ID %1 needs a name</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="37"/>
        <source>ein Projekt mit der Nummer %1 gibt es nicht (für ein neues Projekt das Feld leer lassen)</source>
        <translation>there is no project with number %1 (leave the field empty for a new project)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="46"/>
        <source>ohne projekt_id ist das Themenfeld nötig</source>
        <translation>without projekt_id the topic area is required</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="49"/>
        <source>ohne projekt_id ist der Projektname nötig</source>
        <translation>without projekt_id the project name is required</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="57"/>
        <source>%1 heißen in %2 mehrere Projekte; bitte projekt_id angeben</source>
        <translation>several projects in %2 are called %1; please give projekt_id</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="80"/>
        <location filename="../core/exchange/importprojekte.cpp" line="296"/>
        <source>die OZG-Leistung %1 gibt es nicht</source>
        <translation>the OZG service %1 does not exist</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="101"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="106"/>
        <source>entfernt</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="118"/>
        <source>%1 ist kein Land (erwartet wird ein Länderkürzel wie „HE“)</source>
        <translation>%1 is not a Land (expected a Land code such as “HE”)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="130"/>
        <source>Nachnutzung %1</source>
        <translation>Reuse %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="171"/>
        <location filename="../core/exchange/importprojekte.cpp" line="216"/>
        <source>Projekt %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="182"/>
        <source>dasselbe Projekt steht schon in Zeile %1</source>
        <translation>the same project is already in row %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="200"/>
        <source>das Projekt gehört zu einem anderen Themenfeld</source>
        <translation>the project belongs to another topic area</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="242"/>
        <source>Meilenstein %1</source>
        <translation>Milestone %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="256"/>
        <source>einen Meilenstein mit der Nummer %1 gibt es nicht (für einen neuen das Feld leer lassen)</source>
        <translation>there is no milestone with number %1 (leave the field empty for a new one)</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="265"/>
        <source>das Projekt %1 gibt es nicht; zuerst die Projekte importieren</source>
        <translation>the project %1 does not exist; import the projects first</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="273"/>
        <source>%1 heißen im Projekt mehrere Meilensteine; bitte meilenstein_id angeben</source>
        <translation>several milestones of the project are called %1; please give meilenstein_id</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="283"/>
        <source>derselbe Meilenstein steht schon in Zeile %1</source>
        <translation>the same milestone is already in row %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/importprojekte.cpp" line="301"/>
        <source>Meilenstein %1 (%2)</source>
        <translation>Milestone %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="24"/>
        <source>„%1“ ist keine lesbare ZIP-Datei und damit keine OpenDocument-Tabelle (.ods).</source>
        <translation>“%1” is not a readable ZIP file and hence not an OpenDocument spreadsheet (.ods).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="41"/>
        <source>„%1“ ist ein OpenDocument-Dokument vom Typ „%2“, aber keine Tabelle (.ods). Bitte die Tabelle in LibreOffice Calc als .ods speichern.</source>
        <translation>“%1” is an OpenDocument document of type “%2” but not a spreadsheet (.ods). Please save the table as .ods in LibreOffice Calc.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="51"/>
        <source>„%1“ ist mit einem Kennwort verschlüsselt und kann nicht gelesen werden. Bitte die Tabelle in LibreOffice ohne Kennwort speichern (Datei › Speichern unter…, „Mit Kennwort speichern“ abwählen).</source>
        <translation>“%1” is encrypted with a password and cannot be read. Please save the table in LibreOffice without a password (File › Save As…, clear “Save with password”).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="58"/>
        <source>„%1“ ist eine ZIP-Datei, aber keine OpenDocument-Tabelle (.ods): ihr fehlt „content.xml“.</source>
        <translation>“%1” is a ZIP file but not an OpenDocument spreadsheet (.ods): it lacks “content.xml”.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="186"/>
        <location filename="../core/exchange/xlsxread.cpp" line="71"/>
        <source>„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.</source>
        <translation>“%1”: the workbook has too many sheets.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="193"/>
        <location filename="../core/exchange/xlsxread.cpp" line="76"/>
        <source>„%1“: die Arbeitsmappe hat keine Tabellenblätter.</source>
        <translation>“%1”: the workbook has no sheets.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="245"/>
        <source>„%1“, Blatt „%2“, Zeile %3, Spalte %4</source>
        <translation>“%1”, sheet “%2”, row %3, column %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="251"/>
        <source>%1: die Tabelle ist größer, als ein Import liest (höchstens %2 Zellen, %3 Spalten und %4 Millionen Zeichen Text).</source>
        <translation>%1: the table is larger than an import reads (at most %2 cells, %3 columns and %4 million characters of text).</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="261"/>
        <source>„%1“, Blatt „%2“: die Tabelle hat mehr als %3 Zeilen; die Datei wird nicht gelesen.</source>
        <translation>“%1”, sheet “%2”: the table has more than %3 rows; the file is not read.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="267"/>
        <source>%1: die Wiederholungsangabe ist keine positive ganze Zahl.</source>
        <translation>%1: the repeat count is not a positive whole number.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="318"/>
        <source>%1: der Text ist länger als %2 Zeichen, mehr als eine Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>%1: the text is longer than %2 characters, more than a cell can hold; the file is not read.</translation>
    </message>
    <message>
        <location filename="../core/exchange/odsread.cpp" line="364"/>
        <location filename="../core/exchange/xlsxread.cpp" line="285"/>
        <source>„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).</source>
        <translation>“%1”: the sheet “%2” is empty (no header row).</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="207"/>
        <source>eine ganze Zahl</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="210"/>
        <location filename="../core/exchange/planjson.cpp" line="241"/>
        <source>eine Zahl</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="213"/>
        <source>true oder false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="216"/>
        <location filename="../core/exchange/planjson.cpp" line="243"/>
        <source>ein Text</source>
        <translation>a text</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="219"/>
        <source>ein Datum als Text (JJJJ-MM-TT)</source>
        <translation>a date as text (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="222"/>
        <source>ein Zeitpunkt als Text (JJJJ-MM-TTThh:mm:ssZ)</source>
        <translation>a point in time as text (YYYY-MM-DDThh:mm:ssZ)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="225"/>
        <source>einer der Texte %1</source>
        <translation>one of the texts %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="230"/>
        <source>%1 oder null</source>
        <translation>%1 or null</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="237"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="239"/>
        <source>ein Wahrheitswert</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="243"/>
        <source>ein leerer Text</source>
        <translation>an empty text</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="245"/>
        <source>eine Liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="247"/>
        <source>ein Objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="251"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="275"/>
        <source>erwartet wird ein Objekt mit den Tabellen, gefunden wurde %1</source>
        <translation>expected an object with the tables, found %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="280"/>
        <location filename="../core/exchange/planjson.cpp" line="481"/>
        <source>unbekannte Tabelle „%1“</source>
        <translation>unknown table “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="282"/>
        <source>die Tabelle „%1“ gibt es erst ab Schemaversion %2</source>
        <translation>the table “%1” exists only from schema version %2 on</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="307"/>
        <source>„%1“, Zeile %2: kein gültiges JSON (%3).</source>
        <translation>“%1”, line %2: not valid JSON (%3).</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="313"/>
        <source>erwartet wird ein JSON-Objekt mit einem Plan von Themenfeldplaner</source>
        <translation>expected a JSON object with a Themenfeldplaner plan</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="323"/>
        <source>erwartet wird „%1“; die Datei ist kein Plan von Themenfeldplaner</source>
        <translation>expected “%1”; the file is not a Themenfeldplaner plan</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="328"/>
        <source>die Datei hat die Formatversion %1, dieses Programm liest bis Version %2; bitte Themenfeldplaner aktualisieren</source>
        <translation>the file has format version %1, this program reads up to version %2; please update Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="336"/>
        <source>die Datei stammt aus einem Katalog mit Schemaversion %1, erwartet wird 1 bis %2</source>
        <translation>the file comes from a catalog with schema version %1, expected is 1 to %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="346"/>
        <source>unbekannter Eintrag „%1“</source>
        <translation>unknown entry “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="351"/>
        <source>erwartet wird eine Katalogkennung (UUID wie „%1“)</source>
        <translation>expected a catalog ID (a UUID such as “%1”)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="364"/>
        <source>erwartet wird ein Objekt, gefunden wurde %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="370"/>
        <source>erwartet wird als Schlüssel die Kennung eines Workshop-Pakets (UUID)</source>
        <translation>expected the ID of a workshop package (UUID) as the key</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="379"/>
        <source>erwartet wird ein Text mit dem Übernahme-Vermerk (datei, zeitpunkt, paket_revision, basis_revision)</source>
        <translation>expected a text with the adoption note (datei, zeitpunkt, paket_revision, basis_revision)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="390"/>
        <source>„%1“: %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="391"/>
        <location filename="../core/exchange/planjson.cpp" line="552"/>
        <source>„%1“, %2: %3.</source>
        <translation>“%1”, %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="410"/>
        <source>erwartet wird %1, gefunden wurde %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="426"/>
        <source>erwartet wird eine Liste von Zeilen, gefunden wurde %1</source>
        <translation>expected a list of rows, found %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="434"/>
        <source>erwartet wird ein Objekt mit den Feldern einer Zeile, gefunden wurde %1</source>
        <translation>expected an object with the fields of a row, found %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="443"/>
        <source>unbekanntes Feld „%1“</source>
        <translation>unknown field “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="452"/>
        <source>verweist auf %1 %2, diesen Eintrag gibt es im Dokument nicht</source>
        <translation>refers to %1 %2, an entry the document does not contain</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="460"/>
        <source>der Schlüssel %1 steht schon in %2[%3]</source>
        <translation>the key %1 is already in %2[%3]</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="474"/>
        <source>erwartet wird eine Revision bis %1 (die Revision des Katalogs)</source>
        <translation>expected a revision up to %1 (the catalog&apos;s revision)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="478"/>
        <source>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss.zzzZ)</source>
        <translation>expected a point in time (YYYY-MM-DDThh:mm:ss.zzzZ)</translation>
    </message>
    <message>
        <location filename="../core/exchange/planjson.cpp" line="484"/>
        <source>die Tabelle „%1“ hat kein Feld „%2“</source>
        <translation>the table “%1” has no field “%2”</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewdiff.cpp" line="52"/>
        <source>Das Workshop-Paket „%1“ wurde außerhalb von Themenfeldplaner verändert: %2 %3%4 weicht vom Ausgangsstand ab, ohne dass eine Änderung verzeichnet ist.</source>
        <translation>The workshop package “%1” was changed outside Themenfeldplaner: %2 %3%4 differs from the base without a recorded change.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewdiff.cpp" line="57"/>
        <source>, Feld „%1“</source>
        <translation>, field “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="70"/>
        <location filename="../core/exchange/reviewpackage.cpp" line="325"/>
        <source>Das Workshop-Paket „%1“ stammt aus einem anderen Katalog (Kennung %2), nicht aus „%3“ (Kennung %4); es wird nicht übernommen.</source>
        <translation>The workshop package “%1” comes from another catalog (ID %2), not from “%3” (ID %4); it is not merged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="76"/>
        <source>„%1“ ist selbst ein Workshop-Paket; Workshop-Ergebnisse werden in den Katalog übernommen, aus dem das Paket stammt.</source>
        <translation>“%1” is itself a workshop package; workshop results are merged into the catalog the package came from.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="84"/>
        <source>Der Katalog steht bei Revision %1, das Paket wurde bei Revision %2 erstellt: ist der Katalog eine ältere Sicherung?</source>
        <translation>The catalog is at revision %1, the package was created at revision %2: is the catalog an older backup?</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="121"/>
        <source>Das Workshop-Paket „%1“ wurde schon am %2 übernommen; eine zweite Übernahme ändert nichts.</source>
        <translation>The workshop package “%1” was already merged on %2; merging it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="128"/>
        <source>Es wurde danach weiter bearbeitet (%1 statt %2 Änderungsschritte); diese späteren Änderungen werden nicht übernommen. Für weitere Arbeit erstellen Sie bitte ein neues Workshop-Paket.</source>
        <translation>It was edited further afterwards (%1 instead of %2 change steps); these later changes are not merged. For further work please create a new workshop package.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="156"/>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="161"/>
        <source>hängt an %1, das nicht übernommen wird</source>
        <translation>depends on %1, which is not taken over</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="160"/>
        <source>verweist auf %1, das es im Katalog nicht mehr gibt</source>
        <translation>refers to %1, which no longer exists in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="213"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="248"/>
        <source>im Katalog und im Paket verschieden geändert</source>
        <translation>changed differently in the catalog and in the package</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="249"/>
        <source>im Katalog und im Paket neu angelegt, mit verschiedenen Werten</source>
        <translation>created in the catalog and in the package, with different values</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="265"/>
        <source>%1 (neu im Paket)</source>
        <translation>%1 (new in the package)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="309"/>
        <source>gibt es im Katalog nicht mehr</source>
        <translation>no longer exists in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="366"/>
        <source>%1 ist im Katalog hinzugekommen</source>
        <translation>%1 was added in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="370"/>
        <source>%1 wurde im Katalog geändert</source>
        <translation>%1 was changed in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="379"/>
        <source>%1 verweist im Katalog darauf</source>
        <translation>%1 refers to it in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="382"/>
        <source> (samt abhängigen Einträgen: %1)</source>
        <translation> (with dependent entries: %1)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="393"/>
        <source>im Paket gelöscht, aber: %1</source>
        <translation>deleted in the package, but: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="458"/>
        <source>Die Stimmen zu %1 werden nicht ausgewertet: %2</source>
        <translation>The votes on %1 are not evaluated: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="514"/>
        <source>Bewertung „%1“ von %2</source>
        <translation>Score “%1” of %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="528"/>
        <source>im Katalog geändert, die Stimmen ergeben einen anderen Wert</source>
        <translation>changed in the catalog, the votes give another value</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmerge.cpp" line="541"/>
        <source>im Katalog seitdem entfernt</source>
        <translation>removed from the catalog since</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="199"/>
        <source>Das Workshop-Paket „%1“ kann so nicht übernommen werden: %2</source>
        <translation>The workshop package “%1” cannot be merged like this: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="223"/>
        <source>Für die Prüfung des Workshop-Pakets „%1“ fehlt ein temporärer Ordner: %2</source>
        <translation>A temporary folder is missing for checking the workshop package “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="236"/>
        <source>Das Workshop-Paket „%1“ wird nicht übernommen: noch nicht entschiedene Konflikte: %2. Entscheiden Sie jeden für den Katalog oder das Paket.</source>
        <translation>The workshop package “%1” is not merged: conflicts not yet decided: %2. Decide each one for the catalog or the package.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="249"/>
        <source>%1 weitere</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergechanges.cpp" line="251"/>
        <source>Das Workshop-Paket „%1“ wird nicht übernommen, keine seiner Änderungen ist zulässig: %2. Es wurde nichts geändert.</source>
        <translation>The workshop package “%1” is not merged, none of its changes is allowed: %2. Nothing was changed.</translation>
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
        <translation>%1 from %2 on %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="156"/>
        <source>%n Stimmen</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="157"/>
        <source>%n Teilnehmenden</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/reviewmergejson.cpp" line="158"/>
        <source>%n Kriterien</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="246"/>
        <source>Workshop-Paket „%1“: Themenfeld „%2“, erstellt %3 von %4 bei Katalog-Revision %5
</source>
        <translation>Workshop package “%1”: topic area “%2”, created %3 by %4 at catalog revision %5
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="258"/>
        <source>löschen</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="260"/>
        <source>(nicht da)</source>
        <translation>(not there)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="261"/>
        <source>%1 | %2 | %3</source>
        <translation>%1 | %2 | %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="270"/>
        <source>Probelauf, nichts wurde geändert. Zu übernehmen: %1</source>
        <translation>Dry run, nothing was changed. To merge: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="271"/>
        <source>Übernommen: %1</source>
        <translation>Merged: %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="273"/>
        <source>, Konflikte: %1 (offen: %2), abgelehnt: %3, Kommentare: %4
</source>
        <translation>, conflicts: %1 (open: %2), refused: %3, comments: %4
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="279"/>
        <source>Änderungen:
</source>
        <translation>Changes:
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="281"/>
        <source>Konflikte (Basis | Katalog | Paket → Entscheidung):
</source>
        <translation>Conflicts (base | catalog | package → decision):
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
        <translation>Not merged:
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
        <translation>Comments:
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="293"/>
        <source>Stimmen (Mittel ± Streuung, als Bewertung übernommen):
</source>
        <translation>Votes (mean ± spread, taken as score):
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="294"/>
        <source>Stimmen (Mittel ± Streuung; als Bewertung mit --apply-votes):
</source>
        <translation>Votes (mean ± spread; taken as score with --apply-votes):
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewmergejson.cpp" line="296"/>
        <source>  „%1“, %2: %3 ± %4 aus %5 Stimmen (%6–%7) → %8, Bewertung jetzt %9
</source>
        <translation>  “%1”, %2: %3 ± %4 from %5 votes (%6–%7) → %8, score now %9
</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="183"/>
        <source>„%1“ ist selbst ein Workshop-Paket; ein Workshop-Paket entsteht aus einem Katalog.</source>
        <translation>“%1” is itself a workshop package; a workshop package is made from a catalog.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="188"/>
        <source>Im Katalog „%1“ gibt es kein Themenfeld %2.</source>
        <translation>The catalog “%1” has no topic area %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="234"/>
        <source>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: %2.</source>
        <translation>The workshop package “%1” is damaged or was changed outside Themenfeldplaner: %2.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="243"/>
        <source>die Angabe „%1“ fehlt oder ist keine Zahl</source>
        <translation>the entry “%1” is missing or not a number</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="250"/>
        <source>Das Workshop-Paket „%1“ hat die Formatversion %2, dieses Programm liest bis Version %3; bitte Themenfeldplaner aktualisieren.</source>
        <translation>The workshop package “%1” has format version %2, this program reads up to version %3; please update Themenfeldplaner.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="265"/>
        <source>die Herkunft fehlt</source>
        <translation>the origin is missing</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="284"/>
        <source>Das Workshop-Paket „%1“ bringt %2 neue Einträge in „%3“; ein Paket darf je Tabelle höchstens %4 neue Einträge bringen. Es wird nicht übernommen.</source>
        <translation>The workshop package “%1” brings %2 new entries in “%3”; a package may bring at most %4 new entries per table. It is not merged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="297"/>
        <source>Das Workshop-Paket „%1“ bringt in „%2“, Eintrag %3, Feld „%4“ einen Text mit %5 Zeichen; ein Paket darf Texte mit höchstens %6 Zeichen bringen. Es wird nicht übernommen.</source>
        <translation>The workshop package “%1” brings a text of %5 characters in “%2”, entry %3, field “%4”; a package may bring texts of at most %6 characters. It is not merged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="319"/>
        <source>„%1“ ist kein Workshop-Paket, sondern ein Katalog; ein Workshop-Paket erstellt „tfp review-pack“.</source>
        <translation>“%1” is not a workshop package but a catalog; “tfp review-pack” creates a workshop package.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="335"/>
        <source>Das Workshop-Paket „%1“ hat das Format %2 einer älteren Version von Themenfeldplaner, das nicht mit dem Schlüssel seines Katalogs versiegelt ist, und wird nicht übernommen; bitte erstellen Sie ein neues Workshop-Paket.</source>
        <translation>The workshop package “%1” has format %2 of an older version of Themenfeldplaner, which is not sealed with the key of its catalog, and is not merged; please create a new workshop package.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="344"/>
        <source>Das Workshop-Paket „%1“ ist mit einem Schlüssel versiegelt, den der Katalog „%2“ nicht (mehr) hat, etwa weil er über export-json und import-json umgezogen ist; es kann nicht geprüft werden und wird nicht übernommen.</source>
        <translation>The workshop package “%1” is sealed with a key that the catalog “%2” does not have (any more), for example because it was moved through export-json and import-json; it cannot be checked and is not merged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="351"/>
        <source>Das Workshop-Paket „%1“ wurde manipuliert: das Siegel seiner Herkunft und seines Ausgangsstands stimmt nicht.</source>
        <translation>The workshop package “%1” was tampered with: the seal of its origin and its base does not match.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="355"/>
        <source>%1 (Ausgangsstand)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewpackage.cpp" line="357"/>
        <source>Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner verändert: sein Ausgangsstand gehört nicht zu ihm.</source>
        <translation>The workshop package “%1” is damaged or was changed outside Themenfeldplaner: its base does not belong to it.</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="156"/>
        <source>gehört nicht zum Themenfeld „%1“ des Pakets</source>
        <translation>does not belong to the package’s topic area “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="159"/>
        <source>gehört zum gemeinsamen Katalog, den ein Workshop-Paket nicht ändert</source>
        <translation>belongs to the shared catalog, which a workshop package does not change</translation>
    </message>
    <message>
        <location filename="../core/exchange/reviewscope.cpp" line="175"/>
        <source>würde aus dem Themenfeld „%1“ des Pakets herausführen</source>
        <translation>would move out of the package’s topic area “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="92"/>
        <source>„%1“: die Datei beginnt wie UTF-16, ist aber kein gültiges UTF-16.</source>
        <translation>“%1”: the file starts like UTF-16 but is not valid UTF-16.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="96"/>
        <source>„%1“, Zeile %2: die Datei enthält ein Nullzeichen (U+0000); Text darf keines enthalten.</source>
        <translation>“%1”, line %2: the file contains a null character (U+0000); text must not contain any.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="106"/>
        <source>„%1“, Zeile %2: die Datei enthält Nullbytes und ist keine Textdatei (CSV).</source>
        <translation>“%1”, line %2: the file contains null bytes and is not a text file (CSV).</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="117"/>
        <source>„%1“: die Datei ist als UTF-8 gekennzeichnet (BOM), enthält aber ungültige Bytes.</source>
        <translation>“%1”: the file is marked as UTF-8 (BOM) but contains invalid bytes.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="124"/>
        <source>„%1“, Zeile %2: das Byte 0x%3 ist kein UTF-8, obwohl die Datei UTF-8 enthält (Zeile %4: „%5“); bitte die Datei einheitlich als UTF-8 speichern.</source>
        <translation>“%1”, line %2: the byte 0x%3 is not UTF-8, although the file contains UTF-8 (line %4: “%5”); please save the whole file as UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/exchange/tabular.cpp" line="139"/>
        <source>„%1“, Zeile %2: das Byte 0x%3 ist weder UTF-8 noch Windows-1252; bitte die Datei als UTF-8 speichern.</source>
        <translation>“%1”, line %2: the byte 0x%3 is neither UTF-8 nor Windows-1252; please save the file as UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="65"/>
        <source>erwartet wird ein gültiges Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT) zwischen 1990 und 2100</source>
        <translation>expected a valid date (DD.MM.YYYY, DD.MM.YY or YYYY-MM-DD) between 1990 and 2100</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="80"/>
        <source>erwartet wird eine ganze Zahl</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="92"/>
        <source>erwartet wird eine Zahl (etwa 12,5)</source>
        <translation>expected a number (such as 12,5)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="106"/>
        <source>erwartet wird ein Betrag in Euro (etwa 1.250.000,00)</source>
        <translation>expected an amount in euros (such as 1.250.000,00)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="143"/>
        <source>erwartet wird einer der Werte %1</source>
        <translation>expected one of the values %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="164"/>
        <source>erwartet wird eine Reifegradstufe von 0 bis 7 (etwa „3“ oder „Online-Leistung“)</source>
        <translation>expected a maturity level from 0 to 7 (such as “3” or “Online service”)</translation>
    </message>
    <message>
        <location filename="../core/exchange/values.cpp" line="189"/>
        <source>erwartet wird „ja“ oder „nein“</source>
        <translation>expected “ja” (yes) or “nein” (no)</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="28"/>
        <source>„%1“ ist keine lesbare ZIP-Datei und damit keine Excel-Arbeitsmappe (.xlsx).</source>
        <translation>“%1” is not a readable ZIP file and hence not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="33"/>
        <source>„%1“ ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx): ihr fehlt „xl/workbook.xml“. Bitte die Tabelle in Excel oder LibreOffice als .xlsx speichern.</source>
        <translation>“%1” is a ZIP file but not an Excel workbook (.xlsx): it lacks “xl/workbook.xml”. Please save the table as .xlsx in Excel or LibreOffice.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="56"/>
        <source>„%1“: die Arbeitsmappe hat zu viele Teile.</source>
        <translation>“%1”: the workbook has too many parts.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="83"/>
        <source>%1: der Text ist länger als %2 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>%1: the text is longer than %2 characters, more than an Excel cell can hold; the file is not read.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="99"/>
        <source>„%1“, Text Nr. %2 der Arbeitsmappe</source>
        <translation>“%1”, text no. %2 of the workbook</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="116"/>
        <source>„%1“: die Arbeitsmappe enthält mehr Text, als ein Import liest (höchstens %2 Texte, %3 Millionen Zeichen).</source>
        <translation>“%1”: the workbook contains more text than an import reads (at most %2 texts, %3 million characters).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="155"/>
        <source>„%1“: „xl/styles.xml“ hat zu viele Formate.</source>
        <translation>“%1”: “xl/styles.xml” has too many formats.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="224"/>
        <source>„%1“, Blatt „%2“, bei Zelle %3: die Tabelle ist größer, als ein Import liest (höchstens %4 Zellen und %5 Millionen Zeichen Text).</source>
        <translation>“%1”, sheet “%2”, at cell %3: the table is larger than an import reads (at most %4 cells and %5 million characters of text).</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="245"/>
        <source>„%1“, Blatt „%2“, Zelle %3: mehr als %4 Spalten werden nicht gelesen.</source>
        <translation>“%1”, sheet “%2”, cell %3: columns beyond %4 are not read.</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="251"/>
        <source>„%1“, Blatt „%2“, Zelle %3</source>
        <translation>“%1”, sheet “%2”, cell %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/xlsxread.cpp" line="265"/>
        <source>„%1“, Blatt „%2“, Zelle %3: verweist auf einen Text, den es nicht gibt.</source>
        <translation>“%1”, sheet “%2”, cell %3: refers to a text that does not exist.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="34"/>
        <source>„%1“: der Arbeitsmappe fehlt der Teil „%2“.</source>
        <translation>“%1”: the workbook lacks the part “%2”.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="36"/>
        <source>„%1“: der Teil „%2“ kann nicht entpackt werden.</source>
        <translation>“%1”: the part “%2” cannot be unpacked.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="74"/>
        <source>„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).</source>
        <translation>“%1”: “%2” is not valid XML (line %3: %4).</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="85"/>
        <source>„%1“: der Teil „%2“ ist beschädigt.</source>
        <translation>“%1”: the part “%2” is damaged.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="92"/>
        <source>„%1“: der Teil „%2“ enthält einen Text, der länger ist als %3 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.</source>
        <translation>“%1”: the part “%2” contains a text longer than %3 characters, more than an Excel cell can hold; the file is not read.</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="97"/>
        <source>„%1“: der Teil „%2“ ist zu groß (entpackt mehr als %3 MB).</source>
        <translation>“%1”: the part “%2” is too large (unpacks to more than %3 MB).</translation>
    </message>
    <message>
        <location filename="../core/exchange/zipread.cpp" line="119"/>
        <source>„%1“ hat kein Tabellenblatt „%2“; vorhanden: %3.</source>
        <translation>“%1” has no sheet “%2”; available: %3.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="105"/>
        <source>Termin für die Leistung %1 %2</source>
        <translation>Date for the service %1 %2</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="134"/>
        <source>Zeitplan des OZG-Programms</source>
        <translation>Schedule of the OZG programme</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="136"/>
        <source>Zeitplan – %1</source>
        <translation>Schedule – %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdi.cpp" line="228"/>
        <source>Hängt ab von „%1“ im Projekt „%2“ (nicht in dieser Datei), Abstand %3 Tage</source>
        <translation>Depends on “%1” in the project “%2” (not in this file), lag %3 days</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="57"/>
        <source>„%1“, Zeile %2: %3; es wurde nichts geändert.</source>
        <translation>“%1”, line %2: %3; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="67"/>
        <source>die Datei enthält eine DTD; MS-Project-XML hat keine</source>
        <translation>the file contains a DTD; MS Project XML has none</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="72"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „%1“</source>
        <translation>this is not an MS Project XML file (MSPDI): the root element is “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="135"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI): %1</source>
        <translation>this is not an MS Project XML file (MSPDI): %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="138"/>
        <source>das ist keine MS-Project-XML-Datei (MSPDI)</source>
        <translation>this is not an MS Project XML file (MSPDI)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="173"/>
        <source>Abhängigkeiten werden in Themenfeldplaner gepflegt; die Datei ändert sie nicht</source>
        <translation>dependencies are kept in Themenfeldplaner; the file does not change them</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="175"/>
        <source>Abhängigkeit „%1“ von „%2“</source>
        <translation>Dependency of “%1” on “%2”</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="185"/>
        <source>Verknüpfung von „%1“</source>
        <translation>Link of “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="186"/>
        <source>eine Verknüpfung, die nicht zwei Meilensteine aus Themenfeldplaner verbindet, wird nicht übernommen</source>
        <translation>a link that does not join two milestones from Themenfeldplaner is not taken over</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="198"/>
        <source>nur Ende-Anfang-Abhängigkeiten gibt es in Themenfeldplaner; %1</source>
        <translation>Themenfeldplaner has only finish-to-start dependencies; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="212"/>
        <source>in MS Project hinzugefügt; %1</source>
        <translation>added in MS Project; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="215"/>
        <source>Abstand in MS Project auf %1 Tage geändert (im Katalog %2); %3</source>
        <translation>lag changed to %1 days in MS Project (in the catalog %2); %3</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="223"/>
        <source>in MS Project entfernt; %1</source>
        <translation>removed in MS Project; %1</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="254"/>
        <source>„%1“, Zeile %2: der Vorgang „%3“ stammt aus einem anderen Katalog; ein Zeitplan wird nur in den Katalog eingelesen, aus dem er exportiert wurde. Es wurde nichts geändert.</source>
        <translation>“%1”, line %2: the task “%3” comes from another catalog; a schedule is only read into the catalog it was exported from. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="267"/>
        <location filename="../core/exchange/mspdiread.cpp" line="271"/>
        <source>Phase „%1“</source>
        <translation>Phase “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="268"/>
        <source>diese Phase hat im Katalog keinen Meilenstein mehr</source>
        <translation>this phase no longer has a milestone in the catalog</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="272"/>
        <source>das Ende wurde auf %1 verschoben (im Katalog %2); eine Phase endet mit ihrem Meilenstein: bitte den Meilenstein verschieben</source>
        <translation>its end was moved to %1 (in the catalog %2); a phase ends with its milestone: please move the milestone</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="277"/>
        <source>Vorgang „%1“</source>
        <translation>Task “%1”</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="278"/>
        <source>ein Vorgang, der nicht aus Themenfeldplaner stammt, wird nicht übernommen (neue Meilensteine im Tab Zeitplan anlegen)</source>
        <translation>a task that does not come from Themenfeldplaner is not taken over (create new milestones in the Schedule tab)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="296"/>
        <source>MS-Project-XML (MSPDI)</source>
        <translation>MS Project XML (MSPDI)</translation>
    </message>
    <message>
        <location filename="../core/exchange/mspdiread.cpp" line="297"/>
        <source>Projekte und Phasen ergeben sich aus den Meilensteinen: eingelesen werden die Meilensteine (Titel, geplant, erreicht).</source>
        <translation>Projects and phases follow from the milestones: the milestones are read (title, planned, reached).</translation>
    </message>
</context>
<context>
    <name>tfp::gui</name>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="43"/>
        <source>Themenfeldplaner: die OZG-Umsetzung eines Themenfelds planen. Öffnet den angegebenen Katalog oder das Workshop-Paket, sonst den zuletzt geöffneten Katalog, sonst den eigenen Standardkatalog (beim ersten Start aus dem eingebetteten OZG-Katalog angelegt). Die Befehlszeile heißt „tfp“.</source>
        <translation>Themenfeldplaner: plan the OZG implementation of a topic area. Opens the given catalog or workshop package, else the catalog opened last, else your own default catalog (created from the embedded OZG catalog at the first start). The command line is called “tfp”.</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="49"/>
        <source>DATEI</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="50"/>
        <source>Ein Katalog (*.tfplan) oder ein Workshop-Paket (*.tfreview).</source>
        <translation>A catalog (*.tfplan) or a workshop package (*.tfreview).</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapp.cpp" line="67"/>
        <source>%1: nur eine Datei kann geöffnet werden, nicht %2.
</source>
        <translation>%1: only one file can be opened, not %2.
</translation>
    </message>
</context>
<context>
    <name>tfp::labels</name>
    <message>
        <location filename="../core/domain/labels.cpp" line="13"/>
        <source>ohne Status</source>
        <translation>no status</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="15"/>
        <source>in Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="17"/>
        <location filename="../core/domain/labels.cpp" line="209"/>
        <source>in Umsetzung</source>
        <translation>in implementation</translation>
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
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="30"/>
        <source>Lebenslage</source>
        <translation>Life situation</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="32"/>
        <source>Geschäftslage</source>
        <translation>Business situation</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="34"/>
        <source>Querschnitt</source>
        <translation>Cross-cutting</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="43"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="45"/>
        <source>in mindestens einer Kommune</source>
        <translation>in at least one municipality</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="47"/>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="49"/>
        <source>landesweit</source>
        <translation>Land-wide</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="51"/>
        <source>bundesweit flächendeckend</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="59"/>
        <source>Stufe %1 (Modell 2.0)</source>
        <translation>Level %1 (model 2.0)</translation>
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
        <translation>Form assistant</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="68"/>
        <source>Online-Leistung</source>
        <translation>Online service</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="70"/>
        <source>Online-Transaktion</source>
        <translation>Online transaction</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="86"/>
        <source>Keine Informationen online.</source>
        <translation>No information online.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="88"/>
        <source>Informationen zur Leistung sind online.</source>
        <translation>Information about the service is online.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="90"/>
        <source>Hilfe beim Ausfüllen, aber keine Online-Antragstellung.</source>
        <translation>Help to fill in the form, but no online application.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="92"/>
        <source>Antrag und alle Nachweise online; die OZG-Pflicht gilt ab hier als erfüllt.</source>
        <translation>Application and all evidence online; the OZG obligation counts as met from here.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="94"/>
        <source>Vollständig digital, Nachweise holt die Verwaltung selbst (Once-Only).</source>
        <translation>Fully digital, the administration fetches the evidence itself (once-only).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="103"/>
        <source>Bundesressort</source>
        <translation>Federal ministry</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="105"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="107"/>
        <source>Kommunale Spitzenverbände</source>
        <translation>Municipal umbrella associations</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="109"/>
        <source>Behörde</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="111"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="120"/>
        <source>federführend</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="122"/>
        <source>umsetzend</source>
        <translation>implementing</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="124"/>
        <source>mitarbeitend</source>
        <translation>contributing</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="133"/>
        <source>Federführend: verantwortet das Themenfeld (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung der Onlinedienste).</source>
        <translation>Lead: responsible for the topic area (ministry: content, acceptance, budget; Land: building and providing the online services).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="137"/>
        <source>Umsetzend: baut im Auftrag des federführenden Landes Onlinedienste.</source>
        <translation>Implementing: builds online services on behalf of the lead Land.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="139"/>
        <source>Mitarbeitend: wirkt fachlich mit, ohne eigene Umsetzungsverantwortung.</source>
        <translation>Contributing: takes part with expertise, without implementation responsibility of its own.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="148"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="150"/>
        <source>EfA – zentraler Betrieb</source>
        <translation>EfA – central operation</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="152"/>
        <source>EfA – Nachnutzung (Roll-in)</source>
        <translation>EfA – reuse (roll-in)</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="154"/>
        <source>länderindividuell</source>
        <translation>per Land</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="156"/>
        <source>Bund zentral</source>
        <translation>federal, central</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="165"/>
        <source>Das Umsetzungsmodell ist noch nicht entschieden.</source>
        <translation>The implementation model has not been decided yet.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="167"/>
        <source>Einer für Alle: ein Land baut und betreibt den Dienst zentral für alle anderen.</source>
        <translation>One for all: one Land builds the service and runs it centrally for all others.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="169"/>
        <source>Einer für Alle: ein Land baut, die anderen übernehmen den Dienst in ihre Infrastruktur (Roll-in).</source>
        <translation>One for all: one Land builds it, the others take the service into their own infrastructure (roll-in).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="173"/>
        <source>Jedes Land setzt die Leistung selbst um.</source>
        <translation>Each Land implements the service itself.</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="175"/>
        <source>Der Bund stellt den Dienst zentral bereit (Typ-1-Leistungen).</source>
        <translation>The federal government provides the service centrally (Typ-1 services).</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="184"/>
        <source>Vorbereitung</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="186"/>
        <source>Konzeption</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="188"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="190"/>
        <source>Pilotierung</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="192"/>
        <source>Roll-out / Nachnutzung</source>
        <translation>Roll-out / reuse</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="194"/>
        <source>Inbetriebnahme (Regelbetrieb)</source>
        <translation>Commissioning (regular operation)</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="196"/>
        <source>flächendeckend verfügbar</source>
        <translation>available nationwide</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="205"/>
        <source>interessiert</source>
        <translation>interested</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="207"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="211"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="213"/>
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="222"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="224"/>
        <source>Basiskomponente</source>
        <translation>Basic component</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="226"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="228"/>
        <source>Rechtsänderung</source>
        <translation>Legal change</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="230"/>
        <source>Abhängigkeit</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="239"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="241"/>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="243"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="254"/>
        <source>Bund</source>
        <translation>Federal programme</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="256"/>
        <source>Föderal</source>
        <translation>Federal-state programme</translation>
    </message>
    <message>
        <location filename="../core/domain/labels.cpp" line="258"/>
        <source>Misch</source>
        <translation>Mixed</translation>
    </message>
</context>
<context>
    <name>tfp::report</name>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="40"/>
        <source>Deckblatt</source>
        <translation>Cover page</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="42"/>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="44"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="55"/>
        <source>Priorisierung</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="46"/>
        <location filename="../core/report/arbeitsplan.cpp" line="281"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="54"/>
        <source>Umsetzungsprojekte</source>
        <translation>Implementation projects</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="48"/>
        <source>Wellenplanung und Zeitplan</source>
        <translation>Wave planning and schedule</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="50"/>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="52"/>
        <source>Abdeckung und Lücken</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="54"/>
        <source>Risiken und Abhängigkeiten</source>
        <translation>Risks and dependencies</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="56"/>
        <source>Anhang: Steckbriefe der OZG-Leistungen</source>
        <translation>Appendix: profiles of the OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="73"/>
        <source>unbekannter Abschnitt „%1“; erwartet wird eine Liste aus %2.</source>
        <translation>unknown section ‘%1’; expected a list of %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="83"/>
        <source>keine Abschnitte gewählt; erwartet wird eine Liste aus %1.</source>
        <translation>no sections selected; expected a list of %1.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="114"/>
        <source>und</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="123"/>
        <source>Arbeitsplan %1.pdf</source>
        <translation>Work plan %1.pdf</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="232"/>
        <source>Arbeitsplan</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="233"/>
        <source>Themenfeld %1</source>
        <translation>Topic area %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="234"/>
        <source>Stand: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="236"/>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="250"/>
        <source>Für dieses Themenfeld ist keine Federführung erfasst.</source>
        <translation>No lead is recorded for this topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="252"/>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="253"/>
        <source>Beteiligter</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="254"/>
        <location filename="../core/report/arbeitsplan.cpp" line="304"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="131"/>
        <location filename="../core/report/arbeitsplantermine.cpp" line="27"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="255"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="256"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="259"/>
        <source>Rollen: federführend (FF), umsetzend (U), mitarbeitend (MA). Das federführende Ressort verantwortet Inhalt, Abnahme der Meilensteine und Budget; das federführende Land baut die Onlinedienste und stellt sie bereit.</source>
        <translation>Roles: lead (FF), implementing (U), contributing (MA). The lead Ressort is responsible for the content, the acceptance of milestones and the budget; the lead Land builds the Onlinedienste and provides them.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="264"/>
        <source>Erstellt von %1</source>
        <translation>Created by %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="275"/>
        <source>Kennzahl</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="275"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="173"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="276"/>
        <source>OZG-Leistungen (alle)</source>
        <translation>OZG services (all)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="277"/>
        <source>OZG-Leistungen im Digitalisierungsprogramm Föderal</source>
        <translation>OZG services in the federal-state digitalisation programme</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="278"/>
        <source>davon Mischleistungen</source>
        <translation>of which mixed services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="279"/>
        <source>Digitalisierungsprogramm Bund (nur Typ 1)</source>
        <translation>Federal digitalisation programme (type 1 only)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="282"/>
        <source>OZG-konform (Reifegrad ab 3)</source>
        <translation>OZG-compliant (maturity level 3 or higher)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="287"/>
        <source>Lagen</source>
        <translation>Life/business situations</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="302"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="54"/>
        <source>Das Themenfeld hat keine Lagen.</source>
        <translation>The topic area has no life/business situations.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="303"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="47"/>
        <source>Lage</source>
        <translation>Life/business situation</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="305"/>
        <location filename="../core/report/arbeitsplan.cpp" line="363"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="105"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="158"/>
        <location filename="../core/report/chartmodel.cpp" line="54"/>
        <source>Leistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="306"/>
        <location filename="../core/report/arbeitsplan.cpp" line="340"/>
        <source>Föderal</source>
        <translation>Federal-state programme</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="307"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="308"/>
        <source>in Projekten</source>
        <translation>in projects</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="311"/>
        <source>Nach LeiKa-Typ</source>
        <translation>By LeiKa type</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="319"/>
        <source>ohne Typ</source>
        <translation>no type</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="327"/>
        <source>Den OZG-Leistungen des Themenfelds sind keine LeiKa-Leistungen zugeordnet.</source>
        <translation>No LeiKa services are assigned to the OZG services of the topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="328"/>
        <source>LeiKa-Typ</source>
        <translation>LeiKa type</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="329"/>
        <source>LeiKa-Leistungen</source>
        <translation>LeiKa services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="330"/>
        <location filename="../core/report/chartmodel.cpp" line="97"/>
        <source>OZG-Leistungen</source>
        <translation>OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="333"/>
        <source>Nach Status</source>
        <translation>By status</translation>
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
        <translation>all</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="343"/>
        <source>Nach Reifegrad (Modell 1.x)</source>
        <translation>By maturity level (model 1.x)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="349"/>
        <location filename="../core/report/chartmodel.cpp" line="87"/>
        <source>ohne Angabe</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="352"/>
        <source>nach Modell 2.0 bewertet</source>
        <translation>rated under model 2.0</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <source>Reifegrad</source>
        <translation>Maturity level</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="96"/>
        <location filename="../core/report/chartmodel.cpp" line="84"/>
        <source>Ist</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="354"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="97"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="143"/>
        <location filename="../core/report/chartbars.cpp" line="40"/>
        <location filename="../core/report/chartmodel.cpp" line="84"/>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="357"/>
        <source>Nach Flächendeckung</source>
        <translation>By coverage area</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="362"/>
        <source>mit Onlinedienst</source>
        <translation>with Onlinedienst</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="363"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="51"/>
        <source>Flächendeckung</source>
        <translation>Coverage area</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="375"/>
        <source>Für dieses Themenfeld sind keine Kriterien festgelegt.</source>
        <translation>No criteria are defined for this topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="377"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="378"/>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="379"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="380"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="383"/>
        <source>Alle Gewichte sind 0: jedes Kriterium zählt gleich.</source>
        <translation>All weights are 0: every criterion counts equally.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="385"/>
        <source>Kategorien: höchste Priorität ab Score %1, hohe ab %2, mittlere ab %3, sonst niedrige. Der Score (0–5) ist das gewichtete Mittel über die vorhandenen Bewertungen; eine fehlende Bewertung zählt nicht als 0.</source>
        <translation>Categories: highest priority from a score of %1, high from %2, medium from %3, otherwise low. The score (0–5) is the weighted mean of the existing ratings; a missing rating does not count as 0.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <location filename="../core/report/chartmodel.cpp" line="319"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="31"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="94"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="185"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="139"/>
        <source>OZG-ID</source>
        <translation>OZG ID</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="398"/>
        <source>Leistung</source>
        <translation>Service</translation>
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
        <translation>Category</translation>
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
        <translation>Wave</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="413"/>
        <location filename="../core/report/arbeitsplananhang.cpp" line="33"/>
        <source>nicht bewertet</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="419"/>
        <location filename="../core/report/arbeitsplan.cpp" line="424"/>
        <source>Rangfolge</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="420"/>
        <source>Das Themenfeld hat keine OZG-Leistungen zu priorisieren.</source>
        <translation>The topic area has no OZG services to prioritise.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="433"/>
        <location filename="../core/report/chartmodel.cpp" line="405"/>
        <source>Das Themenfeld %1 gibt es im Katalog nicht.</source>
        <translation>The topic area %1 does not exist in the catalogue.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="435"/>
        <source>Für den Arbeitsplan fehlt ein gültiges Datum (Stand).</source>
        <translation>The work plan has no valid date (as of).</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="437"/>
        <source>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</source>
        <translation>The period starts on %1, after its end on %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="440"/>
        <source>Für den Arbeitsplan ist kein Abschnitt gewählt.</source>
        <translation>No section is selected for the work plan.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="443"/>
        <source>Arbeitsplan %1</source>
        <translation>Work plan %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="447"/>
        <source>Stand %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplan.cpp" line="452"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="17"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="44"/>
        <source>Das Themenfeld hat keine OZG-Leistungen.</source>
        <translation>The topic area has no OZG services.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="20"/>
        <source>SDG: Anhang I (Informationen) und Anhang II (Verfahren) der Single-Digital-Gateway-Verordnung.</source>
        <translation>SDG: Annex I (information) and Annex II (procedures) of the Single Digital Gateway Regulation.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="36"/>
        <source>Rang %1, Score %2, %3, %4, Welle %5</source>
        <translation>Rank %1, score %2, %3, %4, wave %5</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="43"/>
        <source>Rang %1, nicht bewertet, Welle %2</source>
        <translation>Rank %1, not rated, wave %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="48"/>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="50"/>
        <source>Reifegrad Ist / Ziel</source>
        <translation>Maturity level current / target</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="52"/>
        <source>Go-live / flächendeckend</source>
        <translation>Go-live / nationwide</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="54"/>
        <source>keines</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="57"/>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="185"/>
        <source>Rechtsänderung</source>
        <translation>Legal change</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="59"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="60"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="115"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="60"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="115"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="80"/>
        <source>Keine LeiKa-Leistungen zugeordnet.</source>
        <translation>No LeiKa services assigned.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="82"/>
        <source>LeiKa-Schlüssel</source>
        <translation>LeiKa key</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="83"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="84"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplananhang.cpp" line="85"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
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
        <translation>OZG service</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="41"/>
        <source>Leistungen in keinem Projekt</source>
        <translation>Services in no project</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="45"/>
        <source>Jede OZG-Leistung des Themenfelds ist in einem Projekt.</source>
        <translation>Every OZG service of the topic area is in a project.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="47"/>
        <source>Lagen ohne Aktivität</source>
        <translation>Life/business situations without activity</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="55"/>
        <source>In jeder Lage ist mindestens eine Leistung in Planung, in Umsetzung, online oder in einem Projekt.</source>
        <translation>In every life/business situation at least one service is planned, in implementation, online or in a project.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="58"/>
        <source>Länder ohne Nachnutzung</source>
        <translation>Länder without reuse</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="67"/>
        <source>Ohne Projekte gibt es keine Nachnutzung.</source>
        <translation>Without projects there is no reuse.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="69"/>
        <source>Jedes Land nutzt mindestens ein Projekt nach.</source>
        <translation>Every Land reuses at least one project.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="70"/>
        <source>Ohne Nachnutzung: %1.</source>
        <translation>Without reuse: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="71"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="72"/>
        <source>Projekte nachgenutzt</source>
        <translation>Projects reused</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="73"/>
        <source>Anteil der Projekte</source>
        <translation>Share of projects</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="77"/>
        <source>Reifegrad-Lücken</source>
        <translation>Maturity level gaps</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="87"/>
        <source>%1 Leistungen liegen unter ihrem Ziel-Reifegrad (zusammen %2 Stufen); %3 haben keinen Ist-Reifegrad, %4 keinen Onlinedienst.</source>
        <translation>%1 services are below their target maturity level (%2 levels in total); %3 have no actual maturity level, %4 no Onlinedienst.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="98"/>
        <source>Stufen</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="105"/>
        <source>Risiken</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="126"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="129"/>
        <source>Für dieses Themenfeld sind keine Risiken erfasst.</source>
        <translation>No risks are recorded for this topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="132"/>
        <source>Einstufung</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="133"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="134"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="135"/>
        <source>Bezug</source>
        <translation>Relates to</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="138"/>
        <source>Abhängigkeiten zwischen Leistungen</source>
        <translation>Dependencies between services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="149"/>
        <source>anderes Themenfeld: %1</source>
        <translation>other topic area: %1</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="151"/>
        <source>Es sind keine Abhängigkeiten erfasst.</source>
        <translation>No dependencies are recorded.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="153"/>
        <source>hängt ab von</source>
        <translation>depends on</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="153"/>
        <source>Anmerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="158"/>
        <source>Zyklus: %1 hängen im Kreis voneinander ab und werden gemeinsam geplant.</source>
        <translation>Cycle: %1 depend on each other in a circle and are planned together.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="164"/>
        <source>%1 (Rang %2) hängt ab von %3 (Rang %4): %3 wird früher geplant, als sein Rang sagt.</source>
        <translation>%1 (rank %2) depends on %3 (rank %4): %3 is planned earlier than its rank says.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="170"/>
        <source>%1 ist auf Welle %2 festgelegt, hängt aber von %3 in Welle %4 ab: es rückt in Welle %4.</source>
        <translation>%1 is fixed to wave %2 but depends on %3 in wave %4: it moves to wave %4.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="177"/>
        <source>Nötige Rechtsänderungen</source>
        <translation>Required legal changes</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanluecken.cpp" line="183"/>
        <source>Für keine Leistung ist eine Rechtsänderung vermerkt.</source>
        <translation>No legal change is noted for any service.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="20"/>
        <source>ohne Termine</source>
        <translation>no dates</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="41"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="66"/>
        <source>neu</source>
        <comment>Meilenstein ohne Termin im verglichenen Stand</comment>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="87"/>
        <source>kein Zahlungsplan</source>
        <translation>no payment plan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="88"/>
        <source>%1 geplant, %2 abgeflossen (%3 Quartale)</source>
        <translation>%1 planned, %2 spent (%3 quarters)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="97"/>
        <source>Für dieses Themenfeld sind keine Umsetzungsprojekte angelegt.</source>
        <translation>No implementation projects have been created for this topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="104"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="106"/>
        <source>Koordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="107"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="117"/>
        <source>EfA-Modell</source>
        <translation>EfA model</translation>
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
        <translation>Implementation coordination</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="119"/>
        <location filename="../core/report/chartgantt.cpp" line="93"/>
        <source>Laufzeit</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="120"/>
        <source>Umsetzende Länder</source>
        <translation>Implementing Länder</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="121"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="123"/>
        <source>Zahlungsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="137"/>
        <source>Dem Projekt sind keine OZG-Leistungen zugeordnet.</source>
        <translation>No OZG services are assigned to the project.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="140"/>
        <source>Gebündelte OZG-Leistung</source>
        <translation>Bundled OZG service</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="142"/>
        <source>Reifegrad Ist</source>
        <translation>Actual maturity level</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="155"/>
        <source>Kapazität je Welle: %1 %2.</source>
        <translation>Capacity per wave: %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="157"/>
        <location filename="../core/report/chartmodel.cpp" line="258"/>
        <location filename="../core/report/chartmodel.cpp" line="272"/>
        <source>Personentage</source>
        <translation>person-days</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="159"/>
        <source>Ohne Kapazitätsgrenze: jede Leistung steht in der frühesten Welle, die ihre Abhängigkeiten erlauben.</source>
        <translation>No capacity limit: every service is in the earliest wave its dependencies allow.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="167"/>
        <source> (überbucht)</source>
        <translation> (overbooked)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="171"/>
        <source>Es sind keine Wellen geplant: das Themenfeld hat keine OZG-Leistungen.</source>
        <translation>No waves are planned: the topic area has no OZG services.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="174"/>
        <source>Belegt</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="175"/>
        <source>OZG-Leistungen nach Rang</source>
        <translation>OZG services by rank</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="185"/>
        <source>Zeitplan der Umsetzungsprojekte</source>
        <translation>Schedule of the implementation projects</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="187"/>
        <source>Kein Projekt des Themenfelds hat Termine: es gibt keinen Zeitplan zu zeigen.</source>
        <translation>No project of the topic area has dates: there is no schedule to show.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="193"/>
        <source>Zeitraum %1 bis %2, Stand %3 (rote Linie). Schmaler Balken: Laufzeit des Projekts; darunter ein Balken je Phase vom vorigen Phasen-Meilenstein bis zu ihrem (hell geplant, gefüllt erreicht, rot überfällig bis zum Stand, rote Linie: Verzug); Rauten: Meilensteine (leer geplant, gefüllt erreicht), rot umkreist und mit „!“ außerhalb der Laufzeit. Der Zeitplan folgt auf Seiten im Querformat, je Blatt die Projekte mit Terminen in seinem Zeitraum; Zeiträume ohne Termine entfallen.</source>
        <translation>Period %1 to %2, as of %3 (red line). Thin bar: the project&apos;s duration; below it a bar per phase from the previous phase milestone to its own (light: planned, filled: reached, red: overdue up to the as-of date, red line: slip); diamonds: milestones (hollow planned, filled reached), ringed in red and marked „!“ outside the project&apos;s duration. The schedule follows on landscape pages, each sheet with the projects that have dates in its period; periods without dates are left out.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="204"/>
        <source>Verglichen mit dem Stand „%1“: gestrichelte graue Rauten zeigen, wo ein Meilenstein damals geplant war, wenn er seither verschoben wurde, mit einer dünnen Linie zum heutigen Plan.</source>
        <translation>Compared with the snapshot “%1”: dashed grey diamonds show where a milestone was planned then if it has moved since, with a thin line to today&apos;s plan.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="241"/>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="289"/>
        <location filename="../core/report/chartgantt.cpp" line="100"/>
        <source>erreicht</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="242"/>
        <source>%1 Tage später</source>
        <translation>%1 days later</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="243"/>
        <source>%1 Tage früher</source>
        <translation>%1 days earlier</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="244"/>
        <source>termingerecht</source>
        <translation>on schedule</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="247"/>
        <location filename="../core/report/chartgantt.cpp" line="77"/>
        <source>überfällig seit %1 Tagen</source>
        <translation>overdue for %1 days</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="249"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="249"/>
        <source>ohne Termin</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="254"/>
        <source>%1 am %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="255"/>
        <source>%1, offen</source>
        <translation>%1, open</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="258"/>
        <source> (nur %1)</source>
        <translation> (only %1)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="271"/>
        <source>%1 Meilensteine, davon %2 erreicht (%3 später als geplant) und %4 überfällig am %5.</source>
        <translation>%1 milestones, of which %2 achieved (%3 later than planned) and %4 overdue on %5.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="277"/>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="277"/>
        <location filename="../core/report/chartmodel.cpp" line="119"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="280"/>
        <source>Verglichen mit dem Stand „%1“: seither verschoben %2, neu geplant %3. „im Stand“ nennt den damals geplanten Termin, „Verschiebung“ die Tage seither (+ später, − früher).</source>
        <translation>Compared with the snapshot “%1”: moved since %2, newly planned %3. “In snapshot” gives the date planned then, “Shift” the days since (+ later, − earlier).</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="286"/>
        <source>im Stand</source>
        <translation>In snapshot</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="287"/>
        <source>Verschiebung</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="290"/>
        <source>Abweichung</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanprojekte.cpp" line="291"/>
        <source>Abnahme</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="91"/>
        <source>%1, %2 – %3: %4</source>
        <translation>%1, %2 – %3: %4</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="132"/>
        <source>%1: Plan %2, Mittelabfluss %3, %4 Personentage</source>
        <translation>%1: plan %2, outflow %3, %4 person-days</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="165"/>
        <source>Zahl der nachgenutzten Projekte</source>
        <translation>Number of reused projects</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="188"/>
        <source>%1: im Reiter „Projekte“ öffnen</source>
        <translation>%1: open in the ‘Projects’ tab</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="200"/>
        <source>%1 in %2: %3 nachgenutzt</source>
        <translation>%1 in %2: %3 reused</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="202"/>
        <source>%1 Projekt</source>
        <translation>%1 project</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="202"/>
        <source>%1 Projekte</source>
        <translation>%1 projects</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="207"/>
        <source>%1 in „%2“: %3</source>
        <translation>%1 in ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartbars.cpp" line="209"/>
        <source>%1 in „%2“: keine Nachnutzung erfasst</source>
        <translation>%1 in ‘%2’: no reuse recorded</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="276"/>
        <source>heute %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="339"/>
        <source>%1 OZG-Leistung</source>
        <translation>%1 OZG service</translation>
    </message>
    <message>
        <location filename="../core/report/chartcanvas.cpp" line="339"/>
        <source>%1 OZG-Leistungen</source>
        <translation>%1 OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="34"/>
        <source>Die Größe %1 × %2 Pixel ist nicht möglich: Breite und Höhe müssen zwischen %3 und %4 liegen.</source>
        <translation>The size %1 × %2 pixels is not possible: width and height must be between %3 and %4.</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="85"/>
        <source>„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.</source>
        <translation>‘%1’: the chart can only be saved as .png or .svg.</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="87"/>
        <source>„%1“: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartexport.cpp" line="95"/>
        <source>„%1“: das Bild konnte nicht erzeugt werden.</source>
        <translation>‘%1’: the image could not be created.</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="17"/>
        <source>%1 Tag</source>
        <translation>%1 day</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="17"/>
        <source>%1 Tage</source>
        <translation>%1 days</translation>
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
        <translation>planned %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="70"/>
        <location filename="../core/report/chartgantt.cpp" line="123"/>
        <source>erreicht %1</source>
        <translation>achieved %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="57"/>
        <location filename="../core/report/chartgantt.cpp" line="72"/>
        <source> (%1 später)</source>
        <translation> (%1 later)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="51"/>
        <source>im Stand „%1“: noch nicht geplant</source>
        <translation>in snapshot “%1”: not yet planned</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="52"/>
        <source>im Stand „%1“: %2</source>
        <translation>in snapshot “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="59"/>
        <location filename="../core/report/chartgantt.cpp" line="74"/>
        <source> (%1 früher)</source>
        <translation> (%1 earlier)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="60"/>
        <source> (unverändert)</source>
        <translation> (unchanged)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="77"/>
        <source>überfällig seit %1 Tag</source>
        <translation>overdue for %1 day</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="80"/>
        <source>außerhalb der Laufzeit des Projekts (%1 bis %2)</source>
        <translation>outside the project&apos;s duration (%1 to %2)</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="94"/>
        <source>Phase geplant</source>
        <translation>Phase planned</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="95"/>
        <source>Phase erreicht</source>
        <translation>Phase reached</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="96"/>
        <source>Verzug</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="97"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="99"/>
        <source>Meilenstein geplant</source>
        <translation>Milestone planned</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="101"/>
        <source>außerhalb der Laufzeit</source>
        <translation>outside the duration</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="103"/>
        <source>Stand „%1“</source>
        <translation>Snapshot “%1”</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="105"/>
        <source>Abhängigkeit</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="106"/>
        <source>Abhängigkeit verletzt</source>
        <translation>Dependency broken</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="113"/>
        <source>%1: Phase %2</source>
        <translation>%1: phase %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="117"/>
        <source>geplant %1 bis %2</source>
        <translation>planned %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="118"/>
        <source>geplant bis %1</source>
        <translation>planned until %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="122"/>
        <source>erreicht %1 bis %2</source>
        <translation>reached %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="125"/>
        <source>überfällig seit %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="202"/>
        <source>%1: Laufzeit %2 bis %3</source>
        <translation>%1: duration %2 to %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="33"/>
        <source>Abhängigkeit: %1 folgt %2 (Abstand %3)</source>
        <translation>Dependency: %1 follows %2 (lag %3)</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="34"/>
        <source>Abhängigkeit: %1 folgt %2</source>
        <translation>Dependency: %1 follows %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="36"/>
        <source>verletzt: frühestens am %1</source>
        <translation>broken: no earlier than %1</translation>
    </message>
    <message>
        <location filename="../core/report/chartganttpfeile.cpp" line="135"/>
        <location filename="../core/report/chartganttpfeile.cpp" line="144"/>
        <source>%1 liegt außerhalb dieses Ausschnitts.</source>
        <translation>%1 lies outside this section of the chart.</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="404"/>
        <source>%1 (Phase %2): im Reiter „Projekte“ öffnen</source>
        <translation>%1 (phase %2): open in the ‘Projects’ tab</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="419"/>
        <source>… und %1 weiteres Umsetzungsprojekt: für alle ein höheres Bild wählen</source>
        <translation>… and %1 more implementation project: choose a taller image to show all</translation>
    </message>
    <message>
        <location filename="../core/report/chartgantt.cpp" line="420"/>
        <source>… und %1 weitere Umsetzungsprojekte: für alle ein höheres Bild wählen</source>
        <translation>… and %1 more implementation projects: choose a taller image to show all</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="49"/>
        <source>alle OZG-Leistungen im Umfang</source>
        <translation>all OZG services in scope</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="69"/>
        <source>%1 am %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="81"/>
        <source>Rangspanne</source>
        <translation>Rank range</translation>
    </message>
    <message>
        <location filename="../core/report/chartlines.cpp" line="118"/>
        <source>Rang %1: %2 (%3)
Score %4, Rangspanne %5–%6</source>
        <translation>Rank %1: %2 (%3)
Score %4, rank range %5–%6</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="32"/>
        <source>Umfang Föderal</source>
        <translation>Scope federal-state programme</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="32"/>
        <source>Umfang alle</source>
        <translation>Scope all</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="44"/>
        <source>Keine OZG-Leistungen im Umfang Föderal</source>
        <translation>No OZG services in scope federal-state programme</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="45"/>
        <source>Noch keine OZG-Leistungen in diesem Themenfeld</source>
        <translation>No OZG services in this topic area yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="46"/>
        <source>Noch keine OZG-Leistungen im Katalog</source>
        <translation>No OZG services in the catalogue yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="61"/>
        <source>%1, %2, Stand %3</source>
        <translation>%1, %2, as of %3</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="98"/>
        <source>Je Zeile oben Ist, unten Ziel; Reifegradmodell 1.x, %1, Stand %2</source>
        <translation>Each row: actual above, target below; maturity model 1.x, %1, as of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="101"/>
        <source>; %n nach Modell 2.0 bewertet, nicht gezeigt</source>
        <translation>
            <numerusform>; %n rated under model 2.0, not shown</numerusform>
            <numerusform>; %n rated under model 2.0, not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="122"/>
        <source>online (ist)</source>
        <translation>online (actual)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="128"/>
        <source>OZG-Leistungen online</source>
        <translation>OZG services online</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="141"/>
        <source>%1, davon %2 online</source>
        <translation>%1, of which %2 online</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="143"/>
        <source>, %n ohne Go-live-Datum (ab Beginn gezählt)</source>
        <translation>
            <numerusform>, %n without go-live date (counted from start)</numerusform>
            <numerusform>, %n without go-live date (counted from start)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="145"/>
        <source>; %n ohne Plantermin</source>
        <translation>
            <numerusform>; %n without planned date</numerusform>
            <numerusform>; %n without planned date</numerusform>
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
        <translation>No go-live dates planned yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="163"/>
        <source>Meilensteine geplant</source>
        <translation>Milestones planned</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="164"/>
        <source>Meilensteine erreicht</source>
        <translation>Milestones achieved</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="185"/>
        <source>%1 Umsetzungsprojekt</source>
        <translation>%1 implementation project</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="185"/>
        <source>%1 Umsetzungsprojekte</source>
        <translation>%1 implementation projects</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="186"/>
        <source>%1 Meilenstein</source>
        <translation>%1 milestone</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="186"/>
        <source>%1 Meilensteine</source>
        <translation>%1 milestones</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="187"/>
        <source>, %n überfällig</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="188"/>
        <source>; Zeitraum %1 bis %2</source>
        <translation>; period %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="190"/>
        <location filename="../core/report/chartmodel.cpp" line="247"/>
        <source>Noch keine Umsetzungsprojekte angelegt</source>
        <translation>No implementation projects created yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="192"/>
        <source>Noch keine Meilensteine geplant</source>
        <translation>No milestones planned yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="243"/>
        <source>Stand der Nachnutzung je Land und Umsetzungsprojekt</source>
        <translation>Reuse status by Land and implementation project</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="244"/>
        <source>Nachgenutzte Umsetzungsprojekte (geplant, in Umsetzung, live) je Land und Themenfeld</source>
        <translation>Reused implementation projects (planned, in implementation, live) by Land and topic area</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="249"/>
        <source>Noch keine Nachnutzung erfasst</source>
        <translation>No reuse recorded yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="256"/>
        <source>Plan (Zahlungsplan)</source>
        <translation>Plan (payment plan)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="257"/>
        <source>Mittelabfluss (ist)</source>
        <translation>Outflow (actual)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="261"/>
        <source>Q%1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="271"/>
        <source>Euro</source>
        <translation>euros</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="274"/>
        <source>Summe Plan %1, Mittelabfluss %2</source>
        <translation>Total plan %1, outflow %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="278"/>
        <source>; %n Zahlungen außerhalb der Jahre %1–%2 oder der Quartale 1–4 nicht gezeigt</source>
        <translation>
            <numerusform>; %n payment outside the years %1–%2 or the quarters 1–4 not shown</numerusform>
            <numerusform>; %n payments outside the years %1–%2 or the quarters 1–4 not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="283"/>
        <source>Noch kein Zahlungsplan erfasst</source>
        <translation>No payment plan recorded yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="289"/>
        <source>Die Priorisierung gilt je Themenfeld: wählen Sie ein Themenfeld.</source>
        <translation>Prioritisation applies per topic area: choose a topic area.</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="294"/>
        <source>bester Rang</source>
        <translation>best rank</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="295"/>
        <source>schlechtester Rang</source>
        <translation>worst rank</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="320"/>
        <source>Score (0–5)</source>
        <translation>Score (0–5)</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="322"/>
        <source>%1 bewertete OZG-Leistung</source>
        <translation>%1 rated OZG service</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="323"/>
        <source>%1 bewertete OZG-Leistungen</source>
        <translation>%1 rated OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="324"/>
        <source>; Balken: Rangspanne bei ±%1 % Gewicht je Kriterium</source>
        <translation>; bars: rank range at ±%1 % weight per criterion</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/chartmodel.cpp" line="327"/>
        <source>; %n ohne Bewertung nicht gezeigt</source>
        <translation>
            <numerusform>; %n without rating not shown</numerusform>
            <numerusform>; %n without rating not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="329"/>
        <source>Noch keine Bewertungen erfasst</source>
        <translation>No ratings recorded yet</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="374"/>
        <source>Status der OZG-Leistungen</source>
        <translation>Status of the OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="377"/>
        <source>Reifegrad ist und Ziel je Lage</source>
        <translation>Maturity level actual and target by life/business situation</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="378"/>
        <source>Reifegrad ist und Ziel je Themenfeld</source>
        <translation>Maturity level actual and target by topic area</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="381"/>
        <source>Go-live: OZG-Leistungen online, geplant und ist</source>
        <translation>Go-live: OZG services online, planned and actual</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="384"/>
        <source>Meilensteine der Umsetzungsprojekte</source>
        <translation>Milestones of the implementation projects</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="387"/>
        <source>Nachnutzung durch die Länder</source>
        <translation>Reuse by the Länder</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="390"/>
        <source>Budget: Plan und Mittelabfluss je Quartal</source>
        <translation>Budget: plan and outflow per quarter</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="393"/>
        <source>Priorisierung: Score nach Rang</source>
        <translation>Prioritisation: score by rank</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="397"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="397"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../core/report/chartmodel.cpp" line="403"/>
        <source>Für das Diagramm fehlt das Datum „heute“.</source>
        <translation>The chart is missing the date ‘today’.</translation>
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
        <translation>Heading %1 (not in contents)</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="107"/>
        <source>Text klein</source>
        <translation>Text small</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="108"/>
        <source>Text klein fett</source>
        <translation>Text small bold</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="109"/>
        <source>Text fett</source>
        <translation>Text bold</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="112"/>
        <source>Zwischentitel %1</source>
        <translation>Subheading %1</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="116"/>
        <source>Tabelleninhalt fett</source>
        <translation>Table contents bold</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="117"/>
        <source>Tabelleninhalt klein</source>
        <translation>Table contents small</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="118"/>
        <source>Tabelleninhalt klein fett</source>
        <translation>Table contents small bold</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="121"/>
        <source>Tabellenüberschrift klein</source>
        <translation>Table heading small</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="138"/>
        <source>Kopfzeile quer</source>
        <translation>Header landscape</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="140"/>
        <source>Fußzeile quer</source>
        <translation>Footer landscape</translation>
    </message>
    <message>
        <location filename="../core/report/odtstyles.cpp" line="239"/>
        <location filename="../core/report/pdfdocument.cpp" line="153"/>
        <source>Seite %1 von %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../core/report/pdfdocument.cpp" line="241"/>
        <source>Die Datei „%1“ kann nicht geschrieben werden: %2</source>
        <translation>The file ‘%1’ cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="35"/>
        <source>%1 von %2 %3</source>
        <translation>%1 of %2 %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="52"/>
        <source>%1 – Ist: %2; Ziel: %3</source>
        <translation>%1 – current: %2; target: %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="70"/>
        <source>Einträge je Land bei %1 Umsetzungsprojekten: %2</source>
        <translation>Entries per Land for %1 implementation projects: %2</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="80"/>
        <source>%1 Plan %2, Abfluss %3, %4 Personentage</source>
        <translation>%1 plan %2, outflow %3, %4 person-days</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="95"/>
        <source>%1: %2 bis %3</source>
        <translation>%1: %2 by %3</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="99"/>
        <source>%1 von %2 OZG-Leistungen</source>
        <translation>%1 of %2 OZG services</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="115"/>
        <source>Rang %1 %2 (Score %3)</source>
        <translation>Rank %1 %2 (score %3)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="148"/>
        <source>Diagramm „%1“ (%2): %3.</source>
        <translation>Chart “%1” (%2): %3.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="170"/>
        <source>%1 (%2 bis %3): %4, davon %5 erreicht, %6 überfällig</source>
        <translation>%1 (%2 to %3): %4, of which %5 reached, %6 overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/arbeitsplanalt.cpp" line="172"/>
        <source>%n Meilensteine</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="174"/>
        <source>, %1 außerhalb der Laufzeit des Projekts</source>
        <translation>, %1 outside the project&apos;s duration</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="176"/>
        <source>, %1 seit dem verglichenen Stand verschoben</source>
        <translation>, %1 moved since the compared snapshot</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplanalt.cpp" line="179"/>
        <source>Zeitplan vom %1 bis %2, heute %3: %4.</source>
        <translation>Schedule from %1 to %2, today %3: %4.</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="287"/>
        <source>Tabelle%1</source>
        <translation>Table%1</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="343"/>
        <source>Abbildung %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <location filename="../core/report/odtdocument.cpp" line="471"/>
        <location filename="../core/report/odtstyles.cpp" line="122"/>
        <source>Abbildung</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../core/report/pdfua.cpp" line="281"/>
        <source>das PDF kann nicht fertiggestellt werden (%1)</source>
        <translation>the PDF cannot be finished (%1)</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplangantt.cpp" line="189"/>
        <source>Zeitplan, Blatt %1 von %2: %3 bis %4, Projekte %5 bis %6 von %7 mit Terminen in diesem Zeitraum</source>
        <translation>Schedule, sheet %1 of %2: %3 to %4, projects %5 to %6 of %7 with dates in this period</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="15"/>
        <source>Terminkonflikte</source>
        <translation>Schedule conflicts</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="18"/>
        <source>Keine Terminkonflikte.</source>
        <translation>No schedule conflicts.</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="24"/>
        <source>%1 Termin widerspricht dem Plan, Stand %2:</source>
        <translation>%1 date contradicts the plan, as of %2:</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="25"/>
        <source>%1 Termine widersprechen dem Plan, Stand %2:</source>
        <translation>%1 dates contradict the plan, as of %2:</translation>
    </message>
    <message>
        <location filename="../core/report/arbeitsplantermine.cpp" line="27"/>
        <source>Hinweis</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>tfp::schema</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="263"/>
        <source>Die Tabelle „%1“ hat kein Feld „%2“.</source>
        <translation>The table “%1” has no field “%2”.</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="314"/>
        <source>ein Wert ist erforderlich</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="319"/>
        <source>erwartet wird ein Wert von %1 bis %2</source>
        <translation>expected a value from %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="321"/>
        <source>erwartet wird ein Wert ab %1</source>
        <translation>expected a value from %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="322"/>
        <source>erwartet wird ein Wert bis %1</source>
        <translation>expected a value up to %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="334"/>
        <location filename="../core/storage/schema.cpp" line="350"/>
        <source>erwartet wird eine ganze Zahl</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="339"/>
        <source>erwartet wird eine ganze Zahl von %1 bis %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="359"/>
        <source>erwartet wird eine Zahl</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="370"/>
        <source>erwartet wird wahr oder falsch</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="375"/>
        <source>erwartet wird ein Text</source>
        <translation>expected a text</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="380"/>
        <source>erwartet wird einer der Werte %1</source>
        <translation>expected one of the values %1</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="390"/>
        <source>erwartet wird ein gültiges Datum (JJJJ-MM-TT) zwischen 1990 und 2100</source>
        <translation>expected a valid date (YYYY-MM-DD) between 1990 and 2100</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="398"/>
        <source>erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)</source>
        <translation>expected a point in time (YYYY-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="402"/>
        <source>unbekannter Feldtyp</source>
        <translation>unknown field type</translation>
    </message>
</context>
<context>
    <name>tfp::storage</name>
    <message>
        <location filename="../core/storage/catalog.cpp" line="147"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="192"/>
        <source>Abgebrochen: der Katalog „%1“ wird geschlossen; was noch nicht gespeichert war, ist verworfen.</source>
        <translation>Cancelled: the catalog “%1” is being closed; what had not been saved yet is discarded.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="231"/>
        <source>nur %1 von %2 Seiten des Protokolls übertragen</source>
        <translation>only %1 of %2 pages of the log were transferred</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="242"/>
        <source>der Katalog blieb im Modus „%1“</source>
        <translation>the catalog stayed in mode “%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="265"/>
        <source>Der Katalog „%1“ konnte beim Schließen nicht vollständig in die Datei geschrieben werden: %2. Die letzten Änderungen stehen noch in „%1-wal“: diese Datei nicht löschen und nur zusammen mit dem Katalog kopieren; sobald wieder Platz ist, öffnet Themenfeldplaner den Katalog vollständig.</source>
        <translation>The catalog “%1” could not be written completely into its file on closing: %2. The latest changes are still in “%1-wal”: do not delete this file and copy it only together with the catalog; as soon as there is space again, Themenfeldplaner opens the catalog completely.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="292"/>
        <source>Interner Fehler im Katalog „%1“: %2</source>
        <translation>Internal error in the catalog “%1”: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="304"/>
        <location filename="../core/storage/catalog.cpp" line="729"/>
        <location filename="../core/storage/catalogserver.cpp" line="262"/>
        <source>Der Katalog „%1“ kann nicht bearbeitet werden: %2</source>
        <translation>The catalog “%1” cannot be edited: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="336"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: die Katalogkennung fehlt.</source>
        <translation>The catalog file “%1” is damaged: the catalog ID is missing.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="396"/>
        <source>Die Katalogdatei oder ihr Ordner ist schreibgeschützt (etwa auf einem schreibgeschützten Datenträger). Der Katalog ist nur zum Lesen geöffnet.</source>
        <translation>The catalog file or its folder is write-protected (for example on a read-only medium). The catalog is open for reading only.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="406"/>
        <source>Der Katalog wird gerade von einem anderen Programm bearbeitet (%1, Prozess %2 auf %3). Er ist nur zum Lesen geöffnet, bis es ihn freigibt.</source>
        <translation>The catalog is being edited by another program (%1, process %2 on %3). It is open read-only until that program releases it.</translation>
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
        <translation>The catalog is open read-only.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="428"/>
        <source>Die Katalogdatei „%1“ hat das ältere Schema %2 und bleibt unverändert: gelesen wird eine auf Schema %3 gebrachte Kopie. %4</source>
        <translation>The catalog file ‘%1’ has the older schema %2 and stays unchanged: a copy brought to schema %3 is read. %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="443"/>
        <location filename="../core/storage/catalogfile.cpp" line="128"/>
        <location filename="../core/storage/catalogrepair.cpp" line="244"/>
        <source>Die Katalogdatei „%1“ kann nicht geöffnet werden: %2</source>
        <translation>The catalog file “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="484"/>
        <source>Die Katalogdatei „%1“ hat das Schema %2; von dort führt kein Weg zum Schema %3.</source>
        <translation>The catalog file “%1” has schema %2; there is no way from there to schema %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="491"/>
        <source>Der Katalog „%1“ kann nicht aktualisiert werden: %2</source>
        <translation>The catalog “%1” cannot be updated: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="499"/>
        <source>Der Katalog „%1“ lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</source>
        <translation>The catalog “%1” cannot be brought from schema %2 to schema %3 and stays at schema %2: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="515"/>
        <source>Der Katalog „%1“ vergibt keinen neuen Schlüssel für %2: %3</source>
        <translation>The catalog “%1” cannot hand out a new key for %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="535"/>
        <source>%1: unbekanntes Feld „%2“.</source>
        <translation>%1: unknown field “%2”.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="541"/>
        <source>%1, Feld „%2“: %3</source>
        <translation>%1, field “%2”: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="563"/>
        <source>%1 %2: einen solchen Eintrag gibt es schon (%3).</source>
        <translation>%1 %2: such an entry exists already (%3).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="568"/>
        <source>%1 %2: verweist auf einen Eintrag, den es nicht gibt, oder wird noch verwendet.</source>
        <translation>%1 %2: refers to an entry that does not exist, or is still in use.</translation>
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
        <translation>%1 %2 no longer exists; the change was not made.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="623"/>
        <source>%1 %2: der Schlüssel „%3“ kann nicht geändert werden.</source>
        <translation>%1 %2: the key “%3” cannot be changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="630"/>
        <location filename="../core/storage/schema.cpp" line="417"/>
        <source>%1 %2, Feld „%3“: %4</source>
        <translation>%1 %2, field “%3”: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="643"/>
        <source>%1 %2, Feld „%3“ wurde inzwischen geändert (jetzt „%4“, erwartet „%5“).</source>
        <translation>%1 %2, field “%3” has been changed meanwhile (now “%4”, expected “%5”).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="721"/>
        <source>Der Katalog „%1“ ist schreibgeschützt: %2</source>
        <translation>The catalog “%1” is read-only: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="730"/>
        <location filename="../core/storage/catalogserver.cpp" line="215"/>
        <source>Der Katalog „%1“ kann nicht gespeichert werden: %2</source>
        <translation>The catalog “%1” cannot be saved: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="735"/>
        <source>Der Katalog „%1“ hat die höchste mögliche Revision %2 erreicht und kann nicht mehr bearbeitet werden.</source>
        <translation>The catalog “%1” has reached the highest possible revision %2 and can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="777"/>
        <source>Interner Fehler: %1 außerhalb des Anlegens eines Katalogs.</source>
        <translation>Internal error: %1 outside the creation of a catalog.</translation>
    </message>
    <message>
        <location filename="../core/storage/schema.cpp" line="408"/>
        <source>%1: %2 Werte erwartet, %3 erhalten.</source>
        <translation>%1: %2 values expected, %3 received.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalog.cpp" line="797"/>
        <source>Die Katalogkennung „%1“ ist keine UUID in Kleinbuchstaben.</source>
        <translation>The catalog id “%1” is not a lower-case UUID.</translation>
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
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="69"/>
        <source>„%1“ ist ein Ordner, keine Katalogdatei.</source>
        <translation>“%1” is a folder, not a catalog file.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="71"/>
        <source>Die Datei „%1“ kann nicht gelesen werden: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="76"/>
        <source>Die Datei „%1“ ist leer und keine Katalogdatei.</source>
        <translation>The file “%1” is empty and not a catalog file.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="79"/>
        <source>„%1“ ist keine Katalogdatei von Themenfeldplaner (keine SQLite-Datenbank).</source>
        <translation>“%1” is not a Themenfeldplaner catalog file (not an SQLite database).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="82"/>
        <source>Die Katalogdatei „%1“ ist abgeschnitten (Kopf unvollständig).</source>
        <translation>The catalog file “%1” is truncated (incomplete header).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="90"/>
        <source>Die Katalogdatei „%1“ ist abgeschnitten: %2 von %3 Bytes vorhanden.</source>
        <translation>The catalog file “%1” is truncated: %2 of %3 bytes present.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="141"/>
        <source>Die Katalogdatei „%1“ ist beschädigt und kann nicht gelesen werden: %2</source>
        <translation>The catalog file “%1” is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="144"/>
        <location filename="../core/storage/catalogrepair.cpp" line="221"/>
        <source>„%1“ ist keine Katalogdatei von Themenfeldplaner (eine SQLite-Datenbank eines anderen Programms).</source>
        <translation>“%1” is not a Themenfeldplaner catalog file (an SQLite database of another program).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="150"/>
        <source>Die Katalogdatei „%1“ stammt aus einer neueren Version von Themenfeldplaner (Schema %2; diese Version kennt Schema %3). Bitte aktualisieren Sie das Programm.</source>
        <translation>The catalog file “%1” comes from a newer version of Themenfeldplaner (schema %2; this version knows schema %3). Please update the program.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="157"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: die Schemaversion fehlt.</source>
        <translation>The catalog file “%1” is damaged: the schema version is missing.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="165"/>
        <location filename="../core/storage/catalogfile.cpp" line="169"/>
        <location filename="../core/storage/schemacheck.cpp" line="344"/>
        <source>Die Katalogdatei „%1“ ist beschädigt: %2</source>
        <translation>The catalog file “%1” is damaged: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="240"/>
        <source>Die Katalogdatei „%1“ liegt schreibgeschützt im WAL-Modus vor und kann nicht zum Lesen kopiert werden.</source>
        <translation>The catalog file “%1” is in WAL mode on a write-protected medium and cannot be copied for reading.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="347"/>
        <source>Die Sperre des Katalogs „%1“ hat sich inzwischen geändert; sie wird nicht aufgehoben. Bitte prüfen Sie erneut, wer den Katalog bearbeitet.</source>
        <translation>The lock of the catalog “%1” has changed meanwhile; it is not lifted. Please check again who is editing the catalog.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="352"/>
        <source>Die Sperre des Katalogs „%1“ hält ein Programm auf diesem Rechner (Prozess %2); sie wird frei, sobald es den Katalog schließt, und wird nicht von Hand aufgehoben.</source>
        <translation>A program on this computer holds the lock of the catalog “%1” (process %2); it is released as soon as that program closes the catalog and is not lifted by hand.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="359"/>
        <source>Die Sperre des Katalogs „%1“ kann nicht aufgehoben werden: %2</source>
        <translation>The lock of the catalog “%1” cannot be lifted: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="366"/>
        <source>Die Datei „%1“ gibt es schon; eine Kopie überschreibt keine Datei.</source>
        <translation>The file “%1” exists already; a copy never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="382"/>
        <source>Die Kopie „%1“ kann nicht geschrieben werden: %2</source>
        <translation>The copy “%1” cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="387"/>
        <source>Die Kopie „%1“ kann nicht geschrieben werden.</source>
        <translation>The copy “%1” cannot be written.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogfile.cpp" line="403"/>
        <source>Die Prüfung der Seiten gibt es nur für eine Katalogdatei; ein Katalog auf dem Server wird von PostgreSQL geprüft.</source>
        <translation>Checking the pages exists only for a catalog file; PostgreSQL checks a catalog on the server.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="66"/>
        <source>Tabelle „%1“: fehlt oder ist keine Tabelle; keine Einträge übernommen</source>
        <translation>Table “%1”: missing or not a table; no entries taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="77"/>
        <source>Tabelle „%1“: der Schlüssel „%2“ fehlt; keine Einträge übernommen</source>
        <translation>Table “%1”: the key “%2” is missing; no entries taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="83"/>
        <source>Tabelle „%1“: Spalte „%2“ fehlt; ihr Vorgabewert wird verwendet</source>
        <translation>Table “%1”: column “%2” is missing; its default value is used</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="93"/>
        <source>Tabelle „%1“: lässt sich nicht lesen (%2); keine Einträge übernommen</source>
        <translation>Table “%1”: cannot be read (%2); no entries taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="117"/>
        <source>erwartet wird eine ganze Zahl in Spalte %1</source>
        <translation>a whole number is expected in column %1</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="120"/>
        <source>erwartet wird ein Text in Spalte %1</source>
        <translation>a text is expected in column %1</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="122"/>
        <source>die Revision ist negativ</source>
        <translation>the revision is negative</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="124"/>
        <source>die Tabelle „%1“ gibt es nicht</source>
        <translation>the table “%1” does not exist</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="126"/>
        <source>der Zeitpunkt ist ungültig</source>
        <translation>the timestamp is invalid</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="134"/>
        <source>Journal: fehlt oder ist keine Tabelle; nicht übernommen</source>
        <translation>Journal: missing or not a table; not taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="143"/>
        <source>Journal: lässt sich nicht lesen (%1); nicht übernommen</source>
        <translation>Journal: cannot be read (%1); not taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="170"/>
        <source>Katalogangaben: fehlen oder sind keine Tabelle; nicht übernommen</source>
        <translation>Catalog facts: missing or not a table; not taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="183"/>
        <source>Katalogangabe „%1“: kein einzeiliger Text; nicht übernommen</source>
        <translation>Catalog fact “%1”: not a single-line text; not taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="202"/>
        <source>Katalogkennung „%1“: keine UUID in Kleinbuchstaben; der neue Katalog erhält eine neue</source>
        <translation>Catalog id “%1”: not a lower-case UUID; the new catalog gets a new one</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="216"/>
        <source>Die Datei „%1“ gibt es schon; eine Reparatur überschreibt keine Datei.</source>
        <translation>The file “%1” already exists; a repair does not overwrite a file.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="229"/>
        <source>Die Katalogdatei „%1“ hat das Schema %2; reparieren lässt sich nur Schema 1 bis %3.</source>
        <translation>The catalog file “%1” has schema %2; only schema 1 to %3 can be repaired.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="250"/>
        <source>Die Katalogdatei „%1“ lässt sich nicht reparieren: %2</source>
        <translation>The catalog file “%1” cannot be repaired: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogrepair.cpp" line="254"/>
        <source>Schema: %1; nicht übernommen</source>
        <translation>Schema: %1; not taken over</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="139"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="140"/>
        <source>eine Tabelle</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="141"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="141"/>
        <source>ein Index</source>
        <translation>an index</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="142"/>
        <source>Sicht</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="142"/>
        <source>eine Sicht</source>
        <translation>a view</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="143"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="144"/>
        <source>ein Trigger</source>
        <translation>a trigger</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="159"/>
        <source>Tabelle „%1“: zusätzliche Spalte „%2“</source>
        <translation>Table “%1”: extra column “%2”</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="161"/>
        <source>Tabelle „%1“: Spalte „%2“ hat den Typ „%3“ statt „%4“</source>
        <translation>Table “%1”: column “%2” has type “%3” instead of “%4”</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="164"/>
        <source>Tabelle „%1“: Spalte „%2“ ist anders definiert (Pflichtfeld, Vorgabewert oder Schlüssel)</source>
        <translation>Table “%1”: column “%2” is defined differently (required, default value or key)</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="171"/>
        <source>Tabelle „%1“: Spalte „%2“ fehlt</source>
        <translation>Table “%1”: column “%2” is missing</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="174"/>
        <source>Tabelle „%1“: Einschränkungen oder Tabellenoptionen verändert</source>
        <translation>Table “%1”: constraints or table options changed</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="183"/>
        <source>Interner Fehler: die SQLite-Verbindung ist nicht erreichbar.</source>
        <translation>Internal error: the SQLite connection cannot be reached.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="193"/>
        <source>Interner Fehler: SQLite lässt sich nicht abgesichert konfigurieren.</source>
        <translation>Internal error: SQLite cannot be configured securely.</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="216"/>
        <source>ihr Schema lässt sich nicht lesen (%1)</source>
        <translation>its schema cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="228"/>
        <source>%1 „%2“ gehört nicht zum Schema</source>
        <translation>%1 “%2” does not belong to the schema</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="229"/>
        <source>%1 „%2“ auf „%3“ gehört nicht zum Schema</source>
        <translation>%1 “%2” on “%3” does not belong to the schema</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="232"/>
        <source>„%1“ muss %2 sein, ist aber %3</source>
        <translation>“%1” must be %2 but is %3</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="238"/>
        <source>%1 „%2“ ist verändert</source>
        <translation>%1 “%2” is changed</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="243"/>
        <source>%1 „%2“ fehlt</source>
        <translation>%1 “%2” is missing</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="253"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: %2.</source>
        <translation>The catalog file “%1” is not opened: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/schemacheck.cpp" line="261"/>
        <source> und %n weitere Abweichung(en)</source>
        <translation>
            <numerusform> and %n more difference</numerusform>
            <numerusform> and %n more differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="262"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: ihr Schema weicht vom Schema %2 eines Katalogs ab (%3).</source>
        <translation>The catalog file “%1” is not opened: its schema differs from schema %2 of a catalog (%3).</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="282"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="310"/>
        <source>verweist auf einen Eintrag in „%1“, den es nicht gibt</source>
        <translation>refers to an entry in “%1” that does not exist</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="315"/>
        <source>der Wert verletzt die Regeln des Feldes</source>
        <translation>the value breaks the rules of the field</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="317"/>
        <source>Tabelle „%1“, Eintrag %2, Feld „%3“: Wert %4 – %5</source>
        <translation>Table “%1”, entry %2, field “%3”: value %4 – %5</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="330"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: ihre Katalogkennung %2 ist keine UUID in Kleinbuchstaben (erwartet wie „0f8fad5b-d9cb-469f-a165-70867728950e“).</source>
        <translation>The catalog file “%1” is not opened: its catalog id %2 is not a lower-case UUID (expected like “0f8fad5b-d9cb-469f-a165-70867728950e”).</translation>
    </message>
    <message>
        <location filename="../core/storage/schemacheck.cpp" line="348"/>
        <source>Die Katalogdatei „%1“ wird nicht geöffnet: sie enthält Werte, die gegen die Regeln des Katalogs verstoßen (%2).</source>
        <translation>The catalog file “%1” is not opened: it holds values that break the catalog&apos;s rules (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="71"/>
        <source>Der Server ist ein Standby, der nur liest und dem Primärserver folgt: Änderungen nimmt nur der Primärserver an. Eine Adresse mit mehreren Servern und „target_session_attrs=read-write“ verbindet mit dem, der gerade schreibt.</source>
        <translation>The server is a standby, which only reads and follows its primary: only the primary server takes changes. An address with several servers and “target_session_attrs=read-write” connects to whichever of them writes.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="94"/>
        <location filename="../core/storage/server.cpp" line="38"/>
        <source>Die Datenbank %1 meldet einen Fehler: %2</source>
        <translation>The database %1 reports an error: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="100"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner. Einen Katalog legt „tfp server init“ oder „tfp server import“ an.</source>
        <translation>The database %1 holds no Themenfeldplaner catalog. “tfp server init” or “tfp server import” creates one.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="110"/>
        <source>Der Katalog in der Datenbank %1 hat das ältere Schema 2. Die Anmeldung „%2“, der seine Tabellen gehören, bringt ihn auf Schema %3, sobald sie ihn einmal mit diesem Programm zum Bearbeiten öffnet; bis dahin öffnet ihn dieses Programm nicht.</source>
        <translation>The catalog in the database %1 has the older schema 2. The login “%2”, which owns its tables, brings it to schema %3 as soon as it opens it once with this program for editing; until then this program does not open it.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="121"/>
        <source>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3 und öffnet ihn nicht.</source>
        <translation>The catalog in the database %1 has the schema “%2”; this program knows schema %3 and does not open it.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="129"/>
        <source>Die Tabelle „%1“ in der Datenbank %2 hat nicht die Spalten eines Katalogs (%3 statt %4); sie wurde außerhalb von Themenfeldplaner geändert. Der Katalog wird nicht geöffnet.</source>
        <translation>The table “%1” in the database %2 does not have the columns of a catalog (%3 instead of %4); it was changed outside Themenfeldplaner. The catalog is not opened.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="132"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="163"/>
        <source>Der Katalog in der Datenbank %1 lässt sich nicht von Schema %2 auf Schema %3 bringen und bleibt auf Schema %2: %4</source>
        <translation>The catalog in the database %1 cannot be brought from schema %2 to schema %3 and stays at schema %2: %4</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="231"/>
        <source>des Themenfelds</source>
        <translation>of the topic area</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="232"/>
        <source>des Themenfelds „%1“</source>
        <translation>of the topic area “%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="236"/>
        <source>Nur die Programmleitung darf den Katalog selbst ändern (Themenfelder, Lagen, LeiKa, Beteiligte, Federführung, Onlinedienste), hier %1.</source>
        <translation>Only the programme management may change the catalog itself (topic areas, life and business situations, LeiKa, Beteiligte, leads, online services), here %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="241"/>
        <source>Nur das Land selbst, die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</source>
        <translation>Only the Land itself, the lead %1 (lead and implementing) and the programme management may change %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="247"/>
        <source>Nur die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.</source>
        <translation>Only the lead %1 (lead and implementing) and the programme management may change %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="251"/>
        <source>%1 Der Server hat die Änderung von „%2“ abgelehnt; nichts wurde geändert. Wer welchen Zugang hat, legt die Programmleitung fest (tfp server zugang).</source>
        <translation>%1 The server refused the change by “%2”; nothing was changed. The programme management sets who has which access (tfp server zugang).</translation>
    </message>
    <message>
        <location filename="../core/storage/catalogserver.cpp" line="334"/>
        <source>Der Katalog „%1“ erfährt Änderungen anderer nicht: %2</source>
        <translation>The catalog “%1” does not learn of others’ changes: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="97"/>
        <source>Die Datenbank %1 enthält schon Tabellen (%2); ein Katalog wird nur in eine leere Datenbank geschrieben. Sie bleibt, wie sie ist.</source>
        <translation>The database %1 already holds tables (%2); a catalog is written only into an empty database. It stays as it is.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="109"/>
        <location filename="../core/storage/server.cpp" line="377"/>
        <source>Die Datenbank %1 nimmt %2 nicht an: %3</source>
        <translation>The database %1 does not accept %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="154"/>
        <source>Der Katalog hat eine Angabe „%1“, die es in einer Katalogdatei nicht gibt; er wird nicht übertragen.</source>
        <translation>The catalog has a fact “%1” that a catalog file never has; it is not transferred.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="176"/>
        <source>ein leerer Text ist kein Wert dieses Felds</source>
        <translation>an empty text is no value of this field</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="178"/>
        <source>Die Datenbank %1 hat in %2 %3, Feld „%4“, den Wert „%5“: %6. Eine Katalogdatei nimmt ihn nicht auf; „%7“ wird nicht geschrieben.</source>
        <translation>The database %1 holds in %2 %3, field “%4”, the value “%5”: %6. A catalog file does not take it; “%7” is not written.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="207"/>
        <source>Kein temporärer Ordner für den neuen Katalog: %1</source>
        <translation>No temporary folder for the new catalog: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="228"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner.</source>
        <translation>The database %1 holds no catalog made by this program.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="247"/>
        <source>Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm kennt Schema %3.</source>
        <translation>The catalog in the database %1 has the schema “%2”; this program knows schema %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="289"/>
        <source>Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung; die Datenbank %1 hat die Änderung für „%2“ abgelehnt. Es wurde nichts geändert.</source>
        <translation>Only the catalog&apos;s owner and the programme management change access; the database %1 refused the change for “%2”. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="302"/>
        <source>Auf dem Server gibt es keine Anmeldung „%1“ (Datenbank %2); eine Anmeldung legt der Administrator des Servers an (CREATE ROLE … LOGIN). Es wurde nichts geändert.</source>
        <translation>The server has no login “%1” (database %2); the server&apos;s administrator makes a login (CREATE ROLE … LOGIN). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="319"/>
        <source>In die Gruppe der Planer (%1) nehmen nur der Eigentümer des Katalogs in der Datenbank %2 und die Programmleitung eine Anmeldung auf, und nur sie nehmen „%3“ heraus. Es wurde nichts geändert.</source>
        <translation>Only the catalog’s owner in the database %2 and the programme management take a login into the planners’ group (%1), and only they take “%3” out of it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="335"/>
        <source>Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner mit Zugängen; „tfp server init“ oder „tfp server import“ legt ihn an.</source>
        <translation>The database %1 holds no Themenfeldplaner catalog with access rules; “tfp server init” or “tfp server import” creates one.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="348"/>
        <source>„%1“ hat keinen Zugang zum Katalog in der Datenbank %2.</source>
        <translation>“%1” has no access to the catalog in the database %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="365"/>
        <source>Im Katalog der Datenbank %1 gibt es keinen Beteiligten mit dem Kürzel „%2“; Zugang haben Beteiligte (ihr Kürzel) oder die „%3“. Es wurde nichts geändert.</source>
        <translation>The catalog in the database %1 has no participant with the short name “%2”; access is given to participants (by their short name) or to the “%3”. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../core/storage/server.cpp" line="323"/>
        <source>Die Datenbank %1 gibt „%2“ keinen Zugang: %3</source>
        <translation>The database %1 gives “%2” no access: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="105"/>
        <source>„%1“ ist keine gültige PostgreSQL-Adresse: %2</source>
        <translation>“%1” is not a valid PostgreSQL address: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="118"/>
        <source>Die Adresse des Servers enthält ein Passwort. Ein Passwort gehört nicht in die Adresse, sondern in die Passwortdatei von PostgreSQL (~/.pgpass oder die Datei, die PGPASSFILE nennt).</source>
        <translation>The server address contains a password. A password does not belong in the address but in PostgreSQL&apos;s password file (~/.pgpass or the file PGPASSFILE names).</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="129"/>
        <source>„%1“ ist keine gültige PostgreSQL-Adresse: ein Semikolon im Parameter „%2“ lässt sich nicht weitergeben.</source>
        <translation>“%1” is not a valid PostgreSQL address: a semicolon in the parameter “%2” cannot be passed on.</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="141"/>
        <source>dem lokalen Server</source>
        <translation>the local server</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="144"/>
        <source>„%1“ auf %2</source>
        <translation>“%1” on %2</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="147"/>
        <source>Die Datenbank %1 ist nicht erreichbar: Qt fehlt der Treiber für PostgreSQL (QPSQL; unter Debian im Paket libqt6sql6-psql).</source>
        <translation>The database %1 cannot be reached: Qt lacks the driver for PostgreSQL (QPSQL; on Debian in the package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="166"/>
        <source>Die Datenbank %1 verlangt ein Passwort für die Anmeldung „%2“, und in der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) steht keines.</source>
        <translation>The database %1 asks for a password for the login “%2”, and PostgreSQL’s password file (~/.pgpass or PGPASSFILE) holds none.</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="171"/>
        <source>Die Datenbank %1 nimmt die Anmeldung „%2“ mit diesem Passwort nicht an: %3</source>
        <translation>The database %1 does not accept the login “%2” with this password: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/serverconnection.cpp" line="176"/>
        <source>Die Datenbank %1 ist nicht erreichbar: %2</source>
        <translation>The database %1 cannot be reached: %2</translation>
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
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="54"/>
        <source>– nicht erhoben –</source>
        <translation>– not recorded –</translation>
    </message>
    <message>
        <location filename="../ui/fieldeditors.cpp" line="65"/>
        <source>– keine Angabe –</source>
        <translation>– not specified –</translation>
    </message>
    <message>
        <location filename="../ui/widgets.cpp" line="55"/>
        <source>%1 löschen</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets.cpp" line="56"/>
        <source>%1 löschen?

Damit wird auch gelöscht oder gelöst, was daran hängt: %2.

„Rückgängig“ stellt alles wieder her.</source>
        <translation>Delete %1?

This also deletes or detaches what depends on it: %2.

“Undo” restores everything.</translation>
    </message>
    <message>
        <location filename="../ui/printing.cpp" line="124"/>
        <source>Gedruckt am %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/printing.cpp" line="129"/>
        <source>%n Zeile(n), gedruckt am %1</source>
        <translation>
            <numerusform>%n row, printed on %1</numerusform>
            <numerusform>%n rows, printed on %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/printing.cpp" line="166"/>
        <source>Druckvorschau – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="39"/>
        <source>höchste Priorität: Score ab %1. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung des Bundes: Digitalisierungs-Werkbank).</source>
        <translation>highest priority: score from %1. Concept format: Digitalisierungslabor (a pure Typ-1 federal service: Digitalisierungs-Werkbank).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="43"/>
        <source>hohe Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungslabor (eine reine Typ-1-Leistung: Werkbank).</source>
        <translation>high priority: score from %1, below %2. Concept format: Digitalisierungslabor (a pure Typ-1 service: Werkbank).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="47"/>
        <source>mittlere Priorität: Score ab %1, unter %2. Konzeptformat: Digitalisierungs-Werkbank.</source>
        <translation>medium priority: score from %1, below %2. Concept format: Digitalisierungs-Werkbank.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="51"/>
        <source>niedrige Priorität: Score unter %1. Konzeptformat: Direkt-Digitalisierung.</source>
        <translation>low priority: score below %1. Concept format: direct digitalisation.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="61"/>
        <source>Digitalisierungslabor: Fachleute, Nutzende und Entwickler erarbeiten gemeinsam den Soll-Prozess und einen Prototyp.</source>
        <translation>Digitalisierungslabor (digitalisation lab): experts, users and developers work out the target process and a prototype together.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="64"/>
        <source>Digitalisierungs-Werkbank: ein schlankeres Verfahren, das auf vorhandenen Ergebnissen aufbaut.</source>
        <translation>Digitalisierungs-Werkbank (workbench): a leaner procedure that builds on existing results.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="67"/>
        <source>Direkt-Digitalisierung: die zuständige Stelle setzt die Leistung ohne eigenes Labor um.</source>
        <translation>Direct digitalisation: the responsible body implements the service without a lab of its own.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationlabels.cpp" line="70"/>
        <source>Ein Onlinedienst erreicht schon Reifegrad 3 oder mehr: die vorhandene Lösung nachnutzen statt neu bauen, gleich welche Kategorie.</source>
        <translation>An online service already reaches maturity level 3 or more: reuse the existing solution instead of building anew, whatever the category.</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="34"/>
        <source>%1-repariert.tfplan</source>
        <translation>%1-repaired.tfplan</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="35"/>
        <source>Reparierte Kopie speichern unter</source>
        <translation>Save the repaired copy as</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="36"/>
        <source>Themenfeldplaner-Kataloge (*.tfplan)</source>
        <translation>Themenfeldplaner catalogs (*.tfplan)</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="44"/>
        <location filename="../ui/catalogopen.cpp" line="62"/>
        <source>Reparierte Kopie</source>
        <translation>Repaired copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogopen.cpp" line="45"/>
        <source>Der neue Katalog „%1“ enthält %n gültige Einträge aus „%2“.</source>
        <translation>
            <numerusform>The new catalog “%1” holds %n valid entry from “%2”.</numerusform>
            <numerusform>The new catalog “%1” holds %n valid entries from “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="51"/>
        <source>Nichts wurde ausgelassen. Die abgelehnte Datei ist unverändert.</source>
        <translation>Nothing was left out. The refused file is unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogopen.cpp" line="54"/>
        <source>%n Angaben wurden ausgelassen; die Einzelheiten nennen jede mit ihrem Grund. Die abgelehnte Datei ist unverändert.</source>
        <translation>
            <numerusform>%n item was left out; the details name it with its reason. The refused file is unchanged.</numerusform>
            <numerusform>%n items were left out; the details name each with its reason. The refused file is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="76"/>
        <source>Passwort für den Programmkatalog</source>
        <translation>Password for the programme catalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="77"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="92"/>
        <location filename="../ui/catalogopen.cpp" line="105"/>
        <location filename="../ui/catalogopen.cpp" line="107"/>
        <source>Katalog öffnen</source>
        <translation>Open catalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="95"/>
        <source>Eine reparierte Kopie übernimmt alle gültigen Einträge in einen neuen Katalog und nennt, was sie auslässt. Die abgelehnte Datei bleibt, wie sie ist.</source>
        <translation>A repaired copy takes every valid entry into a new catalog and names what it leaves out. The refused file stays as it is.</translation>
    </message>
    <message>
        <location filename="../ui/catalogopen.cpp" line="98"/>
        <source>Reparierte &amp;Kopie anlegen…</source>
        <translation>Create a &amp;repaired copy…</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="165"/>
        <source>ein Verweis lässt sich nicht einfügen; wählen Sie ihn in der Zelle aus</source>
        <translation>a reference cannot be pasted; choose it in the cell</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="211"/>
        <source>Zeile %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="213"/>
        <source>%1, Spalte %2</source>
        <translation>%1, column %2</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="310"/>
        <source>Die Zwischenablage enthält nichts zum Einfügen.</source>
        <translation>The clipboard holds nothing to paste.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="314"/>
        <source>Der Katalog ist schreibgeschützt; es wurde nichts eingefügt.</source>
        <translation>The catalog is read-only; nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="318"/>
        <source>Nichts eingefügt. %1</source>
        <translation>Nothing pasted. %1</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="333"/>
        <source>Wählen Sie zuerst die Zelle, ab der eingefügt wird.</source>
        <translation>First choose the cell to paste from.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="339"/>
        <source>Der Block hat %1 Zeilen, ab der gewählten Zeile gibt es nur %2.</source>
        <translation>The block has %1 rows; from the chosen row on there are only %2.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="344"/>
        <source>Der Block hat %1 Spalten, ab der gewählten Spalte gibt es nur %2.</source>
        <translation>The block has %1 columns; from the chosen column on there are only %2.</translation>
    </message>
    <message>
        <location filename="../ui/tableclipboard.cpp" line="361"/>
        <source>%1: diese Spalte lässt sich hier nicht bearbeiten.</source>
        <translation>%1: this column cannot be edited here.</translation>
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
            <numerusform>Paste %n value</numerusform>
            <numerusform>Paste %n values</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="25"/>
        <source>Modell 2.0: %1 → %2</source>
        <translation>Model 2.0: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="47"/>
        <source>OZG-ID</source>
        <translation>OZG ID</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="48"/>
        <source>OZG-Leistung</source>
        <translation>OZG service</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="49"/>
        <location filename="../ui/views/coverageentries.cpp" line="86"/>
        <source>Lage</source>
        <translation>Life/business situation</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="50"/>
        <location filename="../ui/views/coverageentries.cpp" line="87"/>
        <location filename="../ui/views/coverageentries.cpp" line="115"/>
        <location filename="../ui/views/coverageentries.cpp" line="143"/>
        <location filename="../ui/views/coverageentries.cpp" line="187"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="52"/>
        <source>Reifegrad</source>
        <translation>Maturity level</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="53"/>
        <source>Reifegrad ist → Ziel (– nicht erhoben)</source>
        <translation>Maturity level current → target (– not recorded)</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="88"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="89"/>
        <location filename="../ui/views/coverageentries.cpp" line="117"/>
        <source>OZG-Leistungen</source>
        <translation>OZG services</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="90"/>
        <source>OZG-Leistungen der Lage im gewählten Umfang</source>
        <translation>OZG services of the life/business situation in the chosen scope</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="114"/>
        <location filename="../ui/views/coverageentries.cpp" line="142"/>
        <location filename="../ui/views/coverageentries.cpp" line="186"/>
        <source>Umsetzungsprojekt</source>
        <translation>Implementation project</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="116"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="118"/>
        <source>OZG-Leistungen, die das Projekt bündelt</source>
        <translation>OZG services the project bundles</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="144"/>
        <location filename="../ui/views/coverageentries.cpp" line="188"/>
        <source>Meilenstein</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="145"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="145"/>
        <source>Geplanter Termin</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="148"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="149"/>
        <source>Tatsächlich erreicht am</source>
        <translation>Actually reached on</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="152"/>
        <location filename="../ui/views/coverageentries.cpp" line="157"/>
        <location filename="../ui/views/coverageentries.cpp" line="190"/>
        <source>Tage</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="153"/>
        <source>Tage zwischen geplantem und tatsächlichem Termin</source>
        <translation>Days between the planned and the actual date</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="158"/>
        <source>Tage seit dem geplanten Termin bis zum Stichtag</source>
        <translation>Days from the planned date to the reference date</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="189"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="191"/>
        <source>Um so viele Tage verfehlt der Termin die Regel</source>
        <translation>By how many days the date misses the rule</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageentries.cpp" line="194"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>tfp::ui::BewertungDelegate</name>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="25"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="61"/>
        <source>– fehlt –</source>
        <translation>– missing –</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="26"/>
        <source>Keine Bewertung: zählt nicht als 0, der Score mittelt über die vorhandenen.</source>
        <translation>No score: does not count as 0, the score averages over the existing ones.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="30"/>
        <source>0: nach diesem Kriterium keine Priorität</source>
        <translation>0: no priority by this criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="31"/>
        <source>5: nach diesem Kriterium höchste Priorität</source>
        <translation>5: highest priority by this criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="33"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="59"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="34"/>
        <source>Nach Rang, Abhängigkeiten und Kapazität planen</source>
        <translation>Plan by rank, dependencies and capacity</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="37"/>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="59"/>
        <source>Welle %1 (fest)</source>
        <translation>Wave %1 (pinned)</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ChangesDialog</name>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="37"/>
        <source>Änderungen seit …</source>
        <translation>Changes since …</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="43"/>
        <location filename="../ui/views/changesdialog.cpp" line="47"/>
        <location filename="../ui/views/changesdialog.cpp" line="52"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="54"/>
        <source>&amp;Seit:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="57"/>
        <source>&amp;Themenfeld:</source>
        <translation>&amp;Topic area:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="58"/>
        <source>&amp;Eintrag:</source>
        <translation>&amp;Entry:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="59"/>
        <source>&amp;Autor:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="69"/>
        <source>Als &amp;CSV speichern…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="70"/>
        <source>Stand s&amp;peichern…</source>
        <translation>Save sna&amp;pshot…</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="105"/>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="162"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/changesdialog.cpp" line="173"/>
        <source>%n Änderung(en)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="197"/>
        <source>Änderungen als CSV speichern</source>
        <translation>Save changes as CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="198"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="207"/>
        <source>Stand speichern</source>
        <translation>Save snapshot</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="207"/>
        <source>Name des Stands:</source>
        <translation>Name of the snapshot:</translation>
    </message>
    <message>
        <location filename="../ui/views/changesdialog.cpp" line="208"/>
        <source>Stand %1</source>
        <translation>Snapshot %1</translation>
    </message>
</context>
<context>
    <name>tfp::ui::CoverageListModel</name>
    <message>
        <location filename="../ui/models/coveragelistmodel.cpp" line="15"/>
        <source>%1 %</source>
        <translation>%1%</translation>
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
        <translation>Double-click or Enter opens the service.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="113"/>
        <source>Doppelklick oder Eingabetaste öffnet das Projekt.</source>
        <translation>Double-click or Enter opens the project.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="135"/>
        <source>Nachnutzung: Länder und Projekte</source>
        <translation>Reuse: Länder and projects</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="155"/>
        <source>OZG-Leistungen im gewählten Umfang, die keinem Umsetzungsprojekt (irgendeines Themenfelds) zugeordnet sind</source>
        <translation>OZG services in the chosen scope that are assigned to no implementation project (of any topic area)</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="157"/>
        <source>OZG-Leistungen, die kein erfasster Onlinedienst abdeckt</source>
        <translation>OZG services that no recorded online service covers</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="158"/>
        <source>Lagen, in denen keine OZG-Leistung einen Status hat und keine einem Projekt zugeordnet ist</source>
        <translation>Life/business situations in which no OZG service has a status and none is assigned to a project</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="159"/>
        <source>Umsetzungsprojekte ohne einen einzigen Meilenstein</source>
        <translation>Implementation projects without a single milestone</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="160"/>
        <source>Meilensteine, die vor dem Stichtag geplant und noch nicht erreicht sind</source>
        <translation>Milestones planned before the reference date and not reached yet</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="161"/>
        <source>Meilensteine, die später als geplant erreicht wurden</source>
        <translation>Milestones reached later than planned</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="162"/>
        <source>Meilensteine, deren Termin einer Abhängigkeit, der Projektlaufzeit oder der Folge der Phasen widerspricht oder die nach dem Stichtag als erreicht eingetragen sind</source>
        <translation>Milestones whose date contradicts a dependency, the project&apos;s term or the order of the phases, or that are entered as reached after the reference date</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="164"/>
        <source>Welches Land welches Projekt nachnutzt (Einer für Alle)</source>
        <translation>Which Land reuses which project (Einer für Alle)</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="165"/>
        <source>Onlinedienste und die OZG-Leistungen, die sie abdecken, mit dem erreichten Reifegrad</source>
        <translation>Online services and the OZG services they cover, with the maturity level reached</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="177"/>
        <source>Lücken, &amp;Verzug und Nachnutzung</source>
        <translation>Gaps, &amp;delays and reuse</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="180"/>
        <source>Doppelklick oder Eingabetaste auf eine Leistung oder ein Projekt öffnet es.</source>
        <translation>Double-click or Enter on a service or a project opens it.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="272"/>
        <source>Keine OZG-Leistungen im gewählten Umfang.</source>
        <translation>No OZG services in the chosen scope.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="273"/>
        <source>Noch kein Umsetzungsprojekt angelegt.</source>
        <translation>No implementation project created yet.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="285"/>
        <source>In keinem Projekt</source>
        <translation>In no project</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="286"/>
        <source>Alle Leistungen sind einem Projekt zugeordnet.</source>
        <translation>All services are assigned to a project.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="287"/>
        <source>Ohne Onlinedienst</source>
        <translation>Without an online service</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="288"/>
        <source>Alle Leistungen werden von einem Onlinedienst abgedeckt.</source>
        <translation>All services are covered by an online service.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="289"/>
        <source>Lagen ohne Aktivität</source>
        <translation>Life/business situations without activity</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="290"/>
        <source>Keine Lagen im gewählten Umfang.</source>
        <translation>No life/business situations in the chosen scope.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="291"/>
        <source>In jeder Lage ist mindestens eine Leistung begonnen oder einem Projekt zugeordnet.</source>
        <translation>In every life/business situation at least one service has been started or assigned to a project.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="293"/>
        <source>Projekte ohne Meilensteine</source>
        <translation>Projects without milestones</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="294"/>
        <source>Alle Projekte haben Meilensteine.</source>
        <translation>All projects have milestones.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="295"/>
        <source>Meilensteine überfällig</source>
        <translation>Milestones overdue</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="298"/>
        <source>Zum Stichtag %1 ist kein Meilenstein überfällig.</source>
        <translation>On the reference date %1 no milestone is overdue.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="299"/>
        <source>Meilensteine verzögert</source>
        <translation>Milestones delayed</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="300"/>
        <source>Kein Meilenstein wurde später als geplant erreicht.</source>
        <translation>No milestone was reached later than planned.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="301"/>
        <source>Terminkonflikte</source>
        <translation>Schedule conflicts</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="304"/>
        <source>Keine Terminkonflikte: alle Abhängigkeiten eingehalten, alle Meilensteine in der Projektlaufzeit und in der Reihenfolge ihrer Phasen.</source>
        <translation>No schedule conflicts: every dependency kept, every milestone within its project&apos;s term and in the order of its phases.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="306"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="307"/>
        <source>Noch kein Umsetzungsprojekt angelegt: ohne Projekte gibt es keine Nachnutzung.</source>
        <translation>No implementation project created yet: without projects there is no reuse.</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="309"/>
        <source>Onlinedienste</source>
        <translation>Online services</translation>
    </message>
    <message>
        <location filename="../ui/views/coveragelists.cpp" line="311"/>
        <source>Kein Onlinedienst deckt eine OZG-Leistung im gewählten Umfang ab. Onlinedienste erfassen Sie im Reiter „Onlinedienste“.</source>
        <translation>No online service covers an OZG service in the chosen scope. Record online services on the “Online services” tab.</translation>
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
        <translation>Which Land reuses which project (Einer für Alle): %1 of %2 Länder reuse at least one project.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="48"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="49"/>
        <source>Alle OZG-Leistungen, auch die reinen Typ-1-Leistungen des Bundes</source>
        <translation>All OZG services, including the pure Typ-1 federal services</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="51"/>
        <source>Föderal</source>
        <translation>Federal-state programme</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="53"/>
        <source>Nur Leistungen, die Länder oder Kommunen vollziehen (Programm Föderal und Mischleistungen)</source>
        <translation>Only services executed by Länder or municipalities (federal-state programme and mixed services)</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="56"/>
        <source>Welche OZG-Leistungen zählen. Projekte, Meilensteine und Nachnutzung gehören zum Themenfeld und hängen nicht vom Umfang ab.</source>
        <translation>Which OZG services count. Projects, milestones and reuse belong to the topic area and do not depend on the scope.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="58"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="64"/>
        <source>Stichtag: Meilensteine, die vor diesem Tag geplant und noch nicht erreicht sind, gelten als überfällig.</source>
        <translation>Reference date: milestones planned before this day and not reached yet count as overdue.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="66"/>
        <source>&amp;Stichtag:</source>
        <translation>&amp;Reference date:</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="69"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="70"/>
        <source>Stichtag auf das heutige Datum setzen</source>
        <translation>Set the reference date to today</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="128"/>
        <source>Kennzahlen der Abdeckung</source>
        <translation>Coverage figures</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="232"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="232"/>
        <source>Themenfeld gesamt</source>
        <translation>Topic area total</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="239"/>
        <source>&amp;Kennzahlen je Themenfeld: Gesamtprogramm</source>
        <translation>&amp;Figures per topic area: whole programme</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="240"/>
        <source>&amp;Kennzahlen je Lage: %1</source>
        <translation>&amp;Figures per life/business situation: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="281"/>
        <source>Im Umfang „Föderal“ hat „%1“ keine OZG-Leistungen.

Wählen Sie den Umfang „alle“, um auch die Leistungen des Bundes zu sehen.</source>
        <translation>In the scope “Federal-state programme”, “%1” has no OZG services.

Choose the scope “all” to see the federal services too.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="284"/>
        <source>Im Umfang „Föderal“ hat das Programm keine OZG-Leistungen.</source>
        <translation>In the scope “Federal-state programme”, the programme has no OZG services.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="287"/>
        <source>„%1“ hat noch keine OZG-Leistungen, es gibt also nichts abzudecken.

Legen Sie Lagen und OZG-Leistungen an oder importieren Sie einen Katalog.</source>
        <translation>“%1” has no OZG services yet, so there is nothing to cover.

Create life/business situations and OZG services or import a catalog.</translation>
    </message>
    <message>
        <location filename="../ui/views/coverageview.cpp" line="290"/>
        <source>Der Katalog hat noch keine OZG-Leistungen.</source>
        <translation>The catalog has no OZG services yet.</translation>
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
        <translation>Maturity level</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="42"/>
        <source>Go-live-Verlauf</source>
        <translation>Go-live history</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="44"/>
        <source>Meilensteine (Gantt)</source>
        <translation>Milestones (Gantt)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="46"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="48"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="50"/>
        <source>Priorisierung</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="62"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="81"/>
        <source>Diagramme</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="82"/>
        <source>Diagra&amp;mm:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="86"/>
        <source>alle Leistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="87"/>
        <source>nur Föderal</source>
        <translation>Federal-state programme only</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="88"/>
        <source>&amp;Umfang:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="92"/>
        <source>Zeitraum &amp;von:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="94"/>
        <source>b&amp;is:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="96"/>
        <source>PNG &amp;exportieren…</source>
        <translation>&amp;Export PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="97"/>
        <source>&amp;SVG exportieren…</source>
        <translation>Export &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="98"/>
        <location filename="../ui/views/dashboardview.cpp" line="261"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="99"/>
        <source>Das Diagramm als Bild in die Zwischenablage kopieren</source>
        <translation>Copy the chart to the clipboard as an image</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="207"/>
        <source>Diagramm nicht gespeichert</source>
        <translation>Chart not saved</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="226"/>
        <source>Diagramm als %1 speichern</source>
        <translation>Save chart as %1</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="232"/>
        <source> Pixel</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="238"/>
        <source>&amp;Breite:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="239"/>
        <source>&amp;Höhe:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="241"/>
        <source>Für eine A4-Seite genügen 1360 × 800 Pixel; die Schrift wächst mit der Breite.</source>
        <translation>1360 × 800 pixels are enough for an A4 page; the text grows with the width.</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="245"/>
        <source>SVG-Grafik (*.svg)</source>
        <translation>SVG graphic (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="245"/>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="259"/>
        <source>Als &amp;PNG speichern…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardview.cpp" line="260"/>
        <source>Als &amp;SVG speichern…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
</context>
<context>
    <name>tfp::ui::DateEdit</name>
    <message>
        <location filename="../ui/dateedit.cpp" line="54"/>
        <location filename="../ui/dateedit.cpp" line="84"/>
        <source>kein Datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="56"/>
        <source>Datum eingeben: %1, TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14). Entf leert das Feld (kein Datum); Alt+↓ öffnet den Kalender.</source>
        <translation>Enter a date: %1, DD.MM.YYYY, YYYY-MM-DD, “today” or +days (e.g. +14). Del empties the field (no date); Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="61"/>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <location filename="../ui/dateedit.cpp" line="92"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::DienstCoverageModel</name>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="61"/>
        <source>1 OZG-Leistung</source>
        <translation>1 OZG service</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="61"/>
        <source>%1 OZG-Leistungen</source>
        <translation>%1 OZG services</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="64"/>
        <source>%1%2
Doppelklick oder Eingabetaste öffnet den Onlinedienst.</source>
        <translation>%1%2
Double-click or Enter opens the online service.</translation>
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
Double-click or Enter opens the service.</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="114"/>
        <source>Onlinedienst / OZG-Leistung</source>
        <translation>Online service / OZG service</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="116"/>
        <source>erreichter Reifegrad</source>
        <translation>Maturity level reached</translation>
    </message>
    <message>
        <location filename="../ui/models/dienstcoveragemodel.cpp" line="118"/>
        <source>Lage / Anbieter</source>
        <translation>Life/business situation / provider</translation>
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
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="39"/>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="41"/>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="43"/>
        <source>Arbeitsplan</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="45"/>
        <source>Zeitplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="61"/>
        <source>Semikolon, UTF-8 mit BOM, Datum TT.MM.JJJJ: Excel zeigt die Umlaute richtig, und die Datei lässt sich unverändert wieder importieren.</source>
        <translation>Semicolon, UTF-8 with BOM, dates as DD.MM.YYYY: Excel shows umlauts correctly, and the file can be imported again unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="65"/>
        <source>Kopfzeile fixiert und mit Filter, Spaltenbreiten nach Inhalt, echte Datums- und Zahlenzellen; die Blätter lassen sich wieder importieren.</source>
        <translation>Header row frozen and filtered, column widths fitted to content, real date and number cells; the sheets can be imported again.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="68"/>
        <source>Offenes Format für LibreOffice: Kopfzeile fett und fixiert, Spaltenbreiten nach Inhalt, echte Datums- und Währungszellen; die Blätter lassen sich wieder importieren.</source>
        <translation>Open format for LibreOffice: header row bold and frozen, column widths fitted to content, real date and currency cells; the sheets can be imported again.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="72"/>
        <source>Ganztägige Termine nach RFC 5545 für Outlook und Thunderbird; ein erreichter Meilenstein steht an seinem Ist-Datum, ein offener am geplanten.</source>
        <translation>All-day events per RFC 5545 for Outlook and Thunderbird; a milestone that has been reached is placed on its actual date, an open one on its planned date.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="76"/>
        <source>Projekte als Sammelvorgänge, Phasen als Vorgänge, Meilensteine als Meilensteine; jeder Vorgang trägt seine Kennung (Feld Text1), so dass die in MS Project geänderte Datei wieder importiert werden kann (Import › Zeitplan aus MS Project).</source>
        <translation>Projects as summary tasks, phases as tasks, milestones as milestones; each task carries its key (field Text1), so that the file changed in MS Project can be imported again (Import › Schedule from MS Project).</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="89"/>
        <location filename="../ui/views/exportdialog.cpp" line="360"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="104"/>
        <source>Du&amp;rchsuchen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="121"/>
        <source>&amp;Inhalt:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="122"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="123"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="127"/>
        <source>&amp;Datei:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="135"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="136"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="225"/>
        <source>Gesamtprogramm (alle Themenfelder)</source>
        <translation>Whole programme (all topic areas)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="227"/>
        <source>Themenfeld „%1“</source>
        <translation>Topic area ‘%1’</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="239"/>
        <source>Projekt „%1“ (%2)</source>
        <translation>Project ‘%1’ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="252"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="319"/>
        <source>Meilensteine mit Datum, je ein Termin: %1.</source>
        <translation>Milestones with a date, one event each: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="320"/>
        <source>Im gewählten Umfang hat kein Meilenstein ein Datum; es gibt nichts zu exportieren.</source>
        <translation>No milestone in the selected scope has a date; there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="323"/>
        <source>Eine Arbeitsmappe mit den Blättern Leistungen, Priorisierung, Projekte, Meilensteine und Nachnutzung.</source>
        <translation>A workbook with the sheets Services, Prioritisation, Projects, Milestones and reuse.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="327"/>
        <source>Meilensteine im Zeitplan: %1, mit ihren Projekten und Phasen.</source>
        <translation>Milestones in the schedule: %1, with their projects and phases.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="329"/>
        <source>Zu schreibende Zeilen: %1.</source>
        <translation>Rows to write: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="343"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="344"/>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="345"/>
        <source>OpenDocument-Tabellen (*.ods)</source>
        <translation>OpenDocument spreadsheets (*.ods)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="346"/>
        <source>MS-Project-XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="347"/>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="348"/>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../ui/views/exportdialog.cpp" line="361"/>
        <source>„%1“ gibt es schon. Ersetzen?</source>
        <translation>‘%1’ already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>tfp::ui::FederfuehrungView</name>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="39"/>
        <source>Beteiligten auf&amp;nehmen…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="40"/>
        <source>Aus der Federführung ent&amp;fernen</source>
        <translation>&amp;Remove from the lead</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="67"/>
        <source>Noch niemand in der Federführung. Nehmen Sie das federführende Ressort und die federführenden und umsetzenden Länder auf.</source>
        <translation>Nobody in the lead yet. Add the lead ministry and the lead and implementing Länder.</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="69"/>
        <source>FF = federführend (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung), U = umsetzend (baut im Auftrag), MA = mitarbeitend. Doppelklick auf Rolle oder Kontakt ändert sie.</source>
        <translation>FF = lead (ministry: content, acceptance, budget; Land: building and providing), U = implementing (builds on behalf), MA = contributing. Double-click the role or contact to change it.</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="80"/>
        <source>Beteiligten aufnehmen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="88"/>
        <source>&amp;Beteiligter:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <location filename="../ui/views/federfuehrungview.cpp" line="89"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::GeheZuDialog</name>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="26"/>
        <source>Gehe zu</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="28"/>
        <source>Name oder ID einer Leistung, eines Projekts, Meilensteins, Risikos oder Kommentars</source>
        <translation>Name or ID of a service, project, milestone, risk or comment</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="31"/>
        <source>Gehe zu: Suchbegriff</source>
        <translation>Go to: search term</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="33"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="36"/>
        <source>Treffer</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="67"/>
        <source>%1 %2 – OZG-Leistung, %3</source>
        <translation>%1 %2 – OZG service, %3</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="72"/>
        <source>%1 – Projekt, %2</source>
        <translation>%1 – project, %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="80"/>
        <source>%1 – Meilenstein in %2</source>
        <translation>%1 – milestone in %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="81"/>
        <source>%1 – Meilenstein in %2, geplant %3</source>
        <translation>%1 – milestone in %2, planned %3</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="86"/>
        <source>%1 – Risiko, %2</source>
        <translation>%1 – risk, %2</translation>
    </message>
    <message>
        <location filename="../ui/views/gehezudialog.cpp" line="100"/>
        <source>„%1“ – Kommentar</source>
        <translation>“%1” – comment</translation>
    </message>
</context>
<context>
    <name>tfp::ui::GewichtDelegate</name>
    <message>
        <location filename="../ui/views/prioritisationdelegates.cpp" line="99"/>
        <source>Gewicht von „%1“</source>
        <translation>Weight of “%1”</translation>
    </message>
</context>
<context>
    <name>tfp::ui::HelpWindow</name>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="43"/>
        <source>Benutzerhandbuch – Themenfeldplaner</source>
        <translation>User guide – Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="48"/>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="51"/>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="53"/>
        <source>&amp;Vor</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../ui/views/helpwindow.cpp" line="55"/>
        <source>&amp;Inhalt</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>tfp::ui::HistoryPanel</name>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="38"/>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>alt</source>
        <translation>old</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="45"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="50"/>
        <source>Kommentar schreiben und mit Eingabe speichern</source>
        <translation>Write a comment and save it with Enter</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="51"/>
        <source>Kommentieren</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="93"/>
        <source>Wählen Sie eine OZG-Leistung oder ein Projekt, um Kommentare und Änderungen zu sehen.</source>
        <translation>Select an OZG service or a project to see its comments and changes.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="97"/>
        <source>Kommentare und Änderungen zu %1</source>
        <translation>Comments and changes of %1</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="107"/>
        <source>Noch keine Kommentare.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="112"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="114"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="122"/>
        <source>In diesem Workshop-Paket noch nicht geändert.</source>
        <translation>Not yet changed in this workshop package.</translation>
    </message>
    <message>
        <location filename="../ui/views/historypanel.cpp" line="123"/>
        <source>Seit dem Anlegen des Katalogs unverändert.</source>
        <translation>Unchanged since the catalog was created.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ImportDialog</name>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="67"/>
        <source>Neu (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="69"/>
        <source>Geändert (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="71"/>
        <source>Unverändert (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="73"/>
        <source>Abgelehnt (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="75"/>
        <source>Nicht zugeordnet (%1)</source>
        <translation>Unmatched (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="84"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="86"/>
        <source>CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods)</source>
        <translation>CSV, Excel (.xlsx) or OpenDocument file (.ods)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="91"/>
        <source>Du&amp;rchsuchen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="103"/>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="105"/>
        <source>&amp;Neu einlesen</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="107"/>
        <source>Liest die Datei noch einmal, etwa nachdem sie in Excel korrigiert wurde.</source>
        <translation>Reads the file again, for example after it has been corrected in Excel.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="114"/>
        <source>&amp;Inhalt:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="117"/>
        <source>Tabellen&amp;blatt:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="152"/>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="154"/>
        <source>Übernimmt alle Zeilen in einem Schritt; „Rückgängig“ nimmt sie als Ganzes zurück.</source>
        <translation>Applies all rows in one step; ‘Undo’ reverts them as a whole.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="155"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="241"/>
        <source>Datei importieren</source>
        <translation>Import file</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="335"/>
        <source>Wählen Sie eine CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods) und was sie enthält. Die Vorschau zeigt, was sich ändern würde; geändert wird erst mit „Übernehmen“.</source>
        <translation>Choose a CSV, Excel (.xlsx) or OpenDocument file (.ods) and what it contains. The preview shows what would change; nothing is changed until you click ‘Apply’.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="378"/>
        <source>Nur Arbeitsmappen (.xlsx und .ods) haben Tabellenblätter.</source>
        <translation>Only workbooks (.xlsx and .ods) have sheets.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="301"/>
        <source>Der Katalog hat sich seit der Vorschau geändert; die Vorschau ist neu berechnet. Bitte prüfen Sie sie und übernehmen Sie dann.</source>
        <translation>The catalogue has changed since the preview; the preview has been recalculated. Please check it and then apply.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="242"/>
        <source>Tabellen (*.csv *.xlsx *.ods *.txt);;CSV-Dateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;OpenDocument-Tabellen (*.ods);;MS-Project-XML (*.xml);;Alle Dateien (*)</source>
        <translation>Tables (*.csv *.xlsx *.ods *.txt);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods);;MS Project XML (*.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="317"/>
        <source>Der Katalog hat den Import abgelehnt; es wurde nichts geändert. %1</source>
        <translation>The catalogue rejected the import; nothing was changed. %1</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="340"/>
        <source>Der Katalog bleibt unverändert.</source>
        <translation>The catalogue remains unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="347"/>
        <source>Dashboard: %1 Zeilen einer OZG-Leistung des Katalogs zugeordnet, %2 nicht zugeordnet.</source>
        <translation>Dashboard: %1 rows matched to an OZG service in the catalogue, %2 unmatched.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="354"/>
        <source>Zeilen mit Fehlern: %1. So wird nichts importiert; korrigieren Sie die Datei (siehe „Abgelehnt“) und lesen Sie sie neu ein.</source>
        <translation>Rows with errors: %1. Nothing will be imported like this; correct the file (see ‘Rejected’) and reload it.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="358"/>
        <source>Nichts zu ändern: der Katalog hat diesen Stand schon.</source>
        <translation>Nothing to change: the catalogue is already up to date.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="360"/>
        <source>„Übernehmen“ schreibt alles in einem Schritt; „Rückgängig“ nimmt es als Ganzes zurück.</source>
        <translation>‘Apply’ writes everything in one step; ‘Undo’ reverts it as a whole.</translation>
    </message>
    <message>
        <location filename="../ui/views/importdialog.cpp" line="365"/>
        <source>Der Katalog ist nur zum Lesen geöffnet (%1); importieren geht hier nicht.</source>
        <translation>The catalogue is open read-only (%1); importing is not possible here.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="16"/>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="37"/>
        <source>(ganze Zeile)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="98"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="100"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="102"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="103"/>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="104"/>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="106"/>
        <source>Bisher</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../ui/models/importpreviewmodel.cpp" line="108"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ItemViewActions</name>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="99"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="105"/>
        <source>Mit &amp;Überschriften kopieren</source>
        <translation>Copy with &amp;headers</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="112"/>
        <source>&amp;Einfügen</source>
        <translation>&amp;Paste</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/itemviewactions.cpp" line="129"/>
        <source>%n OZG-Leistung(en)</source>
        <translation>
            <numerusform>%n OZG service</numerusform>
            <numerusform>%n OZG services</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="157"/>
        <source>– nicht erhoben –</source>
        <translation>– not assessed –</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="162"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="164"/>
        <source>Welle %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="165"/>
        <source>&amp;Status setzen</source>
        <translation>Set &amp;status</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="166"/>
        <source>&amp;Reifegrad (ist) setzen</source>
        <translation>Set &amp;maturity level (current)</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="167"/>
        <source>&amp;Flächendeckung setzen</source>
        <translation>Set area &amp;coverage</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="168"/>
        <source>Feste &amp;Welle setzen</source>
        <translation>Pin to a &amp;wave</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="204"/>
        <source>Einem &amp;Projekt zuordnen</source>
        <translation>Assign to a &amp;project</translation>
    </message>
    <message>
        <location filename="../ui/itemviewactions.cpp" line="205"/>
        <source>Aus Projekt &amp;entfernen</source>
        <translation>&amp;Remove from project</translation>
    </message>
</context>
<context>
    <name>tfp::ui::KennzahlenModel</name>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="62"/>
        <source>OZG-
Leistungen</source>
        <translation>OZG
services</translation>
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
        <translation>in imple-
mentation</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="68"/>
        <source>in
Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="70"/>
        <source>ohne
Status</source>
        <translation>no
status</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="72"/>
        <source>OZG-
konform</source>
        <translation>OZG-
compliant</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="74"/>
        <source>mit
Lücke</source>
        <translation>with
gap</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="76"/>
        <source>mit Online-
dienst</source>
        <translation>with online
service</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="78"/>
        <source>Reifegrad
nicht
erhoben</source>
        <translation>Maturity
level not
recorded</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="80"/>
        <source>Modell
2.0</source>
        <translation>Model
2.0</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="85"/>
        <source>Reifegrad
%1</source>
        <translation>Maturity
level %1</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="89"/>
        <source>Flächen-
deckung
keine</source>
        <translation>Coverage
none</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="91"/>
        <source>Flächen-
deckung
Kommune</source>
        <translation>Coverage
municipality</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="93"/>
        <source>Flächen-
deckung
kreisweit</source>
        <translation>Coverage
district-wide</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="95"/>
        <source>Flächen-
deckung
landesweit</source>
        <translation>Coverage
Land-wide</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="97"/>
        <source>Flächen-
deckung
bundesweit</source>
        <translation>Coverage
nationwide</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="118"/>
        <source> In Klammern der Anteil an den OZG-Leistungen der Zeile.</source>
        <translation> In brackets the share of the row&apos;s OZG services.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="121"/>
        <source>OZG-Leistungen im gewählten Umfang: alle, oder nur Föderal (von Ländern oder Kommunen vollzogen, ohne reine Typ-1-Leistungen des Bundes).</source>
        <translation>OZG services in the chosen scope: all, or federal-state programme only (executed by Länder or municipalities, without pure Typ-1 federal services).</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="125"/>
        <source>Status „online“: mindestens ein Onlinedienst hat Reifegrad 2 erreicht und ist in mindestens einer Kommune verfügbar.</source>
        <translation>Status “online”: at least one online service has reached maturity level 2 and is available in at least one municipality.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="130"/>
        <source>Status „in Umsetzung“.</source>
        <translation>Status “in implementation”.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="132"/>
        <source>Status „in Planung“.</source>
        <translation>Status “planned”.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="134"/>
        <source>Noch kein Status erfasst.</source>
        <translation>No status recorded yet.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="136"/>
        <source>OZG-konform: erreichter Reifegrad (ist) mindestens 3 – Online-Leistung; ab dieser Stufe gilt die OZG-Pflicht als erfüllt.</source>
        <translation>OZG-compliant: reached maturity level (current) at least 3, online service; from this level the OZG obligation counts as met.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="141"/>
        <source>Reifegrad-Lücke: der Ziel-Reifegrad liegt über dem erreichten (beide erfasst). Der Tooltip einer Zelle nennt die fehlenden Stufen.</source>
        <translation>Maturity level gap: the target maturity level is above the reached one (both recorded). A cell&apos;s tooltip names the missing levels.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="145"/>
        <source>Von mindestens einem erfassten Onlinedienst abgedeckt (über die LeiKa-Leistungen, die er abdeckt).</source>
        <translation>Covered by at least one recorded online service (through the LeiKa services it covers).</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="150"/>
        <source>Für diese OZG-Leistungen ist noch kein erreichter Reifegrad erfasst.</source>
        <translation>No reached maturity level has been recorded for these OZG services yet.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="152"/>
        <source>Nach dem Reifegradmodell 2.0 (Stufen 0–7) bewertet. Diese OZG-Leistungen zählen in keiner Reifegrad-, Lücken- oder OZG-konform-Spalte.</source>
        <translation>Rated under maturity model 2.0 (levels 0–7). These OZG services count in no maturity level, gap or OZG-compliant column.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="160"/>
        <source>Erreichter Reifegrad %1: %2</source>
        <translation>Reached maturity level %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="164"/>
        <source>Flächendeckung „%1“: wie weit das Onlineangebot reicht. Stufen: keine · in mindestens einer Kommune · kreisweit · landesweit · bundesweit flächendeckend.</source>
        <translation>Coverage “%1”: how far the online offer reaches. Levels: none · in at least one municipality · district-wide · Land-wide · nationwide.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="216"/>
        <source>%1: %2 OZG-Leistungen</source>
        <translation>%1: %2 OZG services</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="218"/>
        <source>%1 – %2: %3 von %4 OZG-Leistungen (%5)</source>
        <translation>%1 – %2: %3 of %4 OZG services (%5)</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="222"/>
        <source>Zusammen fehlen %1 Reifegradstufen bis zum Ziel.</source>
        <translation>Together %1 maturity levels are missing to the target.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="282"/>
        <source>%1
Ohne Aktivität: keine OZG-Leistung dieser Lage hat einen Status und keine ist einem Umsetzungsprojekt zugeordnet.</source>
        <translation>%1
Without activity: no OZG service of this life/business situation has a status and none is assigned to an implementation project.</translation>
    </message>
    <message>
        <location filename="../ui/models/kennzahlenmodel.cpp" line="286"/>
        <source>%1
Doppelklick öffnet das Themenfeld.</source>
        <translation>%1
Double-click opens the topic area.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::KriterienModel</name>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="97"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="122"/>
        <source>„%1“: Doppelklick oder F2 benennt das Kriterium um.</source>
        <translation>“%1”: double-click or F2 renames the criterion.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="125"/>
        <source>Noch nicht gespeichert: die Rangfolge zeigt schon die Wirkung. Gespeichert wird, wenn Sie Enter drücken oder das Feld verlassen.</source>
        <translation>Not saved yet: the ranking already shows the effect. It is saved when you press Enter or leave the field.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="127"/>
        <source>Relatives Gewicht: nur das Verhältnis der Gewichte zählt. Beim Verändern ordnet sich die Rangfolge sofort neu.</source>
        <translation>Relative weight: only the ratio of the weights counts. When you change it, the ranking reorders at once.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="130"/>
        <source>Alle Gewichte sind 0: jedes Kriterium zählt gleich (gleichgewichtet).</source>
        <translation>All weights are 0: every criterion counts the same (equally weighted).</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="132"/>
        <source>Anteil des Kriteriums an der Summe der Gewichte.</source>
        <translation>Share of the criterion in the sum of the weights.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="134"/>
        <source>%1 von %2 Leistungen haben eine Bewertung für dieses Kriterium; die übrigen fehlen und zählen nicht als 0.</source>
        <translation>%1 of %2 services have a score for this criterion; the others are missing and do not count as 0.</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="161"/>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="163"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="165"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="167"/>
        <source>bewertet</source>
        <translation>scored</translation>
    </message>
    <message>
        <location filename="../ui/models/kriterienmodel.cpp" line="171"/>
        <source>Die Gewichte werden auf die Summe 1 gebracht; sind alle 0, zählt jedes Kriterium gleich.</source>
        <translation>The weights are scaled to sum 1; if all are 0, every criterion counts the same.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungEditor</name>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="91"/>
        <source>LeiKa-Leistungen</source>
        <translation>LeiKa services</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="99"/>
        <source>Abh&amp;ängigkeit hinzufügen…</source>
        <translation>Add &amp;dependency…</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="101"/>
        <source>Diese Leistung setzt eine andere voraus (z. B. Geburtsanzeige vor Elterngeld).</source>
        <translation>This service requires another one first (e.g. birth registration before parental allowance).</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="102"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="103"/>
        <source>Hängt ab von</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="134"/>
        <source>Abhängigkeit hinzufügen</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="135"/>
        <source>„%1“ hängt ab von:</source>
        <translation>“%1” depends on:</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="173"/>
        <source>Keine OZG-Leistung gewählt</source>
        <translation>No OZG service selected</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="174"/>
        <source>Wählen Sie links im Baum eine OZG-Leistung, um sie hier zu bearbeiten.</source>
        <translation>Select an OZG service in the tree on the left to edit it here.</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungeditor.cpp" line="181"/>
        <source>%1 › %2 · Programm %3</source>
        <translation>%1 › %2 · programme %3</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungModel</name>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="343"/>
        <source>Programm aus den LeiKa-Typen: Bund = nur Typ 1, Föderal = kein Typ 1, Misch = beides.</source>
        <translation>Programme from the LeiKa types: federal programme = only Typ 1, federal-state programme = no Typ 1, mixed = both.</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="373"/>
        <source>Reifegrad ist → ziel. Ist: %1; Ziel: %2</source>
        <translation>Maturity level current → target. Current: %1; target: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="374"/>
        <source>nicht erhoben</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="375"/>
        <source>nicht festgelegt</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="400"/>
        <source>OZG-ID</source>
        <translation>OZG ID</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="402"/>
        <source>Lage / OZG-Leistung</source>
        <translation>Life/business situation / OZG service</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="404"/>
        <source>Programm</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="406"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="408"/>
        <source>Reifegrad</source>
        <translation>Maturity level</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="410"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="412"/>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <location filename="../ui/models/leistungmodel.cpp" line="416"/>
        <source>Reifegrad ist → ziel: 0 Offline · 1 Information · 2 Formular-Assistent · 3 Online-Leistung (OZG-konform) · 4 Online-Transaktion</source>
        <translation>Maturity level current → target: 0 Offline · 1 Information · 2 Form assistant · 3 Online service (OZG-compliant) · 4 Online transaction</translation>
    </message>
</context>
<context>
    <name>tfp::ui::LeistungenView</name>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="31"/>
        <source>Suchen: Name, OZG-ID oder LeiKa-Schlüssel</source>
        <translation>Search: name, OZG ID or LeiKa key</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="33"/>
        <source>Leistungen durchsuchen</source>
        <translation>Search the services</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="35"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="38"/>
        <source>Nur Leistungen mit diesem Status zeigen</source>
        <translation>Only show services with this status</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="40"/>
        <source>Alle Reifegrade</source>
        <translation>All maturity levels</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="41"/>
        <source>Reifegrad nicht erhoben</source>
        <translation>Maturity level not recorded</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="43"/>
        <source>Reifegrad ist %1</source>
        <translation>Maturity level is %1</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="47"/>
        <source>alle Leistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="48"/>
        <source>nur Föderal</source>
        <translation>Federal-state programme only</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="49"/>
        <source>Föderal: Leistungen, die Länder oder Kommunen vollziehen (ohne reine Typ-1-Leistungen des Bundes)</source>
        <translation>Federal-state programme: services executed by Länder or municipalities (without pure Typ-1 federal services)</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="51"/>
        <source>in kei&amp;nem Projekt</source>
        <translation>in &amp;no project</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="52"/>
        <source>Nur Leistungen zeigen, die noch keinem Umsetzungsprojekt zugeordnet sind</source>
        <translation>Only show services not yet assigned to an implementation project</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="57"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="88"/>
        <source>Lagen und OZG-Leistungen</source>
        <translation>Life/business situations and OZG services</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="233"/>
        <source>Die OZG-Leistungen werden zusammengestellt …</source>
        <translation>Putting the OZG services together …</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="235"/>
        <source>Dieses Themenfeld hat noch keine OZG-Leistungen.

Legen Sie im Reiter „Themenfeld“ die Lagen an und danach über „Bearbeiten › Neue OZG-Leistung…“ ihre Leistungen.</source>
        <translation>This topic area has no OZG services yet.

Create the life/business situations on the “Topic area” tab and then their services with “Edit › New OZG service…”.</translation>
    </message>
    <message>
        <location filename="../ui/views/leistungenview.cpp" line="239"/>
        <source>Keine OZG-Leistung passt zu Suche und Filtern.

Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „alle“ zurück.</source>
        <translation>No OZG service matches the search and filters.

Change the search term or reset the filters to “all”.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Sperre aufheben…</source>
        <translation>Lift the lock…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Themenfelder</source>
        <translation>Topic areas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="78"/>
        <source>Bereit. Nur lesen: Änderungen sind in diesem Fenster nicht möglich.</source>
        <translation>Ready. Read-only: changes are not possible in this window.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="79"/>
        <location filename="../ui/mainwindowcatalog.cpp" line="250"/>
        <source>Bereit. Jede Änderung wird sofort gespeichert.</source>
        <translation>Ready. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="107"/>
        <source>Katalog „%1“ wird geladen …</source>
        <translation>Loading catalog “%1” …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="151"/>
        <source>Der Katalog „%1“ wird geöffnet und geprüft …</source>
        <translation>The catalog “%1” is being opened and checked …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="160"/>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="166"/>
        <source>Katalog wird geladen</source>
        <translation>Loading catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="169"/>
        <source>Katalog „%1“ wird geöffnet und geprüft …</source>
        <translation>Opening and checking catalog “%1” …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Kommentare und Änderungen</source>
        <translation>Comments and changes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Leistungen</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>&amp;Projekte</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>&amp;Zeitplan</source>
        <translation>Sc&amp;hedule</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>P&amp;riorisierung</source>
        <translation>P&amp;rioritisation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Abde&amp;ckung</source>
        <translation>Co&amp;verage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>&amp;Übersicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Themenfeld</source>
        <translation>&amp;Topic area</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>Name und Notizen, Federführung, Lagen und Risiken des Themenfelds</source>
        <translation>Name and notes, lead, life/business situations and risks of the topic area</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Onlinedienste</source>
        <translation>&amp;Online services</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>&amp;Gesamtprogramm</source>
        <translation>&amp;Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Änderung nicht möglich</source>
        <translation>Change not possible</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Der Katalog wurde von einem anderen Programm geändert und neu geladen.</source>
        <translation>The catalog was changed by another program and reloaded.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Rückgängig: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <location filename="../ui/mainwindowmenus.cpp" line="249"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Wiederholen: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <location filename="../ui/mainwindowmenus.cpp" line="251"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="231"/>
        <source>Katalog beschädigt</source>
        <translation>Catalog damaged</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="232"/>
        <source>%1

Der Katalog ist nur noch zum Lesen geöffnet. Öffnen Sie eine Sicherung oder eine mit „Kopie speichern unter“ erstellte Kopie.</source>
        <translation>%1

The catalog is now open read-only. Open a backup or a copy made with “Save copy as”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>%1 – %2 – Themenfeldplaner</source>
        <translation>%1 – %2 – Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="247"/>
        <source>Nur lesen: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="268"/>
        <location filename="../ui/mainwindowcatalog.cpp" line="286"/>
        <source>Sperre aufheben</source>
        <translation>Lift the lock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="269"/>
        <source>Den Katalog „%1“ bearbeitet laut seiner Sperre %2 auf dem Rechner „%3“ (Prozess %4), seit %5.</source>
        <translation>According to its lock, the catalog “%1” is being edited by %2 on the computer “%3” (process %4) since %5.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="271"/>
        <source>Themenfeldplaner</source>
        <translation>Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="275"/>
        <source>Heben Sie die Sperre nur auf, wenn dort sicher niemand mehr mit dem Katalog arbeitet, etwa weil der Rechner abgestürzt ist. Schreiben zwei Programme zugleich, gehen Änderungen verloren.</source>
        <translation>Lift the lock only when you are sure that nobody works with the catalog there any more, for example because that computer crashed. When two programs write at the same time, changes are lost.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="278"/>
        <source>Sperre &amp;aufheben</source>
        <translation>&amp;Lift the lock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="312"/>
        <source>&lt;b&gt;Workshop-Paket&lt;/b&gt; zum Themenfeld &lt;b&gt;„%1“&lt;/b&gt; aus dem Katalog %2, erstellt am %3 von %4. Änderungen und Stimmen bleiben in dieser Datei; der Katalog übernimmt sie mit „Datei › Workshop-Ergebnis übernehmen…“.</source>
        <translation>&lt;b&gt;Workshop package&lt;/b&gt; for the topic area &lt;b&gt;“%1”&lt;/b&gt; from the catalog %2, created on %3 by %4. Changes and votes stay in this file; the catalog takes them over with “File › Merge workshop result…”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcatalog.cpp" line="318"/>
        <source>Katalog-Kennung %1, Revision %2</source>
        <translation>Catalog ID %1, revision %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="449"/>
        <source>Katalog öffnen</source>
        <translation>Open catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Neue OZG-Leistung</source>
        <translation>New OZG service</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;OZG-ID:</source>
        <translation>&amp;OZG ID:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>&amp;Lage:</source>
        <translation>&amp;Life/business situation:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <source>OZG-Leistung entfernen</source>
        <translation>Remove OZG service</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>Wählen Sie zuerst im Reiter „Leistungen“ die OZG-Leistung.</source>
        <translation>First select the OZG service on the “Services” tab.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>Neues Projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <location filename="../ui/mainwindowmenus.cpp" line="87"/>
        <location filename="../ui/mainwindowmenus.cpp" line="212"/>
        <source>Wählen Sie zuerst links ein Themenfeld.</source>
        <translation>First select a topic area on the left.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="69"/>
        <location filename="../ui/mainwindowmenus.cpp" line="79"/>
        <location filename="../ui/mainwindowmenus.cpp" line="87"/>
        <location filename="../ui/mainwindowmenus.cpp" line="94"/>
        <source>Workshop-Paket erstellen</source>
        <translation>Create workshop package</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="74"/>
        <source>Workshop-Paket für „%1“ gespeichert: %2</source>
        <translation>Workshop package for “%1” saved: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="95"/>
        <location filename="../ui/mainwindowmenus.cpp" line="185"/>
        <source>Workshop-Pakete (*.tfreview)</source>
        <translation>Workshop packages (*.tfreview)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="107"/>
        <source>Workshop-Ergebnis übernommen; „Rückgängig“ nimmt es als Ganzes zurück.</source>
        <translation>Workshop result merged; “Undo” takes it back as a whole.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="134"/>
        <source>Import übernommen; „Rückgängig“ nimmt ihn als Ganzes zurück.</source>
        <translation>Import applied; ‘Undo’ reverts it as a whole.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="148"/>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="167"/>
        <source>In ein Workshop-Paket wird nicht importiert; importieren Sie in den Katalog.</source>
        <translation>Imports do not go into a workshop package; import into the catalogue instead.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="169"/>
        <source>Übernimmt Leistungen, Projekte, Meilensteine oder den Dashboard-Export aus CSV oder Excel, mit Vorschau.</source>
        <translation>Imports services, projects, milestones or the dashboard export from CSV or Excel, with a preview.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="185"/>
        <source>Workshop-Ergebnis übernehmen</source>
        <translation>Merge workshop result</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="191"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="192"/>
        <source>&amp;Neuer Katalog…</source>
        <translation>&amp;New catalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="194"/>
        <source>Legt einen neuen Katalog aus dem eingebetteten OZG-Katalog an.</source>
        <translation>Creates a new catalog from the embedded OZG catalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="195"/>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="196"/>
        <source>Mit &amp;Programmkatalog verbinden…</source>
        <translation>Connect to &amp;programme catalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="197"/>
        <source>Öffnet den gemeinsamen Programmkatalog auf einem PostgreSQL-Server.</source>
        <translation>Opens the shared programme catalog on a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="198"/>
        <source>Zu&amp;gänge zum Programmkatalog…</source>
        <translation>&amp;Access to the programme catalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="200"/>
        <source>Welche Anmeldung am Server für welchen Beteiligten oder als Programmleitung schreibt; nur bei einem Katalog auf einem PostgreSQL-Server.</source>
        <translation>Which login on the server writes for which participant or as the programme management; only for a catalog on a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="203"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="204"/>
        <source>&amp;Kopie speichern unter…</source>
        <translation>Save &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="206"/>
        <source>&amp;Arbeitsplan exportieren…</source>
        <translation>&amp;Export work plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="208"/>
        <source>Arbeitsplan &amp;drucken…</source>
        <translation>&amp;Print work plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="211"/>
        <location filename="../ui/mainwindowmenus.cpp" line="216"/>
        <source>Arbeitsplan drucken</source>
        <translation>Print work plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="220"/>
        <source>&amp;Tabelle drucken…</source>
        <translation>Print &amp;table…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="225"/>
        <source>Tabelle drucken</source>
        <translation>Print table</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="226"/>
        <source>Die Registerkarte „%1“ zeigt keine Tabelle.</source>
        <translation>The tab “%1” shows no table.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="228"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="232"/>
        <source>Druckt die Tabelle der vorderen Registerkarte, so wie sie gezeigt wird.</source>
        <translation>Prints the table of the tab in front, as it is shown.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="234"/>
        <source>&amp;Importieren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="236"/>
        <source>E&amp;xportieren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="237"/>
        <source>Schreibt Tabellen als CSV oder Excel-Arbeitsmappe, Meilensteine als Kalender.</source>
        <translation>Writes tables as CSV or an Excel workbook, milestones as a calendar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="239"/>
        <source>&amp;Workshop-Paket erstellen…</source>
        <translation>Create &amp;workshop package…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="240"/>
        <source>Schreibt das gewählte Themenfeld als Workshop-Paket (*.tfreview) zur Prüfung ohne den Katalog.</source>
        <translation>Writes the selected topic area as a workshop package (*.tfreview) for review without the catalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="243"/>
        <source>Workshop-&amp;Ergebnis übernehmen…</source>
        <translation>&amp;Merge workshop result…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="246"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="248"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="260"/>
        <source>Neue &amp;OZG-Leistung…</source>
        <translation>New &amp;OZG service…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="262"/>
        <source>OZG-Leistung &amp;entfernen…</source>
        <translation>&amp;Remove OZG service…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="265"/>
        <source>Entfernt die im Detailbereich gezeigte OZG-Leistung aus dem Katalog.</source>
        <translation>Removes the OZG service shown in the details pane from the catalog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="266"/>
        <source>Neues &amp;Projekt…</source>
        <translation>New &amp;project…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="267"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="270"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="272"/>
        <source>&amp;Gehe zu…</source>
        <translation>&amp;Go to…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="275"/>
        <source>Findet eine Leistung, ein Projekt, einen Meilenstein, ein Risiko oder einen Kommentar nach Name oder ID und öffnet ihn dort, wo er steht.</source>
        <translation>Finds a service, project, milestone, risk or comment by name or ID and opens it where it is.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="278"/>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="281"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Themenfelder</source>
        <translation>&amp;Topic areas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="282"/>
        <source>&amp;Kommentare und Änderungen</source>
        <translation>&amp;Comments and changes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="290"/>
        <source>Änderungen &amp;seit…</source>
        <translation>Changes &amp;since…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="291"/>
        <source>Was sich seit einem Zeitpunkt oder einem gespeicherten Stand geändert hat.</source>
        <translation>What has changed since a point in time or a saved snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="293"/>
        <source>&amp;Nächster Bereich</source>
        <translation>&amp;Next pane</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="295"/>
        <source>Springt zwischen Themenfeldliste, Arbeitsbereich, Details und Kommentaren.</source>
        <translation>Moves between the topic area list, the work area, the details and the comments.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="297"/>
        <source>&amp;Vorheriger Bereich</source>
        <translation>&amp;Previous pane</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="312"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="313"/>
        <source>&amp;Benutzerhandbuch</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="315"/>
        <source>Öffnet das Benutzerhandbuch beim Kapitel der gezeigten Registerkarte.</source>
        <translation>Opens the user guide at the chapter of the tab in front.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="317"/>
        <source>Ü&amp;ber Themenfeldplaner…</source>
        <translation>&amp;About Themenfeldplaner…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="318"/>
        <source>Über &amp;Qt…</source>
        <translation>About &amp;Qt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="434"/>
        <location filename="../ui/mainwindowmenus.cpp" line="442"/>
        <source>Neuer Katalog</source>
        <translation>New catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="435"/>
        <location filename="../ui/mainwindowmenus.cpp" line="495"/>
        <source>Themenfeldplaner-Kataloge (*.tfplan)</source>
        <translation>Themenfeldplaner catalogs (*.tfplan)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="450"/>
        <source>Kataloge und Workshop-Pakete (*.tfplan *.tfreview);;Themenfeldplaner-Kataloge (*.tfplan);;Workshop-Pakete (*.tfreview);;Alle Dateien (*)</source>
        <translation>Catalogs and workshop packages (*.tfplan *.tfreview);;Themenfeldplaner catalogs (*.tfplan);;Workshop packages (*.tfreview);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="459"/>
        <source>Mit Programmkatalog verbinden</source>
        <translation>Connect to programme catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="461"/>
        <source>&amp;Adresse des Programmkatalogs:</source>
        <translation>&amp;Address of the programme catalog:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="468"/>
        <source>Zum Beispiel postgresql://planung.example/ozg oder postgresql:///ozg?host=/run/postgresql. Ein Passwort gehört nicht in die Adresse: es kommt aus der Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) oder aus Ihrer Kerberos-Anmeldung.</source>
        <translation>For example postgresql://planung.example/ozg or postgresql:///ozg?host=/run/postgresql. A password does not belong in the address: it comes from PostgreSQL’s password file (~/.pgpass or PGPASSFILE) or from your Kerberos login.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="473"/>
        <source>&amp;Verbinden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="494"/>
        <source>Kopie speichern unter</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="501"/>
        <source>Kopie gespeichert: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="503"/>
        <source>Kopie speichern</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="561"/>
        <source>Über Themenfeldplaner</source>
        <translation>About Themenfeldplaner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="562"/>
        <source>&lt;h3&gt;Themenfeldplaner %1&lt;/h3&gt;&lt;p&gt;Planung der OZG-Umsetzung je Themenfeld: Leistungen, Federführung, Umsetzungsprojekte, Nachnutzung, Meilensteine und Budget.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalogdaten:&lt;/b&gt; Der eingebettete OZG-Katalog (14 Themenfelder, 55 Lagen, 557 OZG-Leistungen, 5.249 LeiKa-Leistungen, Stand etwa 2019/20) stammt aus der &lt;i&gt;KDN OZG-Datenbank&lt;/i&gt; (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT-Lizenz, Copyright © 2020 Gert Hammes. Die Inhalte beruhen auf dem öffentlichen OZG-Umsetzungskatalog von BMI/FITKO und dem Leistungskatalog (LeiKa).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Themenfeldplaner %1&lt;/h3&gt;&lt;p&gt;Planning the OZG implementation per topic area: services, lead, implementation projects, reuse, milestones and budget.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog data:&lt;/b&gt; The embedded OZG catalog (14 topic areas, 55 life/business situations, 557 OZG services, 5,249 LeiKa services, as of about 2019/20) comes from the &lt;i&gt;KDN OZG-Datenbank&lt;/i&gt; (github.com/kdn-nrw/OZG-Datenbank-NRW), MIT licence, copyright © 2020 Gert Hammes. Its contents are based on the public OZG implementation catalogue of BMI/FITKO and the Leistungskatalog (LeiKa).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tfp::ui::MeilensteinPicker</name>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="32"/>
        <source>ohne Datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="38"/>
        <source>Abhängigkeit hinzufügen</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="58"/>
        <source>Projekt, Meilenstein oder Themenfeld</source>
        <translation>Project, milestone or topic area</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="68"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="69"/>
        <source>So viele Tage muss der Meilenstein mindestens nach dem gewählten liegen.</source>
        <translation>The milestone must lie at least this many days after the chosen one.</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="77"/>
        <source>%1 hängt ab von (darf erst nach ihm liegen):</source>
        <translation>%1 depends on (may only come after it):</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="82"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/views/meilensteinpicker.cpp" line="83"/>
        <source>&amp;Abstand:</source>
        <translation>&amp;Lag:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/meilensteinpicker.cpp" line="121"/>
        <source>%n Meilensteine</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
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
        <translation>%1 reuses %2 of %3 projects (planned, in implementation or live).</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="100"/>
        <source>%1 – %2: %3
Doppelklick oder Eingabetaste öffnet das Projekt.</source>
        <translation>%1 – %2: %3
Double-click or Enter opens the project.</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="101"/>
        <source>keine Nachnutzung</source>
        <translation>no reuse</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="120"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="123"/>
        <source>nutzt nach</source>
        <translation>reuses</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="125"/>
        <source>Projekte, die das Land nachnutzt (Stand geplant, in Umsetzung oder live; „interessiert“ und „abgelehnt“ zählen nicht), und ihr Anteil an allen Projekten.</source>
        <translation>Projects the Land reuses (planned, in implementation or live; “interested” and “declined” do not count), and their share of all projects.</translation>
    </message>
    <message>
        <location filename="../ui/models/nachnutzungmatrixmodel.cpp" line="134"/>
        <source>%1
Doppelklick öffnet das Projekt.</source>
        <translation>%1
Double-click opens the project.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::NachnutzungModel</name>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="176"/>
        <source>– keine Nachnutzung –</source>
        <translation>– no reuse –</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="209"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="211"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="213"/>
        <source>seit / geplant ab</source>
        <translation>since / planned from</translation>
    </message>
</context>
<context>
    <name>tfp::ui::OnlinediensteView</name>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="40"/>
        <source>Noch kein Onlinedienst erfasst. Legen Sie mit „Neuer Onlinedienst…“ einen an und ordnen Sie ihm die LeiKa-Leistungen zu, die er abdeckt.</source>
        <translation>No online service recorded yet. Create one with “New online service…” and assign to it the LeiKa services it covers.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="44"/>
        <source>&amp;Neuer Onlinedienst…</source>
        <translation>&amp;New online service…</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="45"/>
        <source>Onlinedienst lö&amp;schen</source>
        <translation>&amp;Delete online service</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="63"/>
        <source>OZG-Leistung abd&amp;ecken…</source>
        <translation>&amp;Cover OZG service…</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="64"/>
        <source>Ordnet alle LeiKa-Leistungen einer OZG-Leistung mit dem erreichten Reifegrad zu. Der Reifegrad der OZG-Leistung ist das Minimum über ihre LeiKa-Leistungen.</source>
        <translation>Assigns all LeiKa services of an OZG service with the maturity level reached. The maturity level of the OZG service is the minimum over its LeiKa services.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="66"/>
        <source>Abdeckung ent&amp;fernen</source>
        <translation>&amp;Remove coverage</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="67"/>
        <source>Abgedeckte LeiKa-Leistungen und erreichter Reifegrad</source>
        <translation>Covered LeiKa services and maturity level reached</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="76"/>
        <source>Haken: der Onlinedienst ist in diesem Land verfügbar.</source>
        <translation>Ticked: the online service is available in this Land.</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="77"/>
        <source>Verfügbar in</source>
        <translation>Available in</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="99"/>
        <source>Neuer Onlinedienst</source>
        <translation>New online service</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="99"/>
        <source>Name des Onlinedienstes:</source>
        <translation>Name of the online service:</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="115"/>
        <source>OZG-Leistung abdecken</source>
        <translation>Cover OZG service</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="127"/>
        <source>&amp;OZG-Leistung:</source>
        <translation>&amp;OZG service:</translation>
    </message>
    <message>
        <location filename="../ui/views/onlinediensteview.cpp" line="128"/>
        <source>erreichter &amp;Reifegrad:</source>
        <translation>&amp;Maturity level reached:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::PdfExportDialog</name>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="49"/>
        <source>&amp;Deckblatt mit Federführung</source>
        <translation>&amp;Cover page with lead</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="51"/>
        <source>Ü&amp;berblick</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="53"/>
        <source>&amp;Priorisierung</source>
        <translation>&amp;Prioritisation</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="55"/>
        <source>&amp;Umsetzungsprojekte</source>
        <translation>&amp;Implementation projects</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="57"/>
        <source>&amp;Wellenplanung und Zeitplan</source>
        <translation>&amp;Wave planning and schedule</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="59"/>
        <source>&amp;Meilensteine</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="61"/>
        <source>Abdec&amp;kung und Lücken</source>
        <translation>Coverage and &amp;gaps</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="63"/>
        <source>&amp;Risiken und Abhängigkeiten</source>
        <translation>&amp;Risks and dependencies</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="65"/>
        <source>Steckbriefe (&amp;Anhang)</source>
        <translation>Profiles (&amp;appendix)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="75"/>
        <location filename="../ui/views/pdfexportdialog.cpp" line="350"/>
        <source>Arbeitsplan exportieren</source>
        <translation>Export work plan</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="86"/>
        <source>Alle %1 Themenfelder (je eine Datei)</source>
        <translation>All %1 topic areas (one file each)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="87"/>
        <source>&amp;Themenfeld:</source>
        <translation>&amp;Topic area:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="92"/>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="95"/>
        <source>Zeigt im Zeitplan und in der Meilensteintabelle die Termine dieses Stands und wie weit sie sich seither verschoben haben.</source>
        <translation>Shows in the schedule and in the milestone table the dates of this snapshot and how far they have moved since.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="97"/>
        <source>Ver&amp;gleich mit Stand:</source>
        <translation>Compar&amp;e with snapshot:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="103"/>
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="114"/>
        <source>&amp;Zeitraum des Zeitplans wählen</source>
        <translation>Choose the sc&amp;hedule period</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="117"/>
        <source>Ohne Auswahl zeigt der Zeitplan alle Termine der Projekte.</source>
        <translation>Without a selection, the schedule shows all the projects&apos; dates.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="126"/>
        <source>&amp;von:</source>
        <translation>&amp;from:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="127"/>
        <source>b&amp;is:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="131"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="133"/>
        <source>PD&amp;F (zum Versenden)</source>
        <translation>PD&amp;F (for sending)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="134"/>
        <source>&amp;ODT (bearbeitbar)</source>
        <translation>&amp;ODT (editable)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="136"/>
        <source>Ein OpenDocument-Text mit denselben Abschnitten, zum Bearbeiten in LibreOffice oder einem anderen Textprogramm.</source>
        <translation>An OpenDocument text with the same sections, for editing in LibreOffice or another word processor.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="152"/>
        <source>Seiten der Vorschau</source>
        <translation>Preview pages</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="171"/>
        <source>&amp;Speichern…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="172"/>
        <source>S&amp;chließen</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="271"/>
        <source>Vorschau: %1, %2 Seiten (das erste von %3 Themenfeldern).</source>
        <translation>Preview: %1, %2 pages (the first of %3 topic areas).</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="275"/>
        <source>Vorschau: %1 Seiten.</source>
        <translation>Preview: %1 pages.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="280"/>
        <source>Seite %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="336"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="342"/>
        <source>Der Ordner „%1“ kann nicht angelegt werden.</source>
        <translation>The folder ‘%1’ cannot be created.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="349"/>
        <source>Arbeitspläne werden geschrieben …</source>
        <translation>Writing work plans…</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="349"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="357"/>
        <source>Arbeitsplan %1 (%2 von %3) …</source>
        <translation>Work plan %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="362"/>
        <source>Abgebrochen: %1 von %2 Arbeitsplänen gespeichert.</source>
        <translation>Cancelled: %1 of %2 work plans saved.</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="367"/>
        <source>%1 Arbeitspläne gespeichert in %2</source>
        <translation>%1 work plans saved in %2</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="382"/>
        <source>Ordner für die Arbeitspläne</source>
        <translation>Folder for the work plans</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="386"/>
        <source>Arbeitsplan speichern</source>
        <translation>Save work plan</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="387"/>
        <source>OpenDocument-Texte (*.odt)</source>
        <translation>OpenDocument texts (*.odt)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="388"/>
        <source>PDF-Dokumente (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/pdfexportdialog.cpp" line="397"/>
        <source>Abgebrochen</source>
        <translation>Cancelled</translation>
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
        <translation>%1 (pinned)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="396"/>
        <source>%1 (fest: %2)</source>
        <translation>%1 (pinned: %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="400"/>
        <location filename="../ui/models/prioritisationmodel.cpp" line="600"/>
        <source>unsicher</source>
        <translation>unsure</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="410"/>
        <source>%1 (%2)
Doppelklick zeigt die Leistung im Detail-Editor.</source>
        <translation>%1 (%2)
Double-click shows the service in the details editor.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="415"/>
        <source>„%1“: %2 von 5</source>
        <translation>“%1”: %2 of 5</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="416"/>
        <source>„%1“: noch nicht bewertet (fehlt). Eine fehlende Bewertung zählt nicht als 0: der Score wird über die vorhandenen Bewertungen gemittelt.</source>
        <translation>“%1”: not scored yet (missing). A missing score does not count as 0: the score is averaged over the existing scores.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="422"/>
        <source>Kein Score: die Leistung hat bei keinem Kriterium mit Gewicht eine Bewertung. Sie steht hinter allen bewerteten Leistungen und bekommt keine Kategorie.</source>
        <translation>No score: the service has no score on any weighted criterion. It comes after all scored services and gets no category.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="425"/>
        <source>Gewichteter Mittelwert der %1 vorhandenen Bewertungen (0–5). Die %2 fehlenden zählen nicht mit, auch nicht als 0; ihr Gewicht verteilt sich auf die vorhandenen.</source>
        <translation>Weighted mean of the %1 existing scores (0–5). The %2 missing ones do not count, not even as 0; their weight is spread over the existing ones.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="429"/>
        <source>Gewichteter Mittelwert aller Bewertungen (0–5).</source>
        <translation>Weighted mean of all scores (0–5).</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="431"/>
        <source>%1 von %2 Kriterien ohne Bewertung</source>
        <translation>%1 of %2 criteria without a score</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="434"/>
        <source>Ohne Score keine Kategorie.</source>
        <translation>Without a score, no category.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="436"/>
        <source>Ohne Score keine Empfehlung.</source>
        <translation>Without a score, no recommendation.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="439"/>
        <source>Automatisch geplant: nach Rang, Abhängigkeiten und Kapazität. Doppelklick legt die Leistung auf eine Welle fest.</source>
        <translation>Planned automatically: by rank, dependencies and capacity. Double-click pins the service to a wave.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="442"/>
        <source>Auf Welle %1 festgelegt. Doppelklick und „automatisch“ gibt sie wieder frei.</source>
        <translation>Pinned to wave %1. Double-click and “automatic” releases it again.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="444"/>
        <source>Auf Welle %1 festgelegt, aber eine Leistung, von der sie abhängt, kommt erst in Welle %2: sie rückt deshalb in Welle %2.</source>
        <translation>Pinned to wave %1, but a service it depends on only comes in wave %2: it therefore moves to wave %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="451"/>
        <source>Wird jedes Gewicht einzeln um ±%1 % verändert, liegt der Rang zwischen %2 und %3.</source>
        <translation>If each weight is changed by ±%1% on its own, the rank lies between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="456"/>
        <source>Unsicher: dabei wechselt auch die Kategorie. Die Einstufung hängt an der Gewichtung; prüfen Sie die Bewertungen.</source>
        <translation>Unsure: the category changes as well. The rating depends on the weighting; check the scores.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="519"/>
        <source>„%1“ (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="574"/>
        <source>Kriterium „%1“, Anteil an der Gewichtung %2.
Werte 0 (geringe) bis 5 (hohe Priorität nach diesem Kriterium); „– fehlt –“: noch nicht bewertet.</source>
        <translation>Criterion “%1”, share of the weighting %2.
Values 0 (low) to 5 (high priority by this criterion); “– missing –”: not scored yet.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="582"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="584"/>
        <source>OZG-ID</source>
        <translation>OZG ID</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="586"/>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="588"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="590"/>
        <source>fehlend</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="592"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="594"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="596"/>
        <source>Welle</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="598"/>
        <source>Rangspanne</source>
        <translation>Rank range</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="608"/>
        <source>Rang nach Score, der höchste zuerst; bei gleichem Score entscheidet die OZG-ID. Leistungen ohne Score stehen am Ende.</source>
        <translation>Rank by score, the highest first; with equal scores the OZG ID decides. Services without a score come last.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="611"/>
        <source>Gewichteter Mittelwert der vorhandenen Bewertungen (0–5). Eine fehlende Bewertung zählt nicht als 0: ihr Gewicht verteilt sich auf die vorhandenen.</source>
        <translation>Weighted mean of the existing scores (0–5). A missing score does not count as 0: its weight is spread over the existing ones.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="614"/>
        <source>Kriterien ohne Bewertung</source>
        <translation>Criteria without a score</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="616"/>
        <source>Aus dem Score und den Schwellen des Themenfelds: höchste, hohe, mittlere oder niedrige Priorität.</source>
        <translation>From the score and the topic area&apos;s thresholds: highest, high, medium or low priority.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="619"/>
        <source>Empfohlenes Konzeptformat: Digitalisierungslabor, Werkbank, Direkt-Digitalisierung oder Nachnutzung einer vorhandenen Lösung.</source>
        <translation>Recommended concept format: Digitalisierungslabor, Werkbank, direct digitalisation or reuse of an existing solution.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="622"/>
        <source>Geplante Umsetzungswelle; „fest“: von Hand festgelegt.</source>
        <translation>Planned implementation wave; “pinned”: set by hand.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="624"/>
        <source>Bester und schlechtester Rang, wenn jedes Gewicht einzeln um ±20 % verändert wird.</source>
        <translation>Best and worst rank when each weight on its own is changed by ±20%.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="626"/>
        <source>Die Kategorie wechselt, wenn ein Gewicht um ±20 % verändert wird.</source>
        <translation>The category changes when a weight is changed by ±20%.</translation>
    </message>
    <message>
        <location filename="../ui/models/prioritisationmodel.cpp" line="654"/>
        <source>„%1“ ist keine ganze Zahl.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::PrioritisationView</name>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="134"/>
        <source>Kriterien und Gewichte</source>
        <translation>Criteria and weights</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="135"/>
        <source>Die Kriterien, nach denen die Leistungen dieses Themenfelds bewertet werden (OZG-Leitfaden: OZG-Priorität, Nachfrage, Komplexität, Eignung, Aufwand, Relevanz). Nur das Verhältnis der Gewichte zählt.</source>
        <translation>The criteria by which the services of this topic area are scored (OZG guideline: OZG priority, demand, complexity, suitability, effort, relevance). Only the ratio of the weights counts.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="138"/>
        <source>Alle Gewichte sind 0: die Kriterien zählen gleich (gleichgewichtet).</source>
        <translation>All weights are 0: the criteria count the same (equally weighted).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="141"/>
        <source>&amp;Kriterium hinzufügen…</source>
        <translation>&amp;Add criterion…</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="142"/>
        <source>Kriterium &amp;entfernen</source>
        <translation>&amp;Remove criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="143"/>
        <source>Entfernt das markierte Kriterium mit seinen Bewertungen (fragt vorher, wenn es Bewertungen hat); „Rückgängig“ stellt alles wieder her.</source>
        <translation>Removes the marked criterion with its scores (asks first if it has scores); “Undo” restores everything.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="145"/>
        <source>Kriter&amp;ien</source>
        <translation>Criter&amp;ia</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="158"/>
        <source>Ab diesem Score: höchste Priorität (Digitalisierungslabor).</source>
        <translation>From this score: highest priority (Digitalisierungslabor).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="159"/>
        <source>Ab diesem Score: hohe Priorität.</source>
        <translation>From this score: high priority.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="161"/>
        <source>Ab diesem Score: mittlere Priorität (Werkbank); darunter niedrige (Direkt-Digitalisierung).</source>
        <translation>From this score: medium priority (Werkbank); below it low (direct digitalisation).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="165"/>
        <source>Wie viel eine Umsetzungswelle aufnimmt; „–“: ohne Grenze, jede Leistung kommt in die früheste Welle, die ihre Abhängigkeiten erlauben.</source>
        <translation>How much an implementation wave takes; “–”: no limit, every service goes into the earliest wave its dependencies allow.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="167"/>
        <source>Schwelle&amp;n und Wellen</source>
        <translation>Thresholds a&amp;nd waves</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="180"/>
        <source>Name oder OZG-ID</source>
        <translation>Name or OZG ID</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="182"/>
        <source>Rangfolge filtern</source>
        <translation>Filter the ranking</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="183"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="190"/>
        <source>Sti&amp;mmen erfassen…</source>
        <translation>Record &amp;votes…</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="192"/>
        <source>Erfasst die Stimmen (0–5) einer Workshop-Teilnehmerin oder eines Teilnehmers zu den Kriterien der markierten Leistung und zeigt die bisher erfassten.</source>
        <translation>Records the votes (0–5) of one workshop participant on the criteria of the marked service and shows those recorded so far.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="213"/>
        <source>Rangfolge der OZG-Leistungen</source>
        <translation>Ranking of the OZG services</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="354"/>
        <source>Wählen Sie links ein Themenfeld, um seine OZG-Leistungen zu priorisieren.</source>
        <translation>Select a topic area on the left to prioritise its OZG services.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="357"/>
        <source>Die Priorisierung lässt sich nicht berechnen: %1</source>
        <translation>The prioritisation cannot be calculated: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="361"/>
        <source>Das Themenfeld „%1“ hat noch keine OZG-Leistungen, die sich priorisieren ließen.

Legen Sie über „Bearbeiten › Neue OZG-Leistung…“ Leistungen in seinen Lagen an; dann bewerten Sie sie hier nach den Kriterien des Themenfelds.</source>
        <translation>The topic area “%1” has no OZG services yet that could be prioritised.

Create services in its life/business situations with “Edit › New OZG service…”; then score them here by the topic area&apos;s criteria.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="393"/>
        <source>Noch keine Kriterien: legen Sie mit „Kriterium hinzufügen…“ fest, wonach die Leistungen bewertet werden, etwa OZG-Priorität oder Nachfrage.</source>
        <translation>No criteria yet: use “Add criterion…” to set what the services are scored by, such as OZG priority or demand.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="395"/>
        <source>Noch keine Bewertungen: tragen Sie in der Tabelle Werte 0–5 je Kriterium ein. Doppelklick auf eine Zelle oder eine Ziffer tippen; Entf entfernt eine Bewertung wieder (sie fehlt dann und zählt nicht als 0).</source>
        <translation>No scores yet: enter values 0–5 per criterion in the table. Double-click a cell or type a digit; Del removes a score again (it is then missing and does not count as 0).</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="382"/>
        <source>%1 Leistungen</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="383"/>
        <source>%1 von %2 Leistungen</source>
        <translation>%1 of %2 services</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="384"/>
        <source>%1, %2 mit Score, %3 unsicher</source>
        <translation>%1, %2 with a score, %3 unsure</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="398"/>
        <source>Eine Ziffer 0–5 bewertet die markierte Zelle und geht zur nächsten Leistung; Entf entfernt eine Bewertung. Die Rangfolge ordnet sich neu, sobald Sie die Spalte verlassen.</source>
        <translation>A digit 0–5 scores the marked cell and moves on to the next service; Del removes a score. The ranking re-sorts once you leave the column.</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="437"/>
        <source>Kriterium hinzufügen</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="439"/>
        <source>z. B. Fallzahlen</source>
        <translation>e.g. case numbers</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="445"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="446"/>
        <source>&amp;Gewicht:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="468"/>
        <source>Das Kriterium „%1“ hat %2 Bewertungen und %3 Stimmen aus Workshops. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</source>
        <translation>The criterion “%1” has %2 scores and %3 votes from workshops. They are deleted with it; “Undo” restores everything.

Delete the criterion?</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="473"/>
        <source>Das Kriterium „%1“ hat %2 Bewertungen. Sie werden mit ihm gelöscht; „Rückgängig“ stellt alles wieder her.

Kriterium löschen?</source>
        <translation>The criterion “%1” has %2 scores. They are deleted with it; “Undo” restores everything.

Delete the criterion?</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="478"/>
        <source>Kriterium entfernen</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/prioritisationview.cpp" line="540"/>
        <source>Markieren Sie zuerst in der Rangfolge die Leistung, zu der Stimmen erfasst werden.</source>
        <translation>First mark in the ranking the service whose votes are recorded.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProgrammView</name>
    <message>
        <location filename="../ui/views/programmview.cpp" line="36"/>
        <source>Alle Themenfelder des Programms. Doppelklick öffnet ein Themenfeld.</source>
        <translation>All topic areas of the programme. Double-click opens a topic area.</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="43"/>
        <source>Doppelklick ändert Kürzel, Name oder Art.</source>
        <translation>Double-click changes the short code, name or kind.</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="44"/>
        <source>Beteiligten anl&amp;egen…</source>
        <translation>&amp;Create participant…</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="48"/>
        <source>Beteiligte</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>OZG-Leistungen</source>
        <translation>OZG services</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="97"/>
        <source>davon Föderal</source>
        <translation>of which federal-state programme</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>in Umsetzung</source>
        <translation>in implementation</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="98"/>
        <source>in Planung</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="99"/>
        <source>ohne Status</source>
        <translation>no status</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="99"/>
        <source>OZG-konform (≥ 3)</source>
        <translation>OZG-compliant (≥ 3)</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="127"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="149"/>
        <source>Beteiligten anlegen</source>
        <translation>Create participant</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="156"/>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Short code:</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="157"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/views/programmview.cpp" line="158"/>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProjektLeistungenModel</name>
    <message>
        <location filename="../ui/models/projektmodels.cpp" line="72"/>
        <source>%1 %2 · %3 · Reifegrad %4</source>
        <translation>%1 %2 · %3 · maturity level %4</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ProjekteView</name>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="52"/>
        <source>Umsetzungsprojekte</source>
        <translation>Implementation projects</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="57"/>
        <source>&amp;Neues Projekt…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="58"/>
        <source>Legt ein Umsetzungsprojekt mit den Standard-Meilensteinen an; die im Reiter „Leistungen“ markierten OZG-Leistungen werden zugeordnet.</source>
        <translation>Creates an implementation project with the standard milestones; the OZG services marked on the “Services” tab are assigned.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="60"/>
        <source>Projekt lö&amp;schen</source>
        <translation>&amp;Delete project</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="94"/>
        <source>&amp;Markierte Leistungen zuordnen</source>
        <translation>&amp;Assign marked services</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="95"/>
        <source>Ordnet die im Reiter „Leistungen“ markierten OZG-Leistungen diesem Projekt zu. Leistungen lassen sich auch aus dem Baum hierher ziehen.</source>
        <translation>Assigns the OZG services marked on the “Services” tab to this project. Services can also be dragged here from the tree.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="97"/>
        <source>Aus dem Projekt &amp;entfernen</source>
        <translation>&amp;Remove from the project</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="116"/>
        <source>&amp;Meilenstein hinzufügen…</source>
        <translation>Add &amp;milestone…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="117"/>
        <source>Meilenstein l&amp;öschen</source>
        <translation>D&amp;elete milestone</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="154"/>
        <source>Einer für Alle: welches Land den Dienst nachnutzt (Roll-in) und wie weit es ist.</source>
        <translation>Einer für Alle: which Land reuses the service (roll-in) and how far it has got.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="171"/>
        <source>&amp;Quartal hinzufügen…</source>
        <translation>Add &amp;quarter…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="173"/>
        <source>Quartal l&amp;öschen</source>
        <translation>De&amp;lete quarter</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="191"/>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="192"/>
        <source>OZG-Leistungen</source>
        <translation>OZG services</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="193"/>
        <source>Meilensteine</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="194"/>
        <source>Nachnutzung</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="170"/>
        <location filename="../ui/views/projekteview.cpp" line="195"/>
        <source>Zahlungsplan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="101"/>
        <source>OZG-Leistungen aus dem Baum hierher ziehen (beim Ziehen kurz über dem Reiter „Projekte“ halten) oder markieren und zuordnen.</source>
        <translation>Drag OZG services here from the tree (while dragging, hold them over the ‘Projects’ tab for a moment) or mark and assign them.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="124"/>
        <location filename="../ui/views/projekteview.cpp" line="130"/>
        <location filename="../ui/views/projekteview.cpp" line="397"/>
        <source>Hängt ab von</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="125"/>
        <source>&amp;Hinzufügen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="127"/>
        <source>Der Meilenstein darf erst nach einem anderen liegen, auch eines anderen Projekts oder Themenfelds (z. B. Roll-out nach der Inbetriebnahme einer Basiskomponente).</source>
        <translation>The milestone may only come after another one, also of another project or topic area (e.g. the roll-out after a basic component goes into operation).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="129"/>
        <source>Entfe&amp;rnen</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="172"/>
        <source>&amp;Alle Quartale der Laufzeit anlegen</source>
        <translation>&amp;Add all quarters of the term</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="277"/>
        <source>Dieses Themenfeld hat noch kein Umsetzungsprojekt.

Markieren Sie im Reiter „Leistungen“ die OZG-Leistungen, die zusammen umgesetzt werden, und legen Sie mit „Neues Projekt…“ ein Projekt an.</source>
        <translation>This topic area has no implementation project yet.

Mark the OZG services that are implemented together on the “Services” tab and create a project with “New project…”.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="280"/>
        <source>Wählen Sie links ein Themenfeld, um seine Umsetzungsprojekte zu sehen.</source>
        <translation>Select a topic area on the left to see its implementation projects.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/projekteview.cpp" line="332"/>
        <source>Legt die %n fehlenden Quartale von Beginn bis Ende des Projekts an (%1 – %2), in einem Schritt.</source>
        <translation>
            <numerusform>Adds the %n missing quarter from the project&apos;s start to its end (%1 – %2) in one step.</numerusform>
            <numerusform>Adds the %n missing quarters from the project&apos;s start to its end (%1 – %2) in one step.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="336"/>
        <source>Alle Quartale der Laufzeit sind angelegt.</source>
        <translation>All quarters of the term are there.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="337"/>
        <source>Tragen Sie in den Stammdaten zuerst Beginn und Ende des Projekts ein.</source>
        <translation>First enter the project&apos;s start and end in its master data.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="341"/>
        <source>Diesem Projekt ist noch keine OZG-Leistung zugeordnet. Ordnen Sie im Reiter „OZG-Leistungen“ mindestens eine zu.</source>
        <translation>No OZG service is assigned to this project yet. Assign at least one on the “OZG services” tab.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="364"/>
        <source>Summe: geplant %1 von %2 Budget, abgeflossen %3, %4 Personentage</source>
        <translation>Total: %1 planned of a %2 budget, %3 spent, %4 person-days</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="366"/>
        <source>Summe: geplant %1, abgeflossen %2, %3 Personentage</source>
        <translation>Total: planned %1, spent %2, %3 person-days</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="371"/>
        <source>⚠ Der Zahlungsplan (%1) liegt %2 über dem Budget des Projekts (%3).</source>
        <translation>⚠ The payment plan (%1) is %2 above the project&apos;s budget (%3).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="373"/>
        <source>⚠ Der Zahlungsplan (%1) liegt %2 unter dem Budget des Projekts (%3).</source>
        <translation>⚠ The payment plan (%1) is %2 below the project&apos;s budget (%3).</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="397"/>
        <source>„%1“ hängt ab von</source>
        <translation>“%1” depends on</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="439"/>
        <source>Neues Umsetzungsprojekt</source>
        <translation>New implementation project</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="440"/>
        <source>Name des Projekts (Leistungen ordnen Sie danach zu):</source>
        <translation>Name of the project (you assign services afterwards):</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="441"/>
        <source>Name des Projekts mit %1 markierten OZG-Leistungen:</source>
        <translation>Name of the project with %1 marked OZG services:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="463"/>
        <source>Projekt löschen</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="464"/>
        <source>%1 löschen?

Damit werden %2 Meilensteine, %3 Zuordnungen von OZG-Leistungen und %4 weitere Einträge (Nachnutzung, Zahlungsplan) gelöscht. Die OZG-Leistungen selbst bleiben erhalten. „Rückgängig“ stellt alles wieder her.</source>
        <translation>Delete %1?

This deletes %2 milestones, %3 assignments of OZG services and %4 further entries (reuse, payment plan). The OZG services themselves remain. “Undo” restores everything.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="484"/>
        <source>Leistungen zuordnen</source>
        <translation>Assign services</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="485"/>
        <source>Markieren Sie zuerst im Reiter „Leistungen“ eine oder mehrere OZG-Leistungen.</source>
        <translation>First mark one or more OZG services on the “Services” tab.</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="503"/>
        <source>Meilenstein hinzufügen</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="511"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="512"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="513"/>
        <source>&amp;geplant am:</source>
        <translation>&amp;planned on:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="528"/>
        <source>Quartal im Zahlungsplan</source>
        <translation>Quarter in the payment plan</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="536"/>
        <source>&amp;Jahr:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../ui/views/projekteview.cpp" line="537"/>
        <source>&amp;Quartal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ReviewMergeDialog</name>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="53"/>
        <source>Workshop-Ergebnis übernehmen</source>
        <translation>Merge workshop result</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="57"/>
        <source>&amp;Stimmen als Bewertungen übernehmen</source>
        <translation>Take the &amp;votes as scores</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="59"/>
        <source>Setzt je Kriterium und Leistung den gerundeten Mittelwert der Workshop-Stimmen als Bewertung.</source>
        <translation>Sets the rounded mean of the workshop votes as the score per criterion and service.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="63"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <location filename="../ui/views/reviewmergedialog.cpp" line="308"/>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <location filename="../ui/views/reviewmergedialog.cpp" line="309"/>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="65"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="66"/>
        <source>Nicht übernommen</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="66"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Kriterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Leistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Stimmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Mittel</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="67"/>
        <source>Streuung</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Spanne</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Vorschlag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="68"/>
        <source>Bewertung jetzt</source>
        <translation>Score now</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="70"/>
        <source>Alle aus dem &amp;Katalog</source>
        <translation>All from the &amp;catalog</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="71"/>
        <source>Alle aus dem &amp;Paket</source>
        <translation>All from the &amp;package</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="87"/>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="193"/>
        <source>Der Katalog hat die Übernahme abgelehnt; es wurde nichts geändert.</source>
        <translation>The catalog refused the merge; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="215"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="217"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="233"/>
        <source>&lt;b&gt;Workshop-Paket „%1“&lt;/b&gt; – Themenfeld „%2“, erstellt %3 von %4, %5 Änderungsschritte im Workshop.</source>
        <translation>&lt;b&gt;Workshop package “%1”&lt;/b&gt; – topic area “%2”, created %3 by %4, %5 change steps in the workshop.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="246"/>
        <source>%n Änderung(en) werden übernommen, </source>
        <translation>
            <numerusform>%n change is merged, </numerusform>
            <numerusform>%n changes are merged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="247"/>
        <source>%n Kommentar(e), </source>
        <translation>
            <numerusform>%n comment, </numerusform>
            <numerusform>%n comments, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="248"/>
        <source>%n Konflikt(e), davon %1 offen, </source>
        <translation>
            <numerusform>%n conflict, %1 of them open, </numerusform>
            <numerusform>%n conflicts, %1 of them open, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="250"/>
        <source>%n nicht übernehmbar; </source>
        <translation>
            <numerusform>%n cannot be merged; </numerusform>
            <numerusform>%n cannot be merged; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/reviewmergedialog.cpp" line="251"/>
        <source>Stimmen zu %n Bewertung(en).</source>
        <translation>
            <numerusform>Votes on %n score.</numerusform>
            <numerusform>Votes on %n scores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="253"/>
        <source>Entscheiden Sie jeden Konflikt (Katalog oder Paket), dann können Sie übernehmen.</source>
        <translation>Decide every conflict (catalog or package), then you can merge.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="256"/>
        <source>Kein Workshop-Paket gewählt.</source>
        <translation>No workshop package chosen.</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="273"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="279"/>
        <source>Übernommen (%1)</source>
        <translation>Merged (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="281"/>
        <source>Konflikte (%1 offen von %2)</source>
        <translation>Conflicts (%1 open of %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="282"/>
        <source>Abgelehnt (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="283"/>
        <source>Stimmen (%1)</source>
        <translation>Votes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="300"/>
        <source>(neu auf beiden Seiten)</source>
        <translation>(new on both sides)</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="303"/>
        <source>vorhanden</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="307"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ui/views/reviewmergedialog.cpp" line="311"/>
        <source>Entscheidung für %1</source>
        <translation>Decision for %1</translation>
    </message>
</context>
<context>
    <name>tfp::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="92"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="106"/>
        <source>Steht im Änderungsprotokoll bei jeder Ihrer Änderungen und in den Metadaten exportierter PDF-Dateien. Leer: der Anmeldename (%1).</source>
        <translation>Recorded in the change history with each of your changes and in the metadata of exported PDF files. Empty: the login name (%1).</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="111"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="74"/>
        <location filename="../ui/views/settingsdialog.cpp" line="113"/>
        <source>&amp;Name als Autor:</source>
        <translation>&amp;Name as author:</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="65"/>
        <source>Willkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="66"/>
        <source>Unter welchem Namen sollen Ihre Änderungen im Änderungsprotokoll und in den Metadaten der Arbeitspläne stehen? Sie können ihn später unter „Bearbeiten › Einstellungen…“ ändern.</source>
        <translation>Under which name should your changes appear in the change log and in the metadata of the work plans? You can change it later under “Edit › Settings…”.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="114"/>
        <source>Gilt für jeden Katalog, den Sie öffnen, ab sofort.</source>
        <translation>Applies at once to every catalog you open.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="121"/>
        <source>Jetzt neu starten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="140"/>
        <source>Die Sprache wechselt beim nächsten Start des Programms; „Jetzt neu starten“ startet es gleich neu, mit demselben Katalog.</source>
        <translation>The language changes at the next start of the program; “Restart now” restarts it at once, with the same catalog.</translation>
    </message>
    <message>
        <location filename="../ui/views/settingsdialog.cpp" line="142"/>
        <source>Eine andere Sprache gilt ab dem nächsten Start des Programms.</source>
        <translation>Another language takes effect at the next start of the program.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::StimmenDialog</name>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="31"/>
        <source>Stimmen erfassen – %1</source>
        <translation>Record votes – %1</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="35"/>
        <source>z. B. Steuerungskreis</source>
        <translation>e.g. steering committee</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="39"/>
        <source>&amp;Teilnehmer/in:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="40"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="41"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
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
        <translation>Vote on %1</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="63"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="71"/>
        <source>Erfasste Stimmen</source>
        <translation>Recorded votes</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="72"/>
        <source>Stimmen &amp;speichern</source>
        <translation>&amp;Save votes</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="80"/>
        <source>Erfasste Stimmen:</source>
        <translation>Recorded votes:</translation>
    </message>
    <message>
        <location filename="../ui/views/stimmendialog.cpp" line="128"/>
        <source>Teilnehmer/in</source>
        <translation>Participant</translation>
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
        <translation>no lead entered</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="101"/>
        <source>Gesamtprogramm</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="104"/>
        <source>noch kein Themenfeld</source>
        <translation>no topic area yet</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="105"/>
        <source>ein Themenfeld</source>
        <translation>one topic area</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="106"/>
        <source>alle %1 Themenfelder</source>
        <translation>all %1 topic areas</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="109"/>
        <source>Übersicht über alle Themenfelder des Programms</source>
        <translation>Overview of all topic areas of the programme</translation>
    </message>
    <message>
        <location filename="../ui/models/themenfeldmodel.cpp" line="120"/>
        <source>%1
Federführung: %2</source>
        <translation>%1
Lead: %2</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ThemenfeldView</name>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="65"/>
        <source>Lebenslagen (Bürgerinnen und Bürger) und Geschäftslagen (Unternehmen) gliedern die OZG-Leistungen des Themenfelds. Doppelklick ändert Name oder Art.</source>
        <translation>Life situations (citizens) and business situations (companies) structure the OZG services of the topic area. Double-click changes the name or kind.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="67"/>
        <source>Lage anl&amp;egen…</source>
        <translation>&amp;Create life/business situation…</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="68"/>
        <source>Lage l&amp;öschen</source>
        <translation>&amp;Delete life/business situation</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="77"/>
        <source>Noch keine Lagen. Legen Sie die Lebens- und Geschäftslagen an, nach denen die OZG-Leistungen des Themenfelds gegliedert werden.</source>
        <translation>No life/business situations yet. Create the life and business situations that structure the OZG services of the topic area.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="83"/>
        <source>R&amp;isiko erfassen…</source>
        <translation>Record r&amp;isk…</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="84"/>
        <source>Risiko lö&amp;schen</source>
        <translation>Delete ri&amp;sk</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="88"/>
        <source>Themenfeld</source>
        <translation>Topic area</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="89"/>
        <source>Federführung</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="98"/>
        <source>Lagen</source>
        <translation>Life/business situations</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="107"/>
        <source>Risiken</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="156"/>
        <source>Noch keine Risiken erfasst. Halten Sie fest, was den Plan gefährdet (fehlende Basiskomponente, Register, Rechtsänderung, Abhängigkeit) und welche Maßnahme gegensteuert.</source>
        <translation>No risks recorded yet. Note what endangers the plan (a missing basic component, register, legal change, dependency) and which measure counters it.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="159"/>
        <source>Doppelklick auf ein Feld ändert es; Projekt und OZG-Leistung sind optional.</source>
        <translation>Double-click a field to change it; project and OZG service are optional.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="189"/>
        <source>Lage löschen</source>
        <translation>Delete life/business situation</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="190"/>
        <source>%1 enthält OZG-Leistungen (%2). Mit der Lage werden sie und alles, was an ihnen hängt (Zuordnungen zu Projekten, Bewertungen, Abhängigkeiten), gelöscht.

Trotzdem löschen? „Rückgängig“ stellt alles wieder her.</source>
        <translation>%1 holds OZG services (%2). With the life/business situation, they and everything that depends on them (assignments to projects, scores, dependencies) are deleted.

Delete anyway? “Undo” restores everything.</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="205"/>
        <source>Lage anlegen</source>
        <translation>Create life/business situation</translation>
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
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="218"/>
        <source>Risiko erfassen</source>
        <translation>Record risk</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="226"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../ui/views/themenfeldview.cpp" line="228"/>
        <source>&amp;Einstufung:</source>
        <translation>&amp;Rating:</translation>
    </message>
</context>
<context>
    <name>tfp::ui::WellenPanel</name>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="24"/>
        <source>„%1“ (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="29"/>
        <source>„%1“</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="39"/>
        <source>%1 Personentage</source>
        <translation>%1 person-days</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="40"/>
        <source>1 Leistung</source>
        <translation>1 service</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="41"/>
        <source>%1 Leistungen</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="43"/>
        <source>%1 von %2 Personentagen</source>
        <translation>%1 of %2 person-days</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="44"/>
        <source>%1 von %2 Leistungen</source>
        <translation>%1 of %2 services</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="69"/>
        <source>%1 hängt von sich selbst ab; bitte die Abhängigkeit prüfen.</source>
        <translation>%1 depends on itself; please check the dependency.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="78"/>
        <source>Zirkuläre Abhängigkeit: %1 und %2 hängen im Kreis voneinander ab; sie werden zusammen in Welle %3 geplant.</source>
        <translation>Circular dependency: %1 and %2 depend on each other in a circle; they are planned together in wave %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="87"/>
        <source>%1 hängt von %2 ab, steht aber im Rang vor ihr (Rang %3 vor Rang %4): %5 wird deshalb früher geplant, in Welle %6.</source>
        <translation>%1 depends on %2 but ranks before it (rank %3 before rank %4): %5 is therefore planned earlier, in wave %6.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="96"/>
        <source>%1 ist auf Welle %2 festgelegt, hängt aber von %3 ab, die erst in Welle %4 kommt: %5 rückt deshalb in Welle %6.</source>
        <translation>%1 is pinned to wave %2 but depends on %3, which only comes in wave %4: %5 therefore moves to wave %6.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="108"/>
        <source>„%1“ (%2) hängt von „%3“ (%4) ab; eine der beiden liegt im Themenfeld „%5“. Die Wellenplanung ordnet nur innerhalb eines Themenfelds: stimmen Sie den Zeitpunkt mit dem anderen Themenfeld ab.</source>
        <translation>“%1” (%2) depends on “%3” (%4); one of the two is in the topic area “%5”. The wave plan only orders within one topic area: agree the timing with the other topic area.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="119"/>
        <source>Welle %1 ist überbucht (%2): festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen, gehen der Kapazität vor.</source>
        <translation>Wave %1 is overbooked (%2): pinned services or prerequisites that must come earlier take precedence over the capacity.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="129"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="132"/>
        <source>Eine Leistung ohne Aufwandsschätzung (%1) zählt mit dem Mittelwert der bekannten Schätzungen.</source>
        <translation>A service without an effort estimate (%1) counts with the mean of the known estimates.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="134"/>
        <source>%1 Leistungen ohne Aufwandsschätzung (%2) zählen mit dem Mittelwert der bekannten Schätzungen.</source>
        <translation>%1 services without an effort estimate (%2) count with the mean of the known estimates.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="149"/>
        <source>Welle / Leistung</source>
        <translation>Wave / service</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="149"/>
        <source>Belegung / Rang</source>
        <translation>Load / rank</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="151"/>
        <source>Wellenplan</source>
        <translation>Wave plan</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="156"/>
        <source>Die Leistungen je Welle nach Rang. Eine Leistung, von der eine andere abhängt, kommt nie später als diese. Doppelklick zeigt die Leistung im Detail-Editor.</source>
        <translation>The services per wave by rank. A service another one depends on never comes later than that one. Double-click shows the service in the details editor.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="158"/>
        <source>&amp;Wellenplan:</source>
        <translation>&amp;Wave plan:</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="162"/>
        <source>Zyklen und Konflikte</source>
        <translation>Cycles and conflicts</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="163"/>
        <source>Zirkuläre Abhängigkeiten, Abhängigkeiten gegen die Rangfolge, Festlegungen, die nicht halten, und überbuchte Wellen.</source>
        <translation>Circular dependencies, dependencies against the ranking, pins that do not hold, and overbooked waves.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="165"/>
        <source>Z&amp;yklen und Konflikte:</source>
        <translation>C&amp;ycles and conflicts:</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="285"/>
        <source>Welle %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="211"/>
        <source>%1 – überbucht</source>
        <translation>%1 – overbooked</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="311"/>
        <source>Rang %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="311"/>
        <source>Rang %1, ohne Score</source>
        <translation>Rank %1, no score</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="313"/>
        <source>fest, %1</source>
        <translation>pinned, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="234"/>
        <source>Keine Zyklen und keine Konflikte.</source>
        <translation>No cycles and no conflicts.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="240"/>
        <source>%1 Wellen für %2 Leistungen.</source>
        <translation>%1 waves for %2 services.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="241"/>
        <source>Ohne Kapazität je Welle kommt jede Leistung in die früheste Welle, die ihre Abhängigkeiten und Festlegungen erlauben.</source>
        <translation>Without a capacity per wave, every service goes into the earliest wave its dependencies and pins allow.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="300"/>
        <source>Mehr belegt als die Kapazität erlaubt: festgelegte Leistungen oder Voraussetzungen, die früher kommen müssen.</source>
        <translation>More booked than the capacity allows: pinned services or prerequisites that must come earlier.</translation>
    </message>
    <message>
        <location filename="../ui/views/wellenpanel.cpp" line="319"/>
        <source>Von Hand auf diese Welle festgelegt</source>
        <translation>Pinned to this wave by hand</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanGantt</name>
    <message numerus="yes">
        <location filename="../ui/views/zeitplangantt.cpp" line="32"/>
        <source>%n Tage</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="90"/>
        <source>Zeitplan als Gantt-Diagramm</source>
        <translation>Schedule as a Gantt chart</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="299"/>
        <source>%1, geplant %2</source>
        <translation>%1, planned %2</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="431"/>
        <source>hängt ab von „%1“</source>
        <translation>depends on ‘%1’</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplangantt.cpp" line="460"/>
        <source>%n Monate</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="597"/>
        <source>Ziehen verschiebt den geplanten Termin; mit Umschalt auf einen anderen Meilenstein ziehen macht diesen von ihm abhängig.</source>
        <translation>Drag to move the planned date; Shift-drag onto another milestone to make that one depend on this.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplangantt.cpp" line="600"/>
        <source>Ziehen verschiebt alle offenen Meilensteine des Projekts.</source>
        <translation>Drag to move all open milestones of the project.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="45"/>
        <source>„%1“ (%2): %3 → %4</source>
        <translation>‘%1’ (%2): %3 → %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplanganttedit.cpp" line="50"/>
        <source>… und %n weitere</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="52"/>
        <source>Abhängige Meilensteine</source>
        <translation>Dependent milestones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/zeitplanganttedit.cpp" line="53"/>
        <source>Am %1 kämen %n abhängige Meilensteine vor ihren Vorgänger. Sollen sie mitverschoben werden?</source>
        <translation>
            <numerusform>On %1, %n dependent milestone would come before its predecessor. Move it along?</numerusform>
            <numerusform>On %1, %n dependent milestones would come before their predecessor. Move them along?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="59"/>
        <source>&amp;Mitverschieben</source>
        <translation>&amp;Move along</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="60"/>
        <source>&amp;Nur diesen Meilenstein</source>
        <translation>&amp;Only this milestone</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="84"/>
        <source>Das Projekt hat keine offenen Meilensteine mit geplantem Termin.</source>
        <translation>The project has no open milestones with a planned date.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanganttedit.cpp" line="114"/>
        <source>Geplanter Termin von „%1“</source>
        <translation>Planned date of ‘%1’</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanModel</name>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="36"/>
        <source>1 Tag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="36"/>
        <source>%1 Tagen</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="118"/>
        <source>ohne Termin</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="120"/>
        <source>offen, in %1</source>
        <translation>open, in %1</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="122"/>
        <source>überfällig seit %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="124"/>
        <source>erreicht</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="126"/>
        <source>1 Tag später erreicht</source>
        <translation>reached 1 day late</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="127"/>
        <source>%1 Tage später erreicht</source>
        <translation>reached %1 days late</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="150"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="152"/>
        <source>Überfällig: der geplante Termin ist vorbei und kein Datum „erreicht“ eingetragen. Verzögert: erreicht, aber nach dem geplanten Termin.</source>
        <translation>Overdue: the planned date has passed and no “reached” date is entered. Delayed: reached, but after the planned date.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZeitplanView</name>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="178"/>
        <source>Doppelklick auf ein Datum ändert es; Doppelklick auf das Projekt öffnet es.</source>
        <translation>Double-click a date to change it; double-click the project to open it.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="181"/>
        <source>alle Meilensteine</source>
        <translation>all milestones</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="182"/>
        <source>überfällige und verzögerte</source>
        <translation>overdue and delayed</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="183"/>
        <source>offene (noch nicht erreicht)</source>
        <translation>open (not reached yet)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="184"/>
        <source>ohne Termin</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="185"/>
        <source>Z&amp;eigen:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="205"/>
        <source>Gesamt</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="207"/>
        <source>Zoo&amp;m:</source>
        <translation>Zoo&amp;m:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="211"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="223"/>
        <source>&amp;Nur Auffälliges</source>
        <translation>&amp;Only what needs attention</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="220"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="220"/>
        <source>Früher: den Zeitraum um die Hälfte zurück</source>
        <translation>Earlier: move the range back by half</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="221"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="221"/>
        <source>Den Zeitraum um heute zeigen</source>
        <translation>Show the range around today</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="222"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="222"/>
        <source>Später: den Zeitraum um die Hälfte vor</source>
        <translation>Later: move the range on by half</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="225"/>
        <source>Nur Projekte mit überfälligen, verspätet erreichten oder widersprüchlichen Terminen (verletzte Abhängigkeit, außerhalb der Laufzeit, Phasen in falscher Reihenfolge)</source>
        <translation>Only projects with overdue, late or contradictory dates (broken dependency, outside the term, phases out of order)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="232"/>
        <source>Zeigt die geplanten Termine dieses Stands als Schatten unter dem heutigen Plan; der Tooltip eines Meilensteins nennt die Verschiebung.</source>
        <translation>Shows the planned dates of this snapshot as shadows under today&apos;s plan; a milestone&apos;s tooltip gives the shift.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="234"/>
        <source>Vergleich mit &amp;Stand:</source>
        <translation>Compare with &amp;snapshot:</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="366"/>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="407"/>
        <source>Gesamtprogramm: %1 Umsetzungsprojekte in %2 Themenfeldern – Stand %3</source>
        <translation>Whole programme: %1 implementation projects in %2 topic areas – as of %3</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="415"/>
        <source>Noch keine Umsetzungsprojekte im Programm.

Legen Sie zu einem Themenfeld im Reiter „Projekte“ ein Projekt an; sein Zeitplan erscheint hier.</source>
        <translation>No implementation projects in the programme yet.

Create a project for a topic area in the ‘Projects’ tab; its schedule appears here.</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="436"/>
        <source>%1 Meilensteine, davon %2 erreicht (%3 verzögert), %4 überfällig – Stand %5</source>
        <translation>%1 milestones, %2 of them reached (%3 delayed), %4 overdue – as of %5</translation>
    </message>
    <message>
        <location filename="../ui/views/zeitplanview.cpp" line="446"/>
        <source>Noch keine Meilensteine geplant.

Ein neues Umsetzungsprojekt bekommt die Standard-Meilensteine seiner Phasen; legen Sie im Reiter „Projekte“ ein Projekt an und tragen Sie hier die Termine ein.</source>
        <translation>No milestones planned yet.

A new implementation project gets the standard milestones of its phases; create a project on the “Projects” tab and enter the dates here.</translation>
    </message>
</context>
<context>
    <name>tfp::ui::ZugangDialog</name>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="42"/>
        <source>Zugänge zum Programmkatalog</source>
        <translation>Access to the programme catalog</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="44"/>
        <source>Welche Anmeldung am Server für welchen Beteiligten schreibt (was dessen Federführung und, für ein Land, dessen Nachnutzung erlaubt) oder als Programmleitung alles. Ändern dürfen das nur der Eigentümer des Katalogs und die Programmleitung; der Server prüft es.</source>
        <translation>Which login on the server writes for which participant (what its lead and, for a Land, its reuse entries allow) or, as the programme management, everything. Only the catalog&apos;s owner and the programme management may change this; the server checks it.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="53"/>
        <source>Anmeldung</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="53"/>
        <source>Zugang</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="57"/>
        <source>Anmeldungen mit Zugang</source>
        <translation>Logins with access</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="67"/>
        <source>Name der Anmeldung am Server</source>
        <translation>Name of the login on the server</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="71"/>
        <location filename="../ui/views/zugangdialog.cpp" line="135"/>
        <source>Programmleitung</source>
        <translation>Programme management</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="82"/>
        <source>&amp;Anmeldung:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="83"/>
        <source>&amp;Zugang:</source>
        <translation>&amp;Access:</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="85"/>
        <source>Zugang &amp;geben</source>
        <translation>&amp;Give access</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="87"/>
        <source>Gibt der Anmeldung den gewählten Zugang; hat sie schon einen, tritt er an dessen Stelle.</source>
        <translation>Gives the login the chosen access; if it has one already, the new one takes its place.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="90"/>
        <source>Zugang &amp;entziehen</source>
        <translation>&amp;Take access away</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="92"/>
        <source>Nimmt der in der Liste gewählten Anmeldung ihren Zugang.</source>
        <translation>Takes the access away from the login chosen in the list.</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="137"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/views/zugangdialog.cpp" line="158"/>
        <source>Noch hat keine Anmeldung Zugang zu diesem Katalog. Geben Sie unten den Namen einer Anmeldung am Server ein und wählen Sie, wofür sie schreibt.</source>
        <translation>No login has access to this catalog yet. Type the name of a login on the server below and choose what it writes for.</translation>
    </message>
</context>
</TS>
