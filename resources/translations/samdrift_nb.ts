<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="23" />
        <source>Samdrift: unexpected error</source>
        <translation>Samdrift: uventet feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="26" />
        <source>Something went wrong inside Samdrift. This is a bug, not something you did.
Your project file is saved continuously, so no imported data is lost. Please send the details below to whoever supports Samdrift.</source>
        <translation>Noe gikk galt i Samdrift. Dette er en programfeil, ikke noe du har gjort.
Prosjektfilen lagres fortløpende, så importerte data er ikke tapt. Send detaljene nedenfor til den som gir støtte på Samdrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="30" />
        <source>The details are also written to %1.</source>
        <translation>Detaljene er også skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="38" />
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51" />
        <source>Samdrift</source>
        <translation>Samdrift</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="40" />
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Regneark (*.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="41" />
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="46" />
        <location filename="../../desktop/ui/import_controller.py" line="127" />
        <source>Import answers</source>
        <translation>Importer svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="57" />
        <source>Open or create a project before importing answers.</source>
        <translation>Åpne eller opprett et prosjekt før du importerer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="61" />
        <source>An import is already running. Wait until it has finished.</source>
        <translation>En import pågår allerede. Vent til den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="73" />
        <source>Reading files…</source>
        <translation>Leser filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="73" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="75" />
        <source>Importing answers</source>
        <translation>Importerer svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="83" />
        <source>Stopping after the current file…</source>
        <translation>Stopper etter filen som leses nå…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="94" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importerer %1 (%2 av %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="128" />
        <source>Open or create a project first, then drop the returned questionnaires here.</source>
        <translation>Åpne eller opprett et prosjekt først, og slipp så de returnerte spørreskjemaene her.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="46" />
        <source>Import results</source>
        <translation>Resultat av importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="70" />
        <source>No spreadsheet files were found (.xlsx, .xlsm, .ods, .xls).</source>
        <translation>Fant ingen regnearkfiler (.xlsx, .xlsm, .ods, .xls).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="74" />
        <source>Choose municipality…</source>
        <translation>Velg kommune…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="99" />
        <source>Read: %1</source>
        <translation>Lest: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="101" />
        <source>Changes: %1</source>
        <translation>Endringer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="103" />
        <source>No changes in the data</source>
        <translation>Ingen endringer i dataene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="106" />
        <source>Issues: %1 (see the Issues tab)</source>
        <translation>Avvik: %1 (se fanen Avvik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="140" />
        <source>Choose municipality</source>
        <translation>Velg kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="141" />
        <source>Which municipality is %1 from?</source>
        <translation>Hvilken kommune er %1 fra?</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="19" />
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="20" />
        <source>Replaced earlier answer</source>
        <translation>Erstattet tidligere svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="21" />
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="22" />
        <source>Older than current answer</source>
        <translation>Eldre enn gjeldende svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="23" />
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="36" />
        <source>The file does not say which municipality it is from. Select it and choose Choose municipality… to import it.</source>
        <translation>Filen sier ikke hvilken kommune den er fra. Marker den og velg «Velg kommune…» for å importere den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="45" />
        <source>%n system(s)</source>
        <translation><numerusform>%n fagsystem</numerusform><numerusform>%n fagsystemer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="47" />
        <source>%n staffing line(s)</source>
        <translation><numerusform>%n bemanningslinje</numerusform><numerusform>%n bemanningslinjer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="49" />
        <source>%n bought service(s)</source>
        <translation><numerusform>%n kjøpt tjeneste</numerusform><numerusform>%n kjøpte tjenester</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="51" />
        <source>%n infrastructure service(s)</source>
        <translation><numerusform>%n infrastrukturtjeneste</numerusform><numerusform>%n infrastrukturtjenester</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="53" />
        <location filename="../../desktop/ui/import_texts.py" line="63" />
        <source>municipality facts</source>
        <translation>kommunefakta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="59" />
        <source>system</source>
        <translation>fagsystem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="60" />
        <source>staffing line</source>
        <translation>bemanningslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="61" />
        <source>bought service</source>
        <translation>kjøpt tjeneste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="62" />
        <source>infrastructure service</source>
        <translation>infrastrukturtjeneste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="88" />
        <source>Added %1: %2</source>
        <translation>Lagt til %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="90" />
        <source>Removed %1: %2</source>
        <translation>Fjernet %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="92" />
        <source>Changed %1: %2</source>
        <translation>Endret %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="103" />
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 lagt til, %2 fjernet, %3 endret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="113" />
        <source>%n error(s)</source>
        <translation><numerusform>%n feil</numerusform><numerusform>%n feil</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="115" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n advarsel</numerusform><numerusform>%n advarsler</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="125" />
        <source>%n file(s)</source>
        <translation><numerusform>%n fil</numerusform><numerusform>%n filer</numerusform></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="32" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="34" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="36" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46" />
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47" />
        <source>Cell</source>
        <translation>Celle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47" />
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>IssuesView</name>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="39" />
        <source>All severities</source>
        <translation>Alle avvik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="40" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="41" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="42" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="48" />
        <source>Filter: municipality, file, message…</source>
        <translation>Filtrer på kommune, fil, melding…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="52" />
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="90" />
        <location filename="../../desktop/ui/views/issues_view.py" line="99" />
        <source>No answers imported yet. Drag files here or choose Import answers…</source>
        <translation>Ingen svar importert ennå. Dra filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="102" />
        <source>No issues: every imported file was read without problems.</source>
        <translation>Ingen avvik: alle importerte filer ble lest uten problemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="115" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/issues_view.py" line="116" />
        <source>%n issue(s)</source>
        <translation><numerusform>%n avvik</numerusform><numerusform>%n avvik</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="126" />
        <source>Select an issue to see it here. Double-click or press Enter to go to the row in the data.</source>
        <translation>Velg et avvik for å se det her. Dobbeltklikk eller trykk Enter for å gå til raden i dataene.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="134" />
        <source>Value in the file: «%1»</source>
        <translation>Verdi i filen: «%1»</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31" />
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="34" />
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="36" />
        <source>&amp;Generate questionnaires…</source>
        <translation>&amp;Generer spørreskjemaer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39" />
        <source>Write one questionnaire spreadsheet per participant</source>
        <translation>Lag ett spørreskjema (regneark) per deltakerkommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40" />
        <source>&amp;Import answers…</source>
        <translation>&amp;Importer svar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43" />
        <source>Import returned questionnaires (you can also drag files onto the window)</source>
        <translation>Importer returnerte spørreskjemaer (du kan også dra filer inn i vinduet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="44" />
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="46" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="47" />
        <source>&amp;About Samdrift</source>
        <translation>&amp;Om Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66" />
        <source>Recent projects</source>
        <translation>Nylige prosjekter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="76" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="79" />
        <source>Language (takes effect after restart)</source>
        <translation>Språk (gjelder etter omstart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="85" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="89" />
        <source>Main toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="109" />
        <source>No recent projects</source>
        <translation>Ingen nylige prosjekter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42" />
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="43" />
        <source>Issues</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <source>Systems</source>
        <translation>Fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="45" />
        <source>Bought services</source>
        <translation>Kjøpte tjenester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="46" />
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105" />
        <source>Import running</source>
        <translation>Import pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106" />
        <source>Wait until the import has finished (or cancel it) before quitting.</source>
        <translation>Vent til importen er ferdig (eller avbryt den) før du avslutter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>Could not open the project</source>
        <translation>Kunne ikke åpne prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128" />
        <source>Project upgraded</source>
        <translation>Prosjektet er oppgradert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129" />
        <source>The project file was upgraded to this version of Samdrift. A copy of the old file was saved as %1.</source>
        <translation>Prosjektfilen ble oppgradert til denne versjonen av Samdrift. En kopi av den gamle filen er lagret som %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181" />
        <source>Population figures from %1</source>
        <translation>Innbyggertall fra %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201" />
        <source>This cell has no row in the data tabs; the value is shown above.</source>
        <translation>Denne cellen har ingen rad i datafanene; verdien vises over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203" />
        <source>This issue concerns the whole file, not one cell.</source>
        <translation>Dette avviket gjelder hele filen, ikke én celle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241" />
        <source>The language will change the next time you start Samdrift.</source>
        <translation>Språket endres neste gang du starter Samdrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>About Samdrift</source>
        <translation>Om Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245" />
        <source>Samdrift – pre-studies of inter-municipal IT cooperation.
Questionnaires, import of the answers, and an overview of who has answered.</source>
        <translation>Samdrift – forstudier av interkommunalt IT-samarbeid.
Spørreskjemaer, import av svarene og oversikt over hvem som har svart.</translation>
    </message>
</context>
<context>
    <name>MunicipalityListModel</name>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="28" />
        <source>%1 (%2, part of %3 since %4)</source>
        <translation>%1 (%2, del av %3 fra %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="31" />
        <source>%1 (%2, part of %3)</source>
        <translation>%1 (%2, del av %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="43" />
        <source>%1 inhabitants</source>
        <translation>%1 innbyggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="46" />
        <source>former municipality</source>
        <translation>tidligere kommune</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="30" />
        <source>Search by name or number, e.g. Søgne or 1018</source>
        <translation>Søk på navn eller nummer, f.eks. Søgne eller 1018</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="43" />
        <source>Add →</source>
        <translation>Legg til →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="45" />
        <source>← Remove</source>
        <translation>← Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="56" />
        <source>Municipalities (current and former):</source>
        <translation>Kommuner (nåværende og tidligere):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="57" />
        <source>Participants:</source>
        <translation>Deltakere:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="110" />
        <source>%n chosen</source>
        <translation><numerusform>%n valgt</numerusform><numerusform>%n valgt</numerusform></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="46" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="54" />
        <source>e.g. IT-samarbeid Sørlandet</source>
        <translation>f.eks. IT-samarbeid Sørlandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="57" />
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="63" />
        <source>Project name:</source>
        <translation>Prosjektnavn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="64" />
        <source>Project file:</source>
        <translation>Prosjektfil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="67" />
        <source>Population figures from %1 (Statistics Norway).</source>
        <translation>Innbyggertall fra %1 (SSB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="70" />
        <source>The project is saved as you work; there is no need to save it.</source>
        <translation>Prosjektet lagres fortløpende mens du arbeider; du trenger ikke lagre det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="75" />
        <source>Create project</source>
        <translation>Opprett prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="102" />
        <source>Project file</source>
        <translation>Prosjektfil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="103" />
        <source>Samdrift projects (*%1)</source>
        <translation>Samdrift-prosjekter (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="113" />
        <source>Give the project a name.</source>
        <translation>Gi prosjektet et navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="116" />
        <source>Choose where to save the project file.</source>
        <translation>Velg hvor prosjektfilen skal lagres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="118" />
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Det finnes allerede en fil med dette navnet. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="120" />
        <source>Add at least one participating municipality.</source>
        <translation>Legg til minst én deltakerkommune.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="30" />
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="32" />
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="34" />
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/participants.py" line="35" />
        <source>Imported with %n issue(s)</source>
        <translation><numerusform>Importert med %n avvik</numerusform><numerusform>Importert med %n avvik</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="61" />
        <source>Number</source>
        <translation>Kommunenr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="61" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="61" />
        <source>Population</source>
        <translation>Innbyggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62" />
        <source>Last received</source>
        <translation>Sist mottatt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63" />
        <source>Systems</source>
        <translation>Fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63" />
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63" />
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="156" />
        <source>Former municipality, now part of %1</source>
        <translation>Tidligere kommune, nå del av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="161" />
        <source>Questionnaire written %1</source>
        <translation>Spørreskjema laget %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/participants.py" line="164" />
        <source>This return replaced %n earlier return(s)</source>
        <translation><numerusform>Dette svaret erstattet %n tidligere svar</numerusform><numerusform>Dette svaret erstattet %n tidligere svar</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="35" />
        <source>The project has no participants yet.</source>
        <translation>Prosjektet har ingen deltakere ennå.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="55" />
        <source>No questionnaires written yet. Choose Generate questionnaires… to write one spreadsheet per municipality.</source>
        <translation>Ingen spørreskjemaer laget ennå. Velg Generer spørreskjemaer for å lage ett regneark per kommune.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="57" />
        <source>%1 of %2 municipalities have answered.</source>
        <translation>%1 av %2 kommuner har svart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="60" />
        <source>Drag returned files here or choose Import answers…</source>
        <translation>Dra returnerte filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="62" />
        <source>Double-click a municipality to see its data.</source>
        <translation>Dobbeltklikk på en kommune for å se dataene fra den.</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="36" />
        <source>Samdrift projects (*%1)</source>
        <translation>Samdrift-prosjekter (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="37" />
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="49" />
        <source>Could not create the project</source>
        <translation>Kunne ikke opprette prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="56" />
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="68" />
        <source>Save a copy of the project as</source>
        <translation>Lagre en kopi av prosjektet som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="86" />
        <source>Could not save the copy</source>
        <translation>Kunne ikke lagre kopien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="96" />
        <source>Choose a folder for the questionnaires</source>
        <translation>Velg en mappe for spørreskjemaene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="109" />
        <source>Could not write the questionnaires</source>
        <translation>Kunne ikke lage spørreskjemaene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="113" />
        <source>Questionnaires written</source>
        <translation>Spørreskjemaer laget</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/project_commands.py" line="114" />
        <source>Wrote %n questionnaire(s) to %1.</source>
        <translation><numerusform>Laget %n spørreskjema i %1.</numerusform><numerusform>Laget %n spørreskjemaer i %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="118" />
        <source>Send each municipality its own file. When they come back, import them with Import answers… or drag them onto the window.</source>
        <translation>Send hver kommune sin egen fil. Når svarene kommer, importerer du dem med Importer svar eller drar dem inn i vinduet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="120" />
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="56" />
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="57" />
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="58" />
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="59" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="60" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="61" />
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="62" />
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="43" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="44" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="45" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="49" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="50" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="51" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="52" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="53" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="54" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="55" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="77" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="80" />
        <source>Other columns</source>
        <translation>Andre kolonner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="81" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="82" />
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="183" />
        <source>Interpreted from «%1»</source>
        <translation>Tolket fra «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="185" />
        <source>Typed «%1»; no value stored</source>
        <translation>Skrevet: «%1»; ingen verdi lagret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="187" />
        <source>Typed as «%1»</source>
        <translation>Skrevet som «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="191" />
        <source>No longer in use, according to the municipality</source>
        <translation>Ikke lenger i bruk, ifølge kommunen</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="27" />
        <source>Filter all columns…</source>
        <translation>Filtrer i alle kolonner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="48" />
        <source>&lt;i&gt;Italic&lt;/i&gt;: value interpreted from what the municipality typed. &lt;span style='background:#fff1c9'&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt;: something was typed but no value could be stored. Hover over a cell to see what was typed. Ctrl+C copies the selected rows.</source>
        <translation>&lt;i&gt;Kursiv&lt;/i&gt;: verdien er tolket ut fra det kommunen skrev. &lt;span style='background:#fff1c9'&gt;&amp;nbsp;Gul&amp;nbsp;&lt;/span&gt;: noe er skrevet, men ingen verdi kunne lagres. Hold musepekeren over en celle for å se hva som ble skrevet. Ctrl+C kopierer de valgte radene.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="63" />
        <location filename="../../desktop/ui/views/records_view.py" line="81" />
        <source>No answers imported yet. Drag files here or choose Import answers…</source>
        <translation>Ingen svar importert ennå. Dra filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="73" />
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="82" />
        <source>The imported answers have no rows on this sheet.</source>
        <translation>De importerte svarene har ingen rader i dette arket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/records_view.py" line="112" />
        <source>%n row(s)</source>
        <translation><numerusform>%n rad</numerusform><numerusform>%n rader</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="114" />
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="24" />
        <source>Welcome to Samdrift</source>
        <translation>Velkommen til Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="27" />
        <source>Samdrift collects the facts for a pre-study of inter-municipal IT cooperation. Create a project and pick the participating municipalities, generate one questionnaire per municipality, and import the returned spreadsheets.</source>
        <translation>Samdrift samler fakta til en forstudie av interkommunalt IT-samarbeid. Opprett et prosjekt og velg deltakerkommunene, lag ett spørreskjema per kommune, og importer regnearkene som kommer tilbake.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="32" />
        <source>New project…</source>
        <translation>Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="35" />
        <source>Open project…</source>
        <translation>Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="42" />
        <source>Recent projects:</source>
        <translation>Nylige prosjekter:</translation>
    </message>
</context>
</TS>