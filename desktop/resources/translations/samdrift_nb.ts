<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="55"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="57"/>
        <source>Today (kr/year)</source>
        <translation>I dag (kr/år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="58"/>
        <source>Scenario (kr/year)</source>
        <translation>Scenario (kr/år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="60"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="62"/>
        <source>Stays local</source>
        <translation>Blir lokalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="63"/>
        <source>Own staff outside the common unit, licences, bought services and infrastructure not merged</source>
        <translation>Egne ansatte utenfor felles enhet, lisenser, kjøpte tjenester og infrastruktur som ikke samles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="65"/>
        <source>Common infrastructure</source>
        <translation>Felles infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="68"/>
        <source>Per location</source>
        <translation>Per lokasjon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="70"/>
        <source>Per user</source>
        <translation>Per bruker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="72"/>
        <source>One-time: project</source>
        <translation>Engang: prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="74"/>
        <source>Common project and establishment, over the horizon</source>
        <translation>Felles prosjekt og etablering, over analyseperioden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="75"/>
        <source>One-time: migration</source>
        <translation>Engang: migrering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="77"/>
        <source>Migration and training of the municipality&apos;s own installations that switch</source>
        <translation>Migrering og opplæring for kommunens egne installasjoner som bytter system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/allocation_model.py" line="84"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>(anslag)</translation>
    </message>
    <message>
        <source>(left out: no return)</source>
        <translation>(ikke med: har ikke svart)</translation>
    </message>
    <message>
        <source>Transition (kr/year, first %1 years)</source>
        <translation>Overgang (kr/år, de første %1 årene)</translation>
    </message>
    <message>
        <source>Negative: pays less while the transition lasts; positive: its share of paying for that</source>
        <translation>Negativt: betaler mindre mens overgangen varer; positivt: dens del av å betale for det</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="55"/>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="58"/>
        <source>has not answered</source>
        <translation>har ikke svart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="60"/>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="66"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="67"/>
        <source>Inhabitants</source>
        <translation>Innbyggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="68"/>
        <source>Municipal employees (FTE)</source>
        <translation>Ansatte i kommunen (årsverk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="69"/>
        <source>IT users</source>
        <translation>IT-brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="70"/>
        <source>Systems</source>
        <translation>Fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="71"/>
        <source>Installations in use</source>
        <translation>Installasjoner i bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="72"/>
        <source>Distinct systems</source>
        <translation>Distinkte fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="73"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="74"/>
        <source>Physical servers</source>
        <translation>Fysiske servere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="75"/>
        <source>Virtual servers</source>
        <translation>Virtuelle servere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="76"/>
        <source>Data rooms</source>
        <translation>Datarom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="77"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="78"/>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="79"/>
        <source>IT staff (FTE)</source>
        <translation>IT-bemanning (årsverk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="80"/>
        <source>IT FTE, total</source>
        <translation>IT-årsverk i alt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="83"/>
        <source>IT cost (kr/year)</source>
        <translation>IT-kostnad (kr/år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="86"/>
        <source>IT cost, total</source>
        <translation>IT-kostnad i alt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="87"/>
        <source>Key figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="91"/>
        <source>Vulnerability</source>
        <translation>Sårbarhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="92"/>
        <source>Vulnerability flags</source>
        <translation>Sårbarhetsflagg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="120"/>
        <source>Not given in the questionnaire (not counted as 0)</source>
        <translation>Ikke oppgitt i spørreskjemaet (ikke regnet som 0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_model.py" line="121"/>
        <source>The known parts add up to this; %1 of %2 are missing</source>
        <translation>De kjente delene summerer til dette; %1 av %2 mangler</translation>
    </message>
    <message>
        <source>IT cost in the scenarios (with estimates where missing)</source>
        <translation>IT-kostnad i scenarioene (med anslag der noe mangler)</translation>
    </message>
    <message>
        <source>Inhabitants (as reported)</source>
        <translation>Innbyggere (oppgitt)</translation>
    </message>
</context>
<context>
    <name>BaselineView</name>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_view.py" line="24"/>
        <source>Figures as the municipalities gave them. &lt;i&gt;Missing&lt;/i&gt; means not given (never counted as 0); a total adds the known parts and says for how many municipalities something is missing. Hover over a cell for details.</source>
        <translation>Tallene slik kommunene har oppgitt dem. &lt;i&gt;Mangler&lt;/i&gt; betyr ikke oppgitt (aldri regnet som 0); en sum legger sammen de kjente delene og sier for hvor mange kommuner noe mangler. Hold musen over en celle for detaljer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_view.py" line="46"/>
        <source>Vulnerability flags</source>
        <translation>Sårbarhetsflagg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/baseline_view.py" line="48"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="34"/>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="35"/>
        <source>Accept the selected suggestions, or only the selected names of one (also Enter)</source>
        <translation>Godta de valgte forslagene, eller bare de valgte navnene i ett (også Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="36"/>
        <source>&amp;Reject</source>
        <translation>&amp;Avvis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="38"/>
        <source>Reject the selected suggestions: the names are not suggested for that system again</source>
        <translation>Avvis de valgte forslagene: navnene foreslås ikke for det systemet igjen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="40"/>
        <source>&amp;Split off…</source>
        <translation>&amp;Del opp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="41"/>
        <source>Make the selected names a new system of their own</source>
        <translation>Gjør de valgte navnene til et eget, nytt system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="42"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Flytt til…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="43"/>
        <source>Put the selected names in another system or a catalogue product</source>
        <translation>Legg de valgte navnene i et annet system eller et katalogprodukt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="48"/>
        <source>Re&amp;name…</source>
        <translation>Gi nytt &amp;navn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="49"/>
        <source>Give the system another name</source>
        <translation>Gi systemet et annet navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="50"/>
        <source>Set &amp;vendor…</source>
        <translation>Sett &amp;leverandør…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="51"/>
        <source>Set the vendor of the selected systems</source>
        <translation>Sett leverandør for de valgte systemene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="52"/>
        <source>Set service &amp;area…</source>
        <translation>Sett &amp;tjenesteområde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="53"/>
        <source>Set the service area (list A) of the selected systems</source>
        <translation>Sett tjenesteområde (liste A) for de valgte systemene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="54"/>
        <source>Mer&amp;ge systems</source>
        <translation>Slå &amp;sammen systemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="55"/>
        <source>Make the selected systems one (the current one keeps its name, vendor and service area)</source>
        <translation>Gjør de valgte systemene til ett (det markerte beholder navn, leverandør og tjenesteområde)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="57"/>
        <source>Accept all a&amp;bove threshold…</source>
        <translation>Godta alle over te&amp;rskel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="59"/>
        <source>Accept every suggested name with at least a given confidence</source>
        <translation>Godta alle foreslåtte navn med minst en gitt sikkerhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="61"/>
        <source>Run au&amp;tomatically</source>
        <translation>&amp;Kjør automatisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="62"/>
        <source>Accept catalogue matches and suggestions at or above the measured threshold; the rest stays for review</source>
        <translation>Godta treff i katalogen og forslag på eller over den målte terskelen; resten blir igjen til gjennomgang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="65"/>
        <source>E&amp;xport word list…</source>
        <translation>Eks&amp;porter ordliste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="66"/>
        <source>Save the names this project has learned, to reuse them in the next pre-study</source>
        <translation>Lagre navnene dette prosjektet har lært, for å bruke dem i neste forstudie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="69"/>
        <source>&amp;Import word list…</source>
        <translation>&amp;Importer ordliste…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="70"/>
        <source>Apply the names of an exported word list to this project (your own decisions are kept)</source>
        <translation>Bruk navnene i en eksportert ordliste på dette prosjektet (dine egne avgjørelser beholdes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="72"/>
        <source>Export &amp;matrix…</source>
        <translation>Eksporter &amp;matrise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="74"/>
        <source>Save the system × municipality matrix as CSV for Excel</source>
        <translation>Lagre matrisen system × kommune som CSV for Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="76"/>
        <source>Go to suggestions</source>
        <translation>Gå til forslagene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="78"/>
        <source>Go to systems</source>
        <translation>Gå til systemene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="80"/>
        <source>Go to the matrix</source>
        <translation>Gå til matrisen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="82"/>
        <source>Filter the list</source>
        <translation>Filtrer listen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="44"/>
        <source>Back to s&amp;uggestions</source>
        <translation>Til&amp;bake til forslag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/actions.py" line="45"/>
        <source>Take back the decision of the selected names: they are suggested again, and an automatic run may decide them afresh</source>
        <translation>Ta tilbake avgjørelsen for de valgte navnene: de foreslås igjen, og en automatisk kjøring kan avgjøre dem på nytt</translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="82"/>
        <source>Redoing…</source>
        <translation>Gjør om…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="92"/>
        <source>Undoing…</source>
        <translation>Angrer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="169"/>
        <source>Reading the system catalogue…</source>
        <translation>Leser systemkatalogen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="256"/>
        <source>Undo failed; the undo history was cleared.</source>
        <translation>Angring mislyktes; angrehistorikken er tømt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="291"/>
        <source>Accept «%1»</source>
        <translation>Godta «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/controller.py" line="292"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Godta %n forslag</numerusform>
            <numerusform>Godta %n forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="316"/>
        <source>Reject «%1»</source>
        <translation>Avvis «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/controller.py" line="317"/>
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>Avvis %n forslag</numerusform>
            <numerusform>Avvis %n forslag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="321"/>
        <source>Nothing to reject: the names are a system of their own already, or were rejected before. Move them (M) if they belong elsewhere.</source>
        <translation>Ingenting å avvise: navnene er allerede et eget system, eller er avvist før. Flytt dem (M) hvis de hører hjemme et annet sted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="335"/>
        <location filename="../../desktop/ui/catalogue/controller.py" line="342"/>
        <source>Split off «%1»</source>
        <translation>Skill ut «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="356"/>
        <source>Move to «%1»</source>
        <translation>Flytt til «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="378"/>
        <source>Merge into «%1»</source>
        <translation>Slå sammen i «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="382"/>
        <source>Rename to «%1»</source>
        <translation>Gi nytt navn: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="393"/>
        <source>Set vendor «%1»</source>
        <translation>Sett leverandør «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="394"/>
        <source>Clear vendor</source>
        <translation>Fjern leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="404"/>
        <source>Set service area «%1»</source>
        <translation>Sett tjenesteområde «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="405"/>
        <source>Clear service area</source>
        <translation>Fjern tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="411"/>
        <source>Accept all at or above %1</source>
        <translation>Godta alle på eller over %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="413"/>
        <source>Accepting every suggestion at or above %1…</source>
        <translation>Godtar alle forslag på eller over %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="415"/>
        <source>No suggested name has a confidence of %1 or more.</source>
        <translation>Ingen foreslåtte navn har en sikkerhet på %1 eller mer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="423"/>
        <source>Automatic deduplication: %1 names decided, %2 systems created, %3 names left for review.</source>
        <translation>Automatisk sammenslåing: %1 navn avgjort, %2 systemer opprettet, %3 navn igjen til gjennomgang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="429"/>
        <source>Automatic deduplication</source>
        <translation>Automatisk sammenslåing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="430"/>
        <source>Deduplicating automatically (catalogue matches and suggestions at or above %1)…</source>
        <translation>Slår sammen automatisk (treff i katalogen og forslag på eller over %1)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="437"/>
        <source>Word list imported: %1 names added, %2 changed, %3 of your own decisions kept, %4 systems created, %5 rejections.</source>
        <translation>Ordliste importert: %1 navn lagt til, %2 endret, %3 av dine egne avgjørelser beholdt, %4 systemer opprettet, %5 avvisninger.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="446"/>
        <source>Import word list %1</source>
        <translation>Importer ordliste %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="448"/>
        <source>Importing the word list…</source>
        <translation>Importerer ordlisten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="449"/>
        <source>The word list added nothing to this project.</source>
        <translation>Ordlisten la ikke til noe i dette prosjektet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="455"/>
        <source>Word list written to %1.</source>
        <translation>Ordlisten er skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="456"/>
        <source>Writing the word list…</source>
        <translation>Skriver ordlisten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="462"/>
        <source>Matrix written to %1.</source>
        <translation>Matrisen er skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="463"/>
        <source>Writing the matrix…</source>
        <translation>Skriver matrisen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="106"/>
        <source>%1 was cancelled; nothing was stored.</source>
        <translation>%1 ble avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="364"/>
        <source>Back to suggestions: «%1»</source>
        <translation>Tilbake til forslag: «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/controller.py" line="365"/>
        <source>Back to suggestions: %n name(s)</source>
        <translation>
            <numerusform>Tilbake til forslag: %n navn</numerusform>
            <numerusform>Tilbake til forslag: %n navn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/controller.py" line="369"/>
        <source>Those names have no decision of their own: they follow the decision of another spelling. Move them (M) if they belong elsewhere.</source>
        <translation>Disse navnene har ingen egen avgjørelse: de følger avgjørelsen for en annen skrivemåte. Flytt dem (M) hvis de hører hjemme et annet sted.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialogs</name>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="192"/>
        <source>(no service area)</source>
        <translation>(uten tjenesteområde)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="195"/>
        <source>Service area (list A):</source>
        <translation>Tjenesteområde (liste A):</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="52"/>
        <source>Catalogue product</source>
        <translation>Katalogprodukt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="55"/>
        <source>Project system (from word list)</source>
        <translation>System i prosjektet (fra ordliste)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="56"/>
        <source>Project system</source>
        <translation>System i prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="57"/>
        <source>New system</source>
        <translation>Nytt system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="62"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="63"/>
        <source>Grouped automatically</source>
        <translation>Gruppert automatisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="64"/>
        <location filename="../../desktop/ui/catalogue/models.py" line="73"/>
        <source>By you</source>
        <translation>Av deg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="65"/>
        <location filename="../../desktop/ui/catalogue/models.py" line="74"/>
        <source>Word list</source>
        <translation>Ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="66"/>
        <location filename="../../desktop/ui/catalogue/models.py" line="76"/>
        <source>Not decided</source>
        <translation>Ikke avgjort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="622"/>
        <source>%1, word list</source>
        <translation>%1, ordliste</translation>
    </message>
    <message>
        <source>Merge with system</source>
        <translation>Slå sammen med system</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="125"/>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="126"/>
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="129"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="144"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="413"/>
        <source>Reading the system catalogue…</source>
        <translation>Leser systemkatalogen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="213"/>
        <source>All suggestions</source>
        <translation>Alle forslag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="214"/>
        <source>Catalogue products</source>
        <translation>Katalogprodukter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="215"/>
        <source>Project systems</source>
        <translation>Systemer i prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="216"/>
        <source>New systems</source>
        <translation>Nye systemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="218"/>
        <source>Filter suggestions and names…</source>
        <translation>Filtrer forslag og navn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="219"/>
        <source>Show the names</source>
        <translation>Vis navnene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="223"/>
        <source>Show the names of every suggestion below it (→ and ← open and close one)</source>
        <translation>Vis navnene i hvert forslag under det (→ og ← åpner og lukker ett)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="248"/>
        <source>Filter systems, vendors, names…</source>
        <translation>Filtrer systemer, leverandører, navn…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="263"/>
        <source>&lt;span style=&apos;color:#43a047&apos;&gt;●&lt;/span&gt; automatic or catalogue · &lt;span style=&apos;color:#1e88e5&apos;&gt;●&lt;/span&gt; decided by you · &lt;span style=&apos;color:#8e24aa&apos;&gt;●&lt;/span&gt; from a word list · &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; &lt;i&gt;not decided&lt;/i&gt; (a system of its own until decided). → shows a system&apos;s names.</source>
        <translation>&lt;span style=&apos;color:#43a047&apos;&gt;●&lt;/span&gt; automatisk eller katalog · &lt;span style=&apos;color:#1e88e5&apos;&gt;●&lt;/span&gt; avgjort av deg · &lt;span style=&apos;color:#8e24aa&apos;&gt;●&lt;/span&gt; fra en ordliste · &lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; &lt;i&gt;ikke avgjort&lt;/i&gt; (eget system til det er avgjort). → viser navnene i et system.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="280"/>
        <source>Keys: A or Enter accepts · R or Delete rejects · S splits off · M moves · U back to suggestions · F2 renames · V vendor · T service area · Ctrl+Z undoes · Ctrl+1 / Ctrl+2 switch lists · Ctrl+F filters. Decisions are saved in the project at once; they can be undone until the project is closed.</source>
        <translation>Taster: A eller Enter godtar · R eller Delete avviser · S deler opp · M flytter · U tilbake til forslag · F2 gir nytt navn · V leverandør · T tjenesteområde · Ctrl+Z angrer · Ctrl+1 / Ctrl+2 bytter liste · Ctrl+F filtrerer. Avgjørelser lagres i prosjektet med en gang; de kan angres til prosjektet lukkes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="297"/>
        <source>Filter systems…</source>
        <translation>Filtrer systemer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="299"/>
        <source>Export matrix…</source>
        <translation>Eksporter matrise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="312"/>
        <source>Each municipality&apos;s cell: users · cost per year, for the installations in use. «?»: not given; «in use»: neither given; empty: the municipality does not run the system. Click a column header to sort; the export keeps that order (all systems, whatever the filter).</source>
        <translation>Cellen for hver kommune: brukere · kostnad per år, for installasjonene i bruk. «?»: ikke oppgitt; «i bruk»: ingen av delene oppgitt; tom: kommunen bruker ikke systemet. Klikk på en kolonneoverskrift for å sortere; eksporten beholder den rekkefølgen (alle systemer, uansett filter).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="423"/>
        <source>No systems to deduplicate yet. Import the municipalities&apos; answers first (Import answers… or drag the files onto the window); their systems show up here.</source>
        <translation>Ingen systemer å slå sammen ennå. Importer svarene fra kommunene først (Importer svar… eller dra filene inn i vinduet); systemene deres vises her.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="427"/>
        <source>No suggestions waiting: every name is decided.
You can still split, move, merge or rename the systems on the right; Ctrl+Z undoes a decision.</source>
        <translation>Ingen forslag venter: alle navn er avgjort.
Du kan fortsatt dele opp, flytte, slå sammen eller gi nytt navn til systemene til høyre; Ctrl+Z angrer en avgjørelse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="483"/>
        <source>All service areas</source>
        <translation>Alle tjenesteområder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="486"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="506"/>
        <source>No service area</source>
        <translation>Uten tjenesteområde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="501"/>
        <source>%n installation(s)</source>
        <translation>
            <numerusform>%n installasjon</numerusform>
            <numerusform>%n installasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="502"/>
        <source>%n distinct system(s)</source>
        <translation>
            <numerusform>%n distinkt system</numerusform>
            <numerusform>%n distinkte systemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="509"/>
        <source>Per service area (installations → systems): %1</source>
        <translation>Per tjenesteområde (installasjoner → systemer): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="514"/>
        <source>%n name(s) not decided yet, each counted as a system of its own</source>
        <translation>
            <numerusform>%n navn er ikke avgjort ennå og telles som eget system</numerusform>
            <numerusform>%n navn er ikke avgjort ennå og telles som egne systemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="518"/>
        <source>%n installation(s) no longer in use, not counted</source>
        <translation>
            <numerusform>%n installasjon er ikke lenger i bruk og telles ikke</numerusform>
            <numerusform>%n installasjoner er ikke lenger i bruk og telles ikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="522"/>
        <source>%n row(s) without a system name, not counted</source>
        <translation>
            <numerusform>%n rad uten systemnavn telles ikke</numerusform>
            <numerusform>%n rader uten systemnavn telles ikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="532"/>
        <source>Suggestions: %n</source>
        <translation>
            <numerusform>Forslag: %n</numerusform>
            <numerusform>Forslag: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="534"/>
        <source>(%n name(s))</source>
        <translation>
            <numerusform>(%n navn)</numerusform>
            <numerusform>(%n navn)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="536"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="545"/>
        <source>%1 shown</source>
        <translation>%1 vises</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="540"/>
        <source>Systems: %n</source>
        <translation>
            <numerusform>Systemer: %n</numerusform>
            <numerusform>Systemer: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="542"/>
        <source>(%1 decided)</source>
        <translation>(%1 avgjort)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="548"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="549"/>
        <source>%1 of %2 systems</source>
        <translation>%1 av %2 systemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="743"/>
        <source>%1 names: they are shown below a suggestion when you open it (→). Tick to show all of them; with this many, every change of the list takes longer.</source>
        <translation>%1 navn: de vises under et forslag når du åpner det (→). Kryss av for å vise alle; med så mange tar hver endring av listen lengre tid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="871"/>
        <source>Select the names of one suggestion to split off (open it with →, then select names with Shift+↓).</source>
        <translation>Velg navnene i ett forslag som skal skilles ut (åpne det med →, og velg navn med Shift+↓).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="876"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="894"/>
        <source>Split off</source>
        <translation>Del opp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="877"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="895"/>
        <source>Name of the new system for %n name(s):</source>
        <translation>
            <numerusform>Navn på det nye systemet for %n navn:</numerusform>
            <numerusform>Navn på det nye systemet for %n navn:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="885"/>
        <source>Select the names of one system to split off (open it with →, then select names with Shift+↓).</source>
        <translation>Velg navnene i ett system som skal skilles ut (åpne det med →, og velg navn med Shift+↓).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="891"/>
        <source>Those are all the names of the system: rename it instead (F2).</source>
        <translation>Det er alle navnene i systemet: gi det heller nytt navn (F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="944"/>
        <source>Select the names (or suggestions, or systems) to move.</source>
        <translation>Velg navnene (eller forslagene, eller systemene) som skal flyttes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="948"/>
        <source>Move to</source>
        <translation>Flytt til</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="946"/>
        <source>Move %n name(s) to this system or catalogue product:</source>
        <translation>
            <numerusform>Flytt %n navn til dette systemet eller katalogproduktet:</numerusform>
            <numerusform>Flytt %n navn til dette systemet eller katalogproduktet:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="977"/>
        <source>Select one decided system in the list of systems.</source>
        <translation>Velg ett avgjort system i listen over systemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="984"/>
        <source>Select one or more decided systems in the list of systems.</source>
        <translation>Velg ett eller flere avgjorte systemer i listen over systemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="994"/>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="994"/>
        <source>New name of the system:</source>
        <translation>Nytt navn på systemet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1006"/>
        <source>Set vendor</source>
        <translation>Sett leverandør</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/view.py" line="1007"/>
        <source>Vendor of %n system(s) (empty: unknown):</source>
        <translation>
            <numerusform>Leverandør for %n system (tomt: ukjent):</numerusform>
            <numerusform>Leverandør for %n systemer (tomt: ukjent):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1019"/>
        <source>Set service area</source>
        <translation>Sett tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1031"/>
        <source>Select two or more systems to merge (Ctrl+click or Shift+↓).</source>
        <translation>Velg to eller flere systemer som skal slås sammen (Ctrl+klikk eller Shift+↓).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1060"/>
        <source>Export word list</source>
        <translation>Eksporter ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1072"/>
        <source>Import word list</source>
        <translation>Importer ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1077"/>
        <source>Samdrift word lists (*.json)</source>
        <translation>Samdrift-ordlister (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1077"/>
        <location filename="../../desktop/ui/catalogue/view.py" line="1086"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1083"/>
        <source>Export matrix</source>
        <translation>Eksporter matrise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="1085"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="166"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="168"/>
        <source>Stop the automatic run; nothing is stored</source>
        <translation>Stopp den automatiske kjøringen; ingenting lagres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="573"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/view.py" line="911"/>
        <source>Select decided systems, or names of them, in the list of systems.</source>
        <translation>Velg avgjorte systemer, eller navn i dem, i listen over systemer.</translation>
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; automatic or catalogue · &lt;span style='color:%2'&gt;●&lt;/span&gt; decided by you · &lt;span style='color:%3'&gt;●&lt;/span&gt; from a word list · &lt;span style='color:%4'&gt;●&lt;/span&gt; &lt;i&gt;not decided&lt;/i&gt; (a system of its own until decided). → shows a system's names.</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; automatisk eller katalog · &lt;span style='color:%2'&gt;●&lt;/span&gt; avgjort av deg · &lt;span style='color:%3'&gt;●&lt;/span&gt; fra en ordliste · &lt;span style='color:%4'&gt;●&lt;/span&gt; &lt;i&gt;ikke avgjort&lt;/i&gt; (eget system til det er avgjort). → viser navnene i et system.</translation>
    </message>
    <message>
        <source>Systems that may be one</source>
        <translation>Systemer som kan være ett</translation>
    </message>
    <message>
        <source>Systems that may be one product are not looked for in a project of more than %1 decided names</source>
        <translation>Systemer som kan være ett produkt letes ikke etter i et prosjekt med mer enn %1 avgjorte navn</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../../desktop/ui/scenarios/chart_grid.py" line="33"/>
        <source>Computing…</source>
        <translation>Beregner …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/chart_grid.py" line="45"/>
        <source>What moves the NPV most: %1</source>
        <translation>Hva som påvirker nåverdien mest: %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/ui/scenarios/charts.py" line="72"/>
        <source>The charts appear here once the chart package is installed.</source>
        <translation>Diagrammene vises her når diagrampakken er på plass.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/charts.py" line="80"/>
        <source>The chart could not be drawn: %1</source>
        <translation>Diagrammet kunne ikke tegnes: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="66"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="67"/>
        <source>Cooperation level</source>
        <translation>Samarbeidsnivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="68"/>
        <source>Organisation form</source>
        <translation>Organisasjonsform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="70"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="71"/>
        <source>Economy (present value over the horizon)</source>
        <translation>Økonomi (nåverdi over analyseperioden)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="72"/>
        <source>Net present value (NPV)</source>
        <translation>Nåverdi (NPV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="77"/>
        <source>Chance that it saves money</source>
        <translation>Sannsynlighet for innsparing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="79"/>
        <source>Payback year</source>
        <translation>Tilbakebetalingsår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="80"/>
        <source>not within the horizon</source>
        <translation>ikke innenfor perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="81"/>
        <source>One-time costs, total</source>
        <translation>Engangskostnader i alt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="83"/>
        <source>Running cost today (per year)</source>
        <translation>Driftskostnad i dag (per år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="85"/>
        <source>Running cost in the scenario, last year</source>
        <translation>Driftskostnad i scenariet, siste år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="87"/>
        <source>Before → after</source>
        <translation>Før → etter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="88"/>
        <source>FTE in the pooled functions</source>
        <translation>Årsverk i funksjonene som samles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="89"/>
        <source>Physical servers</source>
        <translation>Fysiske servere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="90"/>
        <source>Data rooms</source>
        <translation>Datarom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="91"/>
        <source>Distinct systems</source>
        <translation>Distinkte fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_model.py" line="92"/>
        <source>Installations that switch system</source>
        <translation>Installasjoner som bytter system</translation>
    </message>
    <message>
        <source>(left out: no return)</source>
        <translation>(ikke med: har ikke svart)</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(anslag)</translation>
    </message>
    <message>
        <source>Participants without a return</source>
        <translation>Deltakere uten svar</translation>
    </message>
    <message>
        <source>IT FTE in management, operations and support</source>
        <translation>IT-årsverk i ledelse, drift og brukerstøtte</translation>
    </message>
    <message>
        <source>Installations</source>
        <translation>Installasjoner</translation>
    </message>
    <message>
        <source>90 % chance of at least (P10)</source>
        <translation>90 % sjanse for minst (P10)</translation>
    </message>
    <message>
        <source>Median (P50)</source>
        <translation>Median (P50)</translation>
    </message>
    <message>
        <source>10 % chance of more than (P90)</source>
        <translation>10 % sjanse for mer enn (P90)</translation>
    </message>
    <message>
        <source>One-time costs: steering frame (P50)</source>
        <translation>Engangskostnader: styringsramme (P50)</translation>
    </message>
    <message>
        <source>One-time costs: cost frame (P85)</source>
        <translation>Engangskostnader: kostnadsramme (P85)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_view.py" line="50"/>
        <source>Compare (choose 2–%1):</source>
        <translation>Sammenlign (velg 2–%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_view.py" line="109"/>
        <source>Choose two to four scenarios to compare them.</source>
        <translation>Velg to til fire scenarioer for å sammenligne dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_view.py" line="111"/>
        <source>Computing %1 scenarios (with Monte Carlo)…</source>
        <translation>Beregner %1 scenarioer (med Monte Carlo) …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/comparison_view.py" line="113"/>
        <source>NPV and P10–P90 are present values over the horizon; a positive NPV means the scenario saves money.</source>
        <translation>Nåverdi og P10–P90 er nåverdier over analyseperioden; positiv nåverdi betyr at scenariet sparer penger.</translation>
    </message>
    <message>
        <source>The project's data has changed; the comparison is computed again…</source>
        <translation>Prosjektets data er endret; sammenligningen beregnes på nytt …</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="23"/>
        <source>Samdrift: unexpected error</source>
        <translation>Samdrift: uventet feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="26"/>
        <source>Something went wrong inside Samdrift. This is a bug, not something you did.
Your project file is saved continuously, so no imported data is lost. Please send the details below to whoever supports Samdrift.</source>
        <translation>Noe gikk galt i Samdrift. Dette er en programfeil, ikke noe du har gjort.
Prosjektfilen lagres fortløpende, så importerte data er ikke tapt. Send detaljene nedenfor til den som gir støtte på Samdrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="30"/>
        <source>The details are also written to %1.</source>
        <translation>Detaljene er også skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="38"/>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <location filename="../../desktop/ui/history.py" line="70"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="72"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="73"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51"/>
        <source>Samdrift</source>
        <translation>Samdrift</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="40"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Regneark (*.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="41"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="46"/>
        <location filename="../../desktop/ui/import_controller.py" line="127"/>
        <source>Import answers</source>
        <translation>Importer svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="57"/>
        <source>Open or create a project before importing answers.</source>
        <translation>Åpne eller opprett et prosjekt før du importerer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="61"/>
        <source>An import is already running. Wait until it has finished.</source>
        <translation>En import pågår allerede. Vent til den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="73"/>
        <source>Reading files…</source>
        <translation>Leser filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="73"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="75"/>
        <source>Importing answers</source>
        <translation>Importerer svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="83"/>
        <source>Stopping after the current file…</source>
        <translation>Stopper etter filen som leses nå…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="94"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importerer %1 (%2 av %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="128"/>
        <source>Open or create a project first, then drop the returned questionnaires here.</source>
        <translation>Åpne eller opprett et prosjekt først, og slipp så de returnerte spørreskjemaene her.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="46"/>
        <source>Import results</source>
        <translation>Resultat av importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="52"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="70"/>
        <source>No spreadsheet files were found (.xlsx, .xlsm, .ods, .xls).</source>
        <translation>Fant ingen regnearkfiler (.xlsx, .xlsm, .ods, .xls).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="74"/>
        <source>Choose municipality…</source>
        <translation>Velg kommune…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="99"/>
        <source>Read: %1</source>
        <translation>Lest: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="101"/>
        <source>Changes: %1</source>
        <translation>Endringer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="103"/>
        <source>No changes in the data</source>
        <translation>Ingen endringer i dataene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="106"/>
        <source>Issues: %1 (see the Issues tab)</source>
        <translation>Avvik: %1 (se fanen Avvik)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="140"/>
        <source>Choose municipality</source>
        <translation>Velg kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_results.py" line="141"/>
        <source>Which municipality is %1 from?</source>
        <translation>Hvilken kommune er %1 fra?</translation>
    </message>
    <message>
        <source>Your corrections of this municipality's values:</source>
        <translation>Dine rettinger av verdiene til denne kommunen:</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="16"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="17"/>
        <source>Replaced earlier answer</source>
        <translation>Erstattet tidligere svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="18"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="19"/>
        <source>Older than current answer</source>
        <translation>Eldre enn gjeldende svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="20"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="33"/>
        <source>The file does not say which municipality it is from. Select it and choose Choose municipality… to import it.</source>
        <translation>Filen sier ikke hvilken kommune den er fra. Marker den og velg «Velg kommune…» for å importere den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="41"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n fagsystem</numerusform>
            <numerusform>%n fagsystemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="43"/>
        <source>%n staffing line(s)</source>
        <translation>
            <numerusform>%n bemanningslinje</numerusform>
            <numerusform>%n bemanningslinjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="45"/>
        <source>%n bought service(s)</source>
        <translation>
            <numerusform>%n kjøpt tjeneste</numerusform>
            <numerusform>%n kjøpte tjenester</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="47"/>
        <source>%n infrastructure service(s)</source>
        <translation>
            <numerusform>%n infrastrukturtjeneste</numerusform>
            <numerusform>%n infrastrukturtjenester</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="49"/>
        <location filename="../../desktop/ui/import_texts.py" line="59"/>
        <source>municipality facts</source>
        <translation>kommunefakta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="55"/>
        <source>system</source>
        <translation>fagsystem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="56"/>
        <source>staffing line</source>
        <translation>bemanningslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="57"/>
        <source>bought service</source>
        <translation>kjøpt tjeneste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="58"/>
        <source>infrastructure service</source>
        <translation>infrastrukturtjeneste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="84"/>
        <source>Added %1: %2</source>
        <translation>Lagt til %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="86"/>
        <source>Removed %1: %2</source>
        <translation>Fjernet %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="88"/>
        <source>Changed %1: %2</source>
        <translation>Endret %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="99"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 lagt til, %2 fjernet, %3 endret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="109"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="111"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_texts.py" line="121"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="32"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="34"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="36"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46"/>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="46"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47"/>
        <source>Cell</source>
        <translation>Celle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/issues.py" line="47"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Håndtert</translation>
    </message>
    <message>
        <source>Accepted as is</source>
        <translation>Godtatt som det er</translation>
    </message>
</context>
<context>
    <name>IssuesView</name>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="40"/>
        <source>All severities</source>
        <translation>Alle avvik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="41"/>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="42"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="43"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="49"/>
        <source>Filter: municipality, file, message…</source>
        <translation>Filtrer på kommune, fil, melding…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="53"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="91"/>
        <location filename="../../desktop/ui/views/issues_view.py" line="100"/>
        <source>No answers imported yet. Drag files here or choose Import answers…</source>
        <translation>Ingen svar importert ennå. Dra filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="103"/>
        <source>No issues: every imported file was read without problems.</source>
        <translation>Ingen avvik: alle importerte filer ble lest uten problemer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="116"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/issues_view.py" line="118"/>
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n avvik</numerusform>
            <numerusform>%n avvik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="128"/>
        <source>Select an issue to see it here. Double-click or press Enter to go to the row in the data.</source>
        <translation>Velg et avvik for å se det her. Dobbeltklikk eller trykk Enter for å gå til raden i dataene.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/issues_view.py" line="136"/>
        <source>Value in the file: «%1»</source>
        <translation>Verdi i filen: «%1»</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle tilstander</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Håndtert</translation>
    </message>
    <message>
        <source>Accepted as is</source>
        <translation>Godtatt som det er</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="39"/>
        <source>&amp;New…</source>
        <translation>&amp;Nytt …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="41"/>
        <source>A new scenario with every participant at level 2</source>
        <translation>Et nytt scenario med alle deltakerne på nivå 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="42"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliser …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="44"/>
        <source>Rena&amp;me…</source>
        <translation>&amp;Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="46"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="55"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="58"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="73"/>
        <source>Saved scenarios</source>
        <translation>Lagrede scenarioer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="75"/>
        <source>Every change is saved in the project at once; undo works until the project is closed.</source>
        <translation>Hver endring lagres i prosjektet med en gang; angre virker til prosjektet lukkes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="94"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Angre %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="95"/>
        <source>Nothing to undo</source>
        <translation>Ingenting å angre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="97"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Gjør om %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/list_panel.py" line="98"/>
        <source>Nothing to redo</source>
        <translation>Ingenting å gjøre om</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="34"/>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="36"/>
        <source>&amp;Generate questionnaires…</source>
        <translation>&amp;Generer spørreskjemaer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>Write one questionnaire spreadsheet per participant</source>
        <translation>Lag ett spørreskjema (regneark) per deltakerkommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importer svar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <source>Import returned questionnaires (you can also drag files onto the window)</source>
        <translation>Importer returnerte spørreskjemaer (du kan også dra filer inn i vinduet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="44"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="46"/>
        <source>Preview and print the report, or save it as PDF, Excel or Word</source>
        <translation>Forhåndsvis og skriv ut rapporten, eller lagre den som PDF, Excel eller Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="47"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="50"/>
        <source>&amp;About Samdrift</source>
        <translation>&amp;Om Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="55"/>
        <source>Decisions in the system catalogue are saved in the project at once; they can be undone until the project is closed.</source>
        <translation>Avgjørelser i systemkatalogen lagres i prosjektet med en gang; de kan angres til prosjektet lukkes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="80"/>
        <source>Recent projects</source>
        <translation>Nylige prosjekter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="100"/>
        <source>Language (takes effect after restart)</source>
        <translation>Språk (gjelder etter omstart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="107"/>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="114"/>
        <source>Main toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="134"/>
        <source>No recent projects</source>
        <translation>Ingen nylige prosjekter</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Veiledning</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;kkerhetskopier…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="45"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="46"/>
        <source>Issues</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>Systems</source>
        <translation>Fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>Staffing</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>Bought services</source>
        <translation>Kjøpte tjenester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <source>System catalogue</source>
        <translation>Systemkatalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Import running</source>
        <translation>Import pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>Wait until the import has finished (or cancel it) before quitting.</source>
        <translation>Vent til importen er ferdig (eller avbryt den) før du avslutter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>Saving a decision</source>
        <translation>Lagrer en avgjørelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>Wait until the system catalogue has saved the last decision before quitting.</source>
        <translation>Vent til systemkatalogen har lagret den siste avgjørelsen før du avslutter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>Could not open the project</source>
        <translation>Kunne ikke åpne prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>Project upgraded</source>
        <translation>Prosjektet er oppgradert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>The project file was upgraded to this version of Samdrift. A copy of the old file was saved as %1.</source>
        <translation>Prosjektfilen ble oppgradert til denne versjonen av Samdrift. En kopi av den gamle filen er lagret som %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Population figures from %1</source>
        <translation>Innbyggertall fra %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>This cell has no row in the data tabs; the value is shown above.</source>
        <translation>Denne cellen har ingen rad i datafanene; verdien vises over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>This issue concerns the whole file, not one cell.</source>
        <translation>Dette avviket gjelder hele filen, ikke én celle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>The language will change the next time you start Samdrift.</source>
        <translation>Språket endres neste gang du starter Samdrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>About Samdrift</source>
        <translation>Om Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Samdrift – pre-studies of inter-municipal IT cooperation.
Questionnaires, import of the answers, and an overview of who has answered.</source>
        <translation>Samdrift – forstudier av interkommunalt IT-samarbeid.
Spørreskjemaer, import av svarene og oversikt over hvem som har svart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Note on the system…</source>
        <translation>Notat om systemet…</translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation>Lager demoprosjektet …</translation>
    </message>
    <message>
        <source>Wait until the import or the last catalogue decision has finished, then choose the language again.</source>
        <translation>Vent til innlesingen eller den siste avgjørelsen i katalogen er ferdig, og velg språket på nytt.</translation>
    </message>
    <message>
        <source>Samdrift %1 – pre-studies of inter-municipal IT cooperation.
Questionnaires, import of the answers, the system catalogue, scenarios and the report.</source>
        <translation>Samdrift %1 – forstudier av interkommunalt IT-samarbeid.
Spørreskjemaer, innlesing av svarene, fagsystemkatalogen, scenarioer og rapporten.</translation>
    </message>
    <message>
        <source>development version</source>
        <translation>utviklerversjon</translation>
    </message>
    <message>
        <source>Project not closed cleanly</source>
        <translation>Prosjektet ble ikke lukket ordentlig</translation>
    </message>
    <message>
        <source>Project open elsewhere</source>
        <translation>Prosjektet er åpent et annet sted</translation>
    </message>
    <message>
        <source>The project is also open on %1. You can both work in it: changes made there appear here within a few seconds, and a catalogue decision on names someone else has changed since you looked is refused with a message saying who did it. Backups cannot be restored while it is open there.</source>
        <translation>Prosjektet er åpent også på %1. Dere kan arbeide i det begge to: endringer som gjøres der, vises her etter noen sekunder, og en avgjørelse i katalogen om navn som noen andre har endret etter at du så på dem, avvises med beskjed om hvem som gjorde det. En sikkerhetskopi kan ikke settes tilbake mens prosjektet er åpent der.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="842"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="842"/>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="842"/>
        <source>Service area</source>
        <translation>Tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="843"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="843"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="843"/>
        <source>Cost per year</source>
        <translation>Kostnad per år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="866"/>
        <source>%1 (%2): users · cost per year</source>
        <translation>%1 (%2): brukere · kostnad per år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="875"/>
        <source>in use</source>
        <translation>i bruk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/models.py" line="908"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruker</numerusform>
            <numerusform>%n brukere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="910"/>
        <source>users not given</source>
        <translation>brukere ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="911"/>
        <source>%1 per year</source>
        <translation>%1 per år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="912"/>
        <source>cost not given</source>
        <translation>kostnad ikke oppgitt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/models.py" line="913"/>
        <source>%1 runs %2: %3, %4 (%n installation(s))</source>
        <translation>
            <numerusform>%1 bruker %2: %3, %4 (%n installasjon)</numerusform>
            <numerusform>%1 bruker %2: %3, %4 (%n installasjoner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MunicipalityListModel</name>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="28"/>
        <source>%1 (%2, part of %3 since %4)</source>
        <translation>%1 (%2, del av %3 fra %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="31"/>
        <source>%1 (%2, part of %3)</source>
        <translation>%1 (%2, del av %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="43"/>
        <source>%1 inhabitants</source>
        <translation>%1 innbyggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/municipalities.py" line="46"/>
        <source>former municipality</source>
        <translation>tidligere kommune</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="30"/>
        <source>Search by name or number, e.g. Søgne or 1018</source>
        <translation>Søk på navn eller nummer, f.eks. Søgne eller 1018</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="43"/>
        <source>Add →</source>
        <translation>Legg til →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="45"/>
        <source>← Remove</source>
        <translation>← Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="56"/>
        <source>Municipalities (current and former):</source>
        <translation>Kommuner (nåværende og tidligere):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="57"/>
        <source>Participants:</source>
        <translation>Deltakere:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/municipality_picker.py" line="110"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="46"/>
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="54"/>
        <source>e.g. IT-samarbeid Sørlandet</source>
        <translation>f.eks. IT-samarbeid Sørlandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="57"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="63"/>
        <source>Project name:</source>
        <translation>Prosjektnavn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="64"/>
        <source>Project file:</source>
        <translation>Prosjektfil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="67"/>
        <source>Population figures from %1 (Statistics Norway).</source>
        <translation>Innbyggertall fra %1 (SSB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="70"/>
        <source>The project is saved as you work; there is no need to save it.</source>
        <translation>Prosjektet lagres fortløpende mens du arbeider; du trenger ikke lagre det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="75"/>
        <source>Create project</source>
        <translation>Opprett prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="102"/>
        <source>Project file</source>
        <translation>Prosjektfil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="103"/>
        <source>Samdrift projects (*%1)</source>
        <translation>Samdrift-prosjekter (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="113"/>
        <source>Give the project a name.</source>
        <translation>Gi prosjektet et navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="116"/>
        <source>Choose where to save the project file.</source>
        <translation>Velg hvor prosjektfilen skal lagres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="118"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Det finnes allerede en fil med dette navnet. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/new_project.py" line="120"/>
        <source>Add at least one participating municipality.</source>
        <translation>Legg til minst én deltakerkommune.</translation>
    </message>
</context>
<context>
    <name>ParametersModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="62"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="64"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="66"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="67"/>
        <source>Low and high: the range Monte Carlo and the tornado draw from</source>
        <translation>Lav og høy: spennet Monte Carlo og tornadodiagrammet trekker fra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="69"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="70"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="72"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="73"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="74"/>
        <source>Source of the default</source>
        <translation>Kilde for standardverdien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="91"/>
        <source>Changed in this scenario; the default is %1</source>
        <translation>Endret i dette scenariet; standardverdien er %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_model.py" line="93"/>
        <source>The default (double-click to change)</source>
        <translation>Standardverdien (dobbeltklikk for å endre)</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>Sikker</translation>
    </message>
    <message>
        <source>Held certain: not drawn in the simulation (the value is what you believe, without a range)</source>
        <translation>Holdt som sikker: trekkes ikke i simuleringen (verdien er det du mener, uten spenn)</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="50"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="58"/>
        <source>Filter parameters…</source>
        <translation>Filtrer parametere …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="60"/>
        <source>Changed only</source>
        <translation>Bare endrede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="85"/>
        <source>&amp;Reset to default</source>
        <translation>&amp;Tilbakestill til standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="88"/>
        <source>Reset &amp;all</source>
        <translation>Tilbakestill &amp;alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="106"/>
        <source>Double-click a value, low or high to change it (percentages in percent: 5 is 5 %); changed values are bold on yellow.</source>
        <translation>Dobbeltklikk en verdi, lav eller høy for å endre den (prosenter i prosent: 5 er 5 %); endrede verdier er uthevet på gult.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="154"/>
        <source>Choose a parameter to see where its default comes from.</source>
        <translation>Velg en parameter for å se hvor standardverdien kommer fra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="160"/>
        <source>Value: %1 %2 · default %3</source>
        <translation>Verdi: %1 %2 · standard %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="163"/>
        <source>Range for Monte Carlo and the tornado: %1 – %2</source>
        <translation>Spenn for Monte Carlo og tornadodiagrammet: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="165"/>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="168"/>
        <source>Changed in this scenario.</source>
        <translation>Endret i dette scenariet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="181"/>
        <source>change %1</source>
        <translation>endre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="183"/>
        <source>change low of %1</source>
        <translation>endre lav verdi for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="185"/>
        <source>change high of %1</source>
        <translation>endre høy verdi for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="195"/>
        <source>reset %1</source>
        <translation>tilbakestill %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/parameters_panel.py" line="200"/>
        <source>reset all parameters</source>
        <translation>tilbakestill alle parametere</translation>
    </message>
    <message>
        <source>hold %1 certain</source>
        <translation>hold %1 som sikker</translation>
    </message>
    <message>
        <source>make %1 uncertain again</source>
        <translation>gjør %1 usikker igjen</translation>
    </message>
</context>
<context>
    <name>ParticipantsCheckModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/participants_model.py" line="60"/>
        <source>Has not answered: its figures are missing in the scenario</source>
        <translation>Har ikke svart: tallene mangler i scenariet</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="31"/>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="33"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="35"/>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/participants.py" line="36"/>
        <source>Imported with %n issue(s)</source>
        <translation>
            <numerusform>Importert med %n avvik</numerusform>
            <numerusform>Importert med %n avvik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62"/>
        <source>Number</source>
        <translation>Kommunenr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="62"/>
        <source>Population</source>
        <translation>Innbyggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63"/>
        <source>Last received</source>
        <translation>Sist mottatt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="63"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="64"/>
        <source>Systems</source>
        <translation>Fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="64"/>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="64"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="157"/>
        <source>Former municipality, now part of %1</source>
        <translation>Tidligere kommune, nå del av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/participants.py" line="162"/>
        <source>Questionnaire written %1</source>
        <translation>Spørreskjema laget %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/models/participants.py" line="165"/>
        <source>This return replaced %n earlier return(s)</source>
        <translation>
            <numerusform>Dette svaret erstattet %n tidligere svar</numerusform>
            <numerusform>Dette svaret erstattet %n tidligere svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dager på overtid</translation>
    </message>
    <message>
        <source>Removed from the project: its answers are kept as history and left out of every figure</source>
        <translation>Fjernet fra prosjektet: svarene er tatt vare på som historikk og holdt utenfor alle tall</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent</source>
        <translation>
            <numerusform>Antall purringer sendt: %n</numerusform>
            <numerusform>Antall purringer sendt: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <source>From the municipality register (Statistics Norway). A former municipality has no figure of its own: it is part of %1 now.</source>
        <translation>Fra kommuneregisteret (SSB). En tidligere kommune har ikke eget tall: den er nå en del av %1.</translation>
    </message>
    <message>
        <source>From the municipality register (Statistics Norway). The scenarios use the figure the municipality gave in its questionnaire (Today's situation).</source>
        <translation>Fra kommuneregisteret (SSB). Scenarioene bruker tallet kommunen har oppgitt i spørreskjemaet (Dagens situasjon).</translation>
    </message>
    <message>
        <source>From the municipality register (Statistics Norway), the year the status bar names</source>
        <translation>Fra kommuneregisteret (SSB), fra året statuslinjen nevner</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="35"/>
        <source>The project has no participants yet.</source>
        <translation>Prosjektet har ingen deltakere ennå.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="55"/>
        <source>No questionnaires written yet. Choose Generate questionnaires… to write one spreadsheet per municipality.</source>
        <translation>Ingen spørreskjemaer laget ennå. Velg Generer spørreskjemaer for å lage ett regneark per kommune.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="57"/>
        <source>%1 of %2 municipalities have answered.</source>
        <translation>%1 av %2 kommuner har svart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="60"/>
        <source>Drag returned files here or choose Import answers…</source>
        <translation>Dra returnerte filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/participants_view.py" line="62"/>
        <source>Double-click a municipality to see its data.</source>
        <translation>Dobbeltklikk på en kommune for å se dataene fra den.</translation>
    </message>
    <message>
        <source>%1 overdue: right-click → Reminder (purring)…</source>
        <translation>%1 på overtid: høyreklikk → Purring…</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="37"/>
        <source>Samdrift projects (*%1)</source>
        <translation>Samdrift-prosjekter (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="38"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="50"/>
        <source>Could not create the project</source>
        <translation>Kunne ikke opprette prosjektet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="57"/>
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="69"/>
        <source>Save a copy of the project as</source>
        <translation>Lagre en kopi av prosjektet som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="87"/>
        <source>Could not save the copy</source>
        <translation>Kunne ikke lagre kopien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="97"/>
        <source>Choose a folder for the questionnaires</source>
        <translation>Velg en mappe for spørreskjemaene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="110"/>
        <source>Could not write the questionnaires</source>
        <translation>Kunne ikke lage spørreskjemaene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="114"/>
        <source>Questionnaires written</source>
        <translation>Spørreskjemaer laget</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/project_commands.py" line="115"/>
        <source>Wrote %n questionnaire(s) to %1.</source>
        <translation>
            <numerusform>Laget %n spørreskjema i %1.</numerusform>
            <numerusform>Laget %n spørreskjemaer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="120"/>
        <source>Send each municipality its own file. When they come back, import them with Import answers… or drag them onto the window.</source>
        <translation>Send hver kommune sin egen fil. Når svarene kommer, importerer du dem med Importer svar eller drar dem inn i vinduet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/project_commands.py" line="122"/>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <source>The project is also open on %1. Close it there before a backup is restored.</source>
        <translation>Prosjektet er åpent også på %1. Lukk det der før en sikkerhetskopi settes tilbake.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Kunne ikke sette tilbake</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="67"/>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="68"/>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="69"/>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="70"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="72"/>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="73"/>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Se &amp;i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Mappen over</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Lag ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Datamaskinen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til mappen over</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Lag en ny mappe</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljert visning</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes fra før.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="54"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="55"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="56"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="57"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="58"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="59"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="60"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="61"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="62"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="63"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="64"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="65"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="66"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="77"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="80"/>
        <source>Other columns</source>
        <translation>Andre kolonner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="81"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="82"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="183"/>
        <source>Interpreted from «%1»</source>
        <translation>Tolket fra «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="185"/>
        <source>Typed «%1»; no value stored</source>
        <translation>Skrevet: «%1»; ingen verdi lagret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="187"/>
        <source>Typed as «%1»</source>
        <translation>Skrevet som «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/records.py" line="191"/>
        <source>No longer in use, according to the municipality</source>
        <translation>Ikke lenger i bruk, ifølge kommunen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Corrected from %1 by %2: %3</source>
        <translation>Rettet fra %1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="28"/>
        <source>Filter all columns…</source>
        <translation>Filtrer i alle kolonner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="49"/>
        <source>&lt;i&gt;Italic&lt;/i&gt;: value interpreted from what the municipality typed. &lt;span style=&apos;background:#fff1c9&apos;&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt;: something was typed but no value could be stored. Hover over a cell to see what was typed. Ctrl+C copies the selected rows.</source>
        <translation>&lt;i&gt;Kursiv&lt;/i&gt;: verdien er tolket ut fra det kommunen skrev. &lt;span style=&apos;background:#fff1c9&apos;&gt;&amp;nbsp;Gul&amp;nbsp;&lt;/span&gt;: noe er skrevet, men ingen verdi kunne lagres. Hold musepekeren over en celle for å se hva som ble skrevet. Ctrl+C kopierer de valgte radene.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="64"/>
        <location filename="../../desktop/ui/views/records_view.py" line="82"/>
        <source>No answers imported yet. Drag files here or choose Import answers…</source>
        <translation>Ingen svar importert ennå. Dra filer hit eller velg Importer svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="74"/>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="83"/>
        <source>The imported answers have no rows on this sheet.</source>
        <translation>De importerte svarene har ingen rader i dette arket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/records_view.py" line="113"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/records_view.py" line="115"/>
        <source>%1 of %2 rows</source>
        <translation>%1 av %2 rader</translation>
    </message>
    <message>
        <source>&lt;span style='background:#dcebff'&gt;&amp;nbsp;Blue&amp;nbsp;&lt;/span&gt;: corrected after import (the tooltip says from what, by whom and why). Right-click for Correct value…, Open original file and Export…</source>
        <translation>&lt;span style='background:#dcebff'&gt;&amp;nbsp;Blå&amp;nbsp;&lt;/span&gt;: rettet etter innlesing (verktøytipset viser fra hva, av hvem og hvorfor). Høyreklikk for Rett verdi…, Åpne originalfil og Eksporter…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Italic&lt;/i&gt;: value interpreted from what the municipality typed. &lt;span style='background:%1'&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt;: something was typed but no value could be stored. Hover over a cell to see what was typed. Ctrl+C copies the selected rows.</source>
        <translation>&lt;i&gt;Kursiv&lt;/i&gt;: verdien er tolket ut fra det kommunen skrev. &lt;span style='background:%1'&gt;&amp;nbsp;Gul&amp;nbsp;&lt;/span&gt;: noe er skrevet, men ingen verdi kunne lagres. Hold musepekeren over en celle for å se hva som ble skrevet. Ctrl+C kopierer de valgte radene.</translation>
    </message>
    <message>
        <source>&lt;span style='background:%1'&gt;&amp;nbsp;Blue&amp;nbsp;&lt;/span&gt;: corrected after import (the tooltip says from what, by whom and why). Right-click for Correct value…, Open original file and Export…</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;Blå&amp;nbsp;&lt;/span&gt;: rettet etter innlesing (verktøytipset viser fra hva, av hvem og hvorfor). Høyreklikk for Rett verdi…, Åpne originalfil og Eksporter…</translation>
    </message>
    <message>
        <source>&lt;span style='background:%1'&gt;&amp;nbsp;Blue&amp;nbsp;&lt;/span&gt;: corrected after import (the tooltip says from what, by whom and why). Double-click a value or right-click for Correct value…, Open original file and Export…</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;Blå&amp;nbsp;&lt;/span&gt;: rettet etter innlesing (verktøytipset viser fra hva, av hvem og hvorfor). Dobbeltklikk på en verdi eller høyreklikk for Rett verdi…, Åpne originalfil og Eksporter…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="57"/>
        <location filename="../../desktop/ui/reports/dialog.py" line="232"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="70"/>
        <source>Choose the scenarios the report compares and write the recommendation of the steering group. The report is made from the project&apos;s data as they are now.</source>
        <translation>Velg scenarioene rapporten skal sammenligne, og skriv styringsgruppens anbefaling. Rapporten lages av prosjektets data slik de er nå.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="77"/>
        <source>Write the recommendation here. It is saved in the project and comes first in the report.</source>
        <translation>Skriv anbefalingen her. Den lagres i prosjektet og står først i rapporten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="86"/>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="88"/>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="98"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Forhåndsvis og skriv ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="104"/>
        <source>Print preview needs the Qt PDF module, which is missing from this installation. Save the report as PDF and print it from a PDF reader.</source>
        <translation>Forhåndsvisning krever Qt-modulen for PDF, som mangler i denne installasjonen. Lagre rapporten som PDF og skriv den ut fra en PDF-leser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="106"/>
        <source>Save P&amp;DF…</source>
        <translation>Lagre P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="107"/>
        <source>Save &amp;Excel…</source>
        <translation>Lagre &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="108"/>
        <source>Save &amp;Word…</source>
        <translation>Lagre &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="110"/>
        <source>The summary for the case presentation: recommendation, key figures and the comparison of the scenarios</source>
        <translation>Sammendraget til saksframlegget: anbefaling, nøkkeltall og sammenligning av scenarioene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="112"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="169"/>
        <source>Saved in the project.</source>
        <translation>Lagret i prosjektet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="173"/>
        <source>Not saved.</source>
        <translation>Ikke lagret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="200"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="201"/>
        <source>Save the report&apos;s tables as Excel</source>
        <translation>Lagre rapportens tabeller som Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="202"/>
        <source>Save the summary as Word</source>
        <translation>Lagre sammendraget som Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="203"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="204"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="205"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="232"/>
        <source>Choose at least one scenario for the report.</source>
        <translation>Velg minst ett scenario for rapporten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="248"/>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="252"/>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/dialog.py" line="259"/>
        <source>Print preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Name the staff in the vulnerability chapter</source>
        <translation>Navngi de ansatte i kapitlet om sårbarhet</translation>
    </message>
    <message>
        <source>Off: the report says «One person is system owner for 6 systems» instead of the person's name (the report usually goes to politicians).</source>
        <translation>Av: rapporten skriver «Én person er systemansvarlig for 6 fagsystemer» i stedet for navnet (rapporten går som regel til politikere).</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Å&amp;pne filen</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Å&amp;pne PDF</translation>
    </message>
    <message>
        <source>&amp;Open in Excel</source>
        <translation>Å&amp;pne i Excel</translation>
    </message>
    <message>
        <source>&amp;Open in Word</source>
        <translation>Å&amp;pne i Word</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="46"/>
        <source>Building the report…</source>
        <translation>Lager rapporten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="46"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="49"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="57"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="67"/>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="85"/>
        <source>Could not write %1. The file may be open in another program (such as Excel or Word), or you may not have permission to write in that folder.</source>
        <translation>Kunne ikke skrive %1. Filen er kanskje åpen i et annet program (for eksempel Excel eller Word), eller du har ikke skrivetilgang til mappen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="90"/>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/runner.py" line="100"/>
        <source>The report was not made</source>
        <translation>Rapporten ble ikke laget</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="60"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="62"/>
        <source>Stop computing (the next change starts again)</source>
        <translation>Stopp beregningen (neste endring starter den igjen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="107"/>
        <source>Key numbers</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="108"/>
        <source>By year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="109"/>
        <source>Yearly costs today and in the scenario, by kind</source>
        <translation>Årlige kostnader i dag og i scenariet, etter art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="110"/>
        <source>Allocation</source>
        <translation>Kostnadsfordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="111"/>
        <source>Cost allocation per municipality</source>
        <translation>Kostnadsfordeling per kommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="112"/>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="113"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="114"/>
        <source>Trace</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="131"/>
        <source>Computing…</source>
        <translation>Beregner …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="151"/>
        <source>Running cost per year in %1 (when everything has taken effect): today next to the scenario, which is what stays local plus the shares of the common costs. Negative change: the municipality pays less.</source>
        <translation>Driftskostnad per år i %1 (når alt har fått virkning): i dag ved siden av scenariet, som er det som blir lokalt pluss andelene av de felles kostnadene. Negativ endring: kommunen betaler mindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="169"/>
        <source>Cannot be computed</source>
        <translation>Kan ikke beregnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="173"/>
        <source>not within the horizon</source>
        <translation>ikke innenfor perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="175"/>
        <source>NPV %1</source>
        <translation>Nåverdi %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="177"/>
        <source>payback %1</source>
        <translation>tilbakebetalt %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="179"/>
        <source>%1–%2, real %3 discount rate</source>
        <translation>%1–%2, reell kalkulasjonsrente %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="185"/>
        <source>Uncertainty: computing Monte Carlo…</source>
        <translation>Usikkerhet: beregner Monte Carlo …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="188"/>
        <source>Uncertainty (%1 draws): P10 %2 · P50 %3 · P85 %4 · P90 %5; saves money in %6 of the draws</source>
        <translation>Usikkerhet (%1 trekk): P10 %2 · P50 %3 · P85 %4 · P90 %5; sparer penger i %6 av trekkene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="203"/>
        <source>Qualitative (levels 4–5)</source>
        <translation>Kvalitativt (nivå 4–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="206"/>
        <source>What is missing, estimated or left out</source>
        <translation>Hva som mangler, er anslått eller holdt utenfor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="209"/>
        <source>Cost allocation</source>
        <translation>Kostnadsfordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/results_view.py" line="212"/>
        <source>No notes.</source>
        <translation>Ingen merknader.</translation>
    </message>
    <message>
        <source>The project's data has changed since these figures were computed; they are being computed again and are not current.</source>
        <translation>Prosjektets data er endret etter at disse tallene ble beregnet. De beregnes på nytt og er ikke gjeldende.</translation>
    </message>
    <message>
        <source>In %1 simulations: 90 % chance of an NPV of at least %2 (median %3, 10 % chance of more than %4); saves money in %5 of them. One-time costs: %6 as the steering frame (P50), %7 as the cost frame (P85).</source>
        <translation>I %1 simuleringer: 90 % sjanse for en nåverdi på minst %2 (median %3, 10 % sjanse for mer enn %4); sparer penger i %5 av dem. Engangskostnader: styringsramme (P50) %6, kostnadsramme (P85) %7.</translation>
    </message>
    <message>
        <source>In %1 simulations: 90 % chance of an NPV of at least %2 (median %3, 10 % chance of more than %4); saves money in %5 of them. One-time costs: steering frame %6 (exceeded in half of the simulations), cost frame %7 (enough in 85 of 100: the budget with a reserve for uncertainty).</source>
        <translation>I %1 simuleringer: 90 % sjanse for en nåverdi på minst %2 (median %3, 10 % sjanse for mer enn %4); sparer penger i %5 av dem. Engangskostnader: styringsramme %6 (overskrides i halvparten av simuleringene), kostnadsramme %7 (holder i 85 av 100: budsjettet med avsetning for usikkerhet).</translation>
    </message>
</context>
<context>
    <name>ScenarioChoice</name>
    <message>
        <location filename="../../desktop/ui/reports/scenario_choice.py" line="32"/>
        <source>The project has no saved scenarios. The report then shows the survey without scenarios.</source>
        <translation>Prosjektet har ingen lagrede scenarioer. Rapporten viser da kartleggingen uten scenarioer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/scenario_choice.py" line="36"/>
        <source>Choose &amp;all</source>
        <translation>Velg &amp;alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/scenario_choice.py" line="37"/>
        <source>Choose &amp;none</source>
        <translation>Velg &amp;ingen</translation>
    </message>
</context>
<context>
    <name>ScenarioLabels</name>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="13"/>
        <source>1 Common framework agreements</source>
        <translation>1 Felles rammeavtaler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="14"/>
        <source>2 Common technical operations (infrastructure, servers, data rooms, service desk)</source>
        <translation>2 Felles teknisk drift (infrastruktur, servere, datarom, servicedesk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="16"/>
        <source>3 Common systems platform (one system per service area)</source>
        <translation>3 Felles fagsystemer (ett system per tjenesteområde)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="18"/>
        <source>4 Common work processes (qualitative)</source>
        <translation>4 Felles arbeidsprosesser (kvalitativt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="19"/>
        <source>5 Organisational merger (qualitative)</source>
        <translation>5 Organisatorisk sammenslåing (kvalitativt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="25"/>
        <source>No joint body</source>
        <translation>Ingen felles organisasjon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="26"/>
        <source>Host municipality (kommuneloven ch. 20)</source>
        <translation>Vertskommune (kommuneloven kap. 20)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="27"/>
        <source>Joint municipal undertaking (kommuneloven ch. 19)</source>
        <translation>Kommunalt oppgavefellesskap (kommuneloven kap. 19)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="29"/>
        <source>Inter-municipal company (IKS)</source>
        <translation>Interkommunalt selskap (IKS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="30"/>
        <source>Limited company (AS)</source>
        <translation>Aksjeselskap (AS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="35"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="36"/>
        <source>host municipality</source>
        <translation>vertskommune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="37"/>
        <source>joint undertaking</source>
        <translation>oppgavefellesskap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="42"/>
        <source>The system with most users among the participants</source>
        <translation>Systemet med flest brukere blant deltakerne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="44"/>
        <source>The system with the lowest licence cost per user</source>
        <translation>Systemet med lavest lisenskostnad per bruker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="49"/>
        <source>IT staff salaries</source>
        <translation>Lønn IT-personell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="50"/>
        <source>Licences and maintenance</source>
        <translation>Lisens og vedlikehold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="51"/>
        <source>Bought services</source>
        <translation>Kjøpte tjenester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="52"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="53"/>
        <source>Running the cooperation</source>
        <translation>Drift av samarbeidet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="57"/>
        <source>Project and procurement</source>
        <translation>Prosjekt og anskaffelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="58"/>
        <source>Establishing the cooperation</source>
        <translation>Etablering av samarbeidet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="59"/>
        <source>Migration and training</source>
        <translation>Migrering og opplæring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="63"/>
        <source>IT cost per inhabitant (kr)</source>
        <translation>IT-kostnad per innbygger (kr)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="65"/>
        <source>IT cost per municipal FTE (kr)</source>
        <translation>IT-kostnad per årsverk i kommunen (kr)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="67"/>
        <source>IT FTE per 1 000 users</source>
        <translation>IT-årsverk per 1 000 brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="68"/>
        <source>Users per support FTE</source>
        <translation>Brukere per årsverk brukerstøtte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/labels.py" line="69"/>
        <source>Systems per municipality</source>
        <translation>Fagsystemer per kommune</translation>
    </message>
    <message>
        <source>Sold to other participants (deducted)</source>
        <translation>Salg til andre deltakere (trekkes fra)</translation>
    </message>
    <message>
        <source>Security and 24/7 monitoring</source>
        <translation>Sikkerhet og døgnovervåking</translation>
    </message>
    <message>
        <source>Common operations platform</source>
        <translation>Felles driftsplattform</translation>
    </message>
    <message>
        <source>Migration, training and parallel running</source>
        <translation>Migrering, opplæring og parallelldrift</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/scenario_list_model.py" line="18"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/scenario_list_model.py" line="19"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/scenario_list_model.py" line="26"/>
        <source>%1 participants</source>
        <translation>%1 deltakere</translation>
    </message>
</context>
<context>
    <name>ScenarioNumbers</name>
    <message>
        <location filename="../../desktop/ui/scenarios/numbers.py" line="26"/>
        <source>%1 million NOK</source>
        <translation>%1 mill. kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/numbers.py" line="30"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/numbers.py" line="40"/>
        <source>(missing for %1 of %2)</source>
        <translation>(mangler for %1 av %2)</translation>
    </message>
</context>
<context>
    <name>ScenarioStages</name>
    <message>
        <location filename="../../desktop/ui/scenarios/service_texts.py" line="11"/>
        <source>Computing the result…</source>
        <translation>Beregner resultatet …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/service_texts.py" line="12"/>
        <source>Ranking the parameters (tornado)…</source>
        <translation>Rangerer parameterne (tornado) …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/service_texts.py" line="13"/>
        <source>Monte Carlo (10 000 draws)…</source>
        <translation>Monte Carlo (10 000 trekk) …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/service_texts.py" line="14"/>
        <source>Computing %1…</source>
        <translation>Beregner %1 …</translation>
    </message>
    <message>
        <source>Ranking the parameters by their effect…</source>
        <translation>Rangerer parameterne etter hvor mye de betyr …</translation>
    </message>
    <message>
        <source>Uncertainty: 10 000 simulations…</source>
        <translation>Usikkerhet: 10 000 simuleringer …</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="62"/>
        <source>Set-up</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="63"/>
        <source>Common systems</source>
        <translation>Felles fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="64"/>
        <source>Parameters</source>
        <translation>Parametere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="80"/>
        <source>No scenarios yet. Click «New…» to make one: it starts with every participant at level 2 (common technical operations), and every change is saved at once.</source>
        <translation>Ingen scenarioer ennå. Klikk «Nytt …» for å lage ett: det starter med alle deltakerne på nivå 2 (felles teknisk drift), og hver endring lagres med en gang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="93"/>
        <source>Today&apos;s situation</source>
        <translation>Dagens situasjon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="94"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="95"/>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="203"/>
        <source>A scenario needs a name.</source>
        <translation>Et scenario må ha et navn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="205"/>
        <source>A name can be at most 200 characters.</source>
        <translation>Et navn kan være høyst 200 tegn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="207"/>
        <source>There is already a scenario called «%1».</source>
        <translation>Det finnes allerede et scenario som heter «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="216"/>
        <source>New scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="216"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="217"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="223"/>
        <source>new scenario «%1»</source>
        <translation>nytt scenario «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="233"/>
        <source>Duplicate scenario</source>
        <translation>Dupliser scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="233"/>
        <source>Name of the copy:</source>
        <translation>Navn på kopien:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="234"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="240"/>
        <source>duplicate «%1»</source>
        <translation>dupliser «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="249"/>
        <source>Rename scenario</source>
        <translation>Gi scenariet nytt navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="249"/>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="255"/>
        <source>rename «%1»</source>
        <translation>gi «%1» nytt navn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="263"/>
        <source>delete «%1»</source>
        <translation>slett «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/view.py" line="264"/>
        <source>Deleted «%1». Ctrl+Z brings it back.</source>
        <translation>Slettet «%1». Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <source>change the cost allocation</source>
        <translation>endre kostnadsfordelingen</translation>
    </message>
    <message>
        <source>Beyond the money</source>
        <translation>Utover kronene</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="62"/>
        <source>Cooperation &amp;level:</source>
        <translation>Samarbeids&amp;nivå:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="64"/>
        <source>&amp;Organisation form:</source>
        <translation>&amp;Organisasjonsform:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="65"/>
        <source>Common systems &amp;by:</source>
        <translation>Felles fagsystemer &amp;etter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="66"/>
        <source>&amp;Participants (uncheck a municipality to leave it out):</source>
        <translation>&amp;Deltakere (fjern haken for å holde en kommune utenfor):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="91"/>
        <source>Levels 4 and 5 are recorded as qualitative: their gains are in quality and ways of working. The costs are those of level 3.</source>
        <translation>Nivå 4 og 5 er vurdert kvalitativt: gevinsten ligger i kvalitet og arbeidsmåter. Kostnadene er de samme som på nivå 3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="94"/>
        <source>Each service area gets one common system (see Common systems).</source>
        <translation>Hvert tjenesteområde får ett felles system (se Felles fagsystemer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="96"/>
        <source>Common systems are only suggested at this level.</source>
        <translation>Felles fagsystemer er bare forslag på dette nivået.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="110"/>
        <source>change level to %1</source>
        <translation>endre nivå til %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="116"/>
        <source>change organisation form</source>
        <translation>endre organisasjonsform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="121"/>
        <source>change rule for common systems</source>
        <translation>endre regel for felles fagsystemer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="134"/>
        <source>add %1</source>
        <translation>ta med %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/setup_panel.py" line="134"/>
        <source>remove %1</source>
        <translation>ta ut %1</translation>
    </message>
    <message>
        <source>Leave them out until they answer</source>
        <translation>Hold dem utenfor til de har svart</translation>
    </message>
    <message>
        <source>Include them with an estimate (register population × the others' average)</source>
        <translation>Ta dem med med et anslag (registerets innbyggertall × snittet for de andre)</translation>
    </message>
    <message>
        <source>A participant that has not answered has no figures. Left out, it is listed with every figure missing; estimated, its figures are marked as estimates wherever they appear.</source>
        <translation>En deltaker som ikke har svart, har ingen tall. Holdt utenfor står den oppført med alle tall som mangler; med anslag er tallene merket som anslag overalt der de vises.</translation>
    </message>
    <message>
        <source>Without a &amp;return:</source>
        <translation>Uten &amp;svar:</translation>
    </message>
    <message>
        <source>change what happens to participants without a return</source>
        <translation>endre hva som skjer med deltakere uten svar</translation>
    </message>
    <message>
        <source>Levels 4 and 5 are recorded as qualitative: their gains are in quality and ways of working. The costs are those of level 3; what moves to the common unit is in the responsibility matrix (Beyond the money).</source>
        <translation>Nivå 4 og 5 vurderes kvalitativt: gevinsten ligger i kvalitet og arbeidsmåter. Kostnadene er de samme som på nivå 3; hva som flyttes til den felles enheten, står i ansvarsmatrisen (Utover kronene).</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="430"/>
        <source>Confidence</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="430"/>
        <source>Suggested system</source>
        <translation>Foreslått system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="430"/>
        <source>Names as written</source>
        <translation>Navn slik de er skrevet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="431"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="431"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="431"/>
        <source>Inst.</source>
        <translation>Inst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="432"/>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="432"/>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="432"/>
        <source>Service area</source>
        <translation>Tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="435"/>
        <source>How sure the suggestion is (of its least certain name)</source>
        <translation>Hvor sikkert forslaget er (for det minst sikre navnet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="436"/>
        <source>Installations</source>
        <translation>Installasjoner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="437"/>
        <source>What the names are suggested to be</source>
        <translation>Hva navnene foreslås å være</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="521"/>
        <source>Written as: %1</source>
        <translation>Skrevet som: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="534"/>
        <source>It may be «%1» instead (%2): %3</source>
        <translation>Det kan være «%1» i stedet (%2): %3</translation>
    </message>
</context>
<context>
    <name>SystemsModel</name>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="556"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="556"/>
        <source>Inst.</source>
        <translation>Inst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="556"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="557"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="557"/>
        <source>Cost/year</source>
        <translation>Kostnad/år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="557"/>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="558"/>
        <source>Service area</source>
        <translation>Tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="558"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="558"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="561"/>
        <source>Installations in use</source>
        <translation>Installasjoner i bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="562"/>
        <source>Users, summed over the installations that give a number</source>
        <translation>Brukere, summert over installasjonene som oppgir et tall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="563"/>
        <source>Annual cost, summed over the installations that give one</source>
        <translation>Årlig kostnad, summert over installasjonene som oppgir den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="564"/>
        <source>Where the system and its names came from; purple: from an imported word list</source>
        <translation>Hvor systemet og navnene kom fra; lilla: fra en importert ordliste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="651"/>
        <source>Written as: %1</source>
        <translation>Skrevet som: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="653"/>
        <source>%1, confidence %2</source>
        <translation>%1, sikkerhet %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="680"/>
        <source>Not decided yet: counted as a system of its own. Written as: %1</source>
        <translation>Ikke avgjort ennå: telles som eget system. Skrevet som: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="683"/>
        <source>Catalogue product: %1</source>
        <translation>Katalogprodukt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/models.py" line="687"/>
        <source>%n installation(s) no longer in use (not counted)</source>
        <translation>
            <numerusform>%n installasjon er ikke lenger i bruk (telles ikke)</numerusform>
            <numerusform>%n installasjoner er ikke lenger i bruk (telles ikke)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="695"/>
        <location filename="../../desktop/ui/catalogue/models.py" line="698"/>
        <source>Some or all of its names were decided by an imported word list.</source>
        <translation>Noen av eller alle navnene ble avgjort av en importert ordliste.</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="59"/>
        <source>Search systems and catalogue products…</source>
        <translation>Søk i systemer og katalogprodukter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="95"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetSystemsModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="30"/>
        <source>Service area</source>
        <translation>Tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="31"/>
        <source>Common system</source>
        <translation>Felles system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="32"/>
        <source>Double-click to choose another system</source>
        <translation>Dobbeltklikk for å velge et annet system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="33"/>
        <source>Chosen by</source>
        <translation>Valgt etter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="34"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="36"/>
        <source>Installations</source>
        <translation>Installasjoner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="38"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="50"/>
        <source>– no common system –</source>
        <translation>– ikke felles system –</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="53"/>
        <source>Most users</source>
        <translation>Flest brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="54"/>
        <source>Lowest cost per user</source>
        <translation>Lavest kostnad per bruker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="55"/>
        <source>You</source>
        <translation>Ditt valg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="56"/>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="68"/>
        <source>No common system</source>
        <translation>Ikke felles system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="61"/>
        <source>Suggested by the rule</source>
        <translation>Forslaget etter regelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="63"/>
        <source>%1 users</source>
        <translation>%1 brukere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/scenarios/targets_model.py" line="65"/>
        <source>%n municipality(ies)</source>
        <translation>
            <numerusform>%n kommune</numerusform>
            <numerusform>%n kommuner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="962"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="962"/>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="962"/>
        <source>Service area</source>
        <translation>Tjenesteområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="963"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/models.py" line="967"/>
        <source>Catalogue (new in this project)</source>
        <translation>Katalogen (nytt i prosjektet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/catalogue/models.py" line="968"/>
        <source>This project, %n installation(s)</source>
        <translation>
            <numerusform>Dette prosjektet, %n installasjon</numerusform>
            <numerusform>Dette prosjektet, %n installasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="45"/>
        <source>The common systems are shown when the scenario has been computed.</source>
        <translation>Felles fagsystemer vises når scenariet er beregnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="52"/>
        <source>One system per service area, suggested by the rule; double-click a common system to choose another or none.</source>
        <translation>Ett system per tjenesteområde, foreslått etter regelen; dobbeltklikk et felles system for å velge et annet eller ingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="55"/>
        <source>Common systems apply from level 3; below that these are suggestions only (grey). You can still choose them now.</source>
        <translation>Felles fagsystemer gjelder fra nivå 3; under det er dette bare forslag (grått). Du kan likevel velge dem nå.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="68"/>
        <source>suggested system for %1</source>
        <translation>foreslått system for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="70"/>
        <source>no common system for %1</source>
        <translation>ikke felles system for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/targets_panel.py" line="72"/>
        <source>common system for %1</source>
        <translation>felles system for %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="133"/>
        <source>Accept all above a threshold</source>
        <translation>Godta alle over en terskel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="147"/>
        <source>Accept every suggested name whose confidence is at least this high. The decisions are marked as yours; you can undo them with Ctrl+Z. The default is the threshold measured on the labelled test names.</source>
        <translation>Godta alle foreslåtte navn med minst så høy sikkerhet. Avgjørelsene merkes som dine; du kan angre dem med Ctrl+Z. Standardverdien er terskelen som er målt på de merkede testnavnene.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="151"/>
        <source>&amp;Confidence at least:</source>
        <translation>&amp;Sikkerhet minst:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue/dialogs.py" line="173"/>
        <source>%1 names in %2 suggestions will be accepted.</source>
        <translation>%1 navn i %2 forslag blir godtatt.</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/trace_model.py" line="24"/>
        <source>Figure</source>
        <translation>Tall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/trace_model.py" line="25"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/trace_model.py" line="26"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/trace_model.py" line="27"/>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="24"/>
        <source>Welcome to Samdrift</source>
        <translation>Velkommen til Samdrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="27"/>
        <source>Samdrift collects the facts for a pre-study of inter-municipal IT cooperation. Create a project and pick the participating municipalities, generate one questionnaire per municipality, and import the returned spreadsheets.</source>
        <translation>Samdrift samler fakta til en forstudie av interkommunalt IT-samarbeid. Opprett et prosjekt og velg deltakerkommunene, lag ett spørreskjema per kommune, og importer regnearkene som kommer tilbake.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="32"/>
        <source>New project…</source>
        <translation>Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="35"/>
        <source>Open project…</source>
        <translation>Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/welcome.py" line="42"/>
        <source>Recent projects:</source>
        <translation>Nylige prosjekter:</translation>
    </message>
    <message>
        <source>Samdrift collects the facts for a pre-study of inter-municipal IT cooperation. Create a project and pick the participating municipalities, generate one questionnaire per municipality, and import the returned spreadsheets. Help → Guide shows the steps from new project to report.</source>
        <translation>Samdrift samler fakta til en forstudie av interkommunalt IT-samarbeid. Opprett et prosjekt og velg deltakerkommunene, lag ett spørreskjema per kommune, og importer regnearkene som kommer tilbake. Hjelp → Veiledning viser stegene fra nytt prosjekt til rapport.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Åpne demoprosjektet</translation>
    </message>
    <message>
        <source>Knutepunkt Sørlandet: seven municipalities with their answers, the system catalogue and three scenarios, to try everything without data of your own</source>
        <translation>Knutepunkt Sørlandet: sju kommuner med svarene sine, fagsystemkatalogen og tre scenarioer, så du kan prøve alt uten egne data</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="48"/>
        <source>million NOK</source>
        <translation>mill. kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="52"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="70"/>
        <source>Today (the participants)</source>
        <translation>I dag (deltakerne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="72"/>
        <source>Running cost today</source>
        <translation>Driftskostnad i dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="73"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="75"/>
        <source>Running cost in the scenario</source>
        <translation>Driftskostnad i scenariet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="76"/>
        <source>One-time costs</source>
        <translation>Engangskostnader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="78"/>
        <source>One-time costs, total</source>
        <translation>Engangskostnader i alt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="79"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="80"/>
        <source>Net saving (today − scenario − one-time)</source>
        <translation>Netto innsparing (i dag − scenario − engang)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios/years_model.py" line="81"/>
        <source>Cumulative net saving</source>
        <translation>Akkumulert netto innsparing</translation>
    </message>
</context>
<context>
    <name>AllocationSettings</name>
    <message>
        <source>Common infrastructure by</source>
        <translation>Felles infrastruktur etter</translation>
    </message>
    <message>
        <source>Per location by</source>
        <translation>Per lokasjon etter</translation>
    </message>
    <message>
        <source>Per user by</source>
        <translation>Per bruker etter</translation>
    </message>
    <message>
        <source>Common one-time costs by</source>
        <translation>Felles engangskostnader etter</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>innbyggere</translation>
    </message>
    <message>
        <source>IT users</source>
        <translation>IT-brukere</translation>
    </message>
    <message>
        <source>installations</source>
        <translation>installasjoner</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>lokasjoner</translation>
    </message>
    <message>
        <source>equal shares</source>
        <translation>like deler</translation>
    </message>
    <message>
        <source>actual use (servers, locations, users)</source>
        <translation>faktisk bruk (servere, lokasjoner, brukere)</translation>
    </message>
    <message>
        <source>Transition: nobody pays more than</source>
        <translation>Overgangsordning: ingen betaler mer enn</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source> % above today in the first</source>
        <translation> % over i dag de første</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct value</source>
        <translation>Rett verdi</translation>
    </message>
    <message>
        <source>Cell:</source>
        <translation>Celle:</translation>
    </message>
    <message>
        <source>Value now:</source>
        <translation>Verdi nå:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Typed by the municipality:</source>
        <translation>Skrevet av kommunen:</translation>
    </message>
    <message>
        <source>E.g. confirmed by phone</source>
        <translation>F.eks. bekreftet på telefon</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Ny verdi:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>The value as read and what the municipality typed are kept; the correction is recorded with your name, the time and the reason.</source>
        <translation>Verdien slik den ble lest og det kommunen skrev, tas vare på; rettingen lagres med navnet ditt, tidspunktet og begrunnelsen.</translation>
    </message>
</context>
<context>
    <name>SurveyController</name>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Eksporter tabell</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV, semikolonseparert (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Eksporterte %1 rader til %2</translation>
    </message>
    <message>
        <source>Correct value…</source>
        <translation>Rett verdi…</translation>
    </message>
    <message>
        <source>Open original file</source>
        <translation>Åpne originalfil</translation>
    </message>
    <message>
        <source>%1: sheet %2, row %3, %4</source>
        <translation>%1: arket %2, rad %3, %4</translation>
    </message>
    <message>
        <source>correct %1</source>
        <translation>rett %1</translation>
    </message>
    <message>
        <source>%1 corrected to %2</source>
        <translation>%1 rettet til %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Opened a copy of %1</source>
        <translation>Åpnet en kopi av %1</translation>
    </message>
    <message>
        <source>Mark as handled…</source>
        <translation>Merk som håndtert…</translation>
    </message>
    <message>
        <source>Accept as is…</source>
        <translation>Godta som det er…</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Comment (what was done, or why it is accepted):</source>
        <translation>Kommentar (hva som er gjort, eller hvorfor det godtas):</translation>
    </message>
    <message>
        <source>mark issue handled</source>
        <translation>merk avvik som håndtert</translation>
    </message>
    <message>
        <source>accept issue</source>
        <translation>godta avvik</translation>
    </message>
    <message>
        <source>open issue again</source>
        <translation>åpne avvik igjen</translation>
    </message>
    <message>
        <source>Add municipality…</source>
        <translation>Legg til kommune…</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>Fjern %1…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Reminder (purring)…</source>
        <translation>Purring…</translation>
    </message>
    <message>
        <source>Your name in the trail…</source>
        <translation>Navnet ditt i sporet…</translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation>Legg til kommune</translation>
    </message>
    <message>
        <source>Municipality number or name:</source>
        <translation>Kommunenummer eller navn:</translation>
    </message>
    <message>
        <source>Added %1; write its questionnaire with File → Generate questionnaires</source>
        <translation>La til %1; lag spørreskjemaet med Fil → Generer spørreskjemaer</translation>
    </message>
    <message>
        <source>Remove municipality</source>
        <translation>Fjern kommune</translation>
    </message>
    <message>
        <source>Remove %1 from the project? Its answers are kept as history but left out of today's situation, every scenario and the report.</source>
        <translation>Fjerne %1 fra prosjektet? Svarene tas vare på som historikk, men holdes utenfor dagens situasjon, alle scenarioer og rapporten.</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mappe for e-postutkastene</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Response deadline (dd.mm.yyyy):</source>
        <translation>Svarfrist (dd.mm.åååå):</translation>
    </message>
    <message>
        <source>Folder for the reminder drafts</source>
        <translation>Mappe for purringene</translation>
    </message>
    <message>
        <source>%1 e-mail drafts written to %2 (nothing is sent); open them in your mail program</source>
        <translation>%1 e-postutkast skrevet til %2 (ingenting er sendt); åpne dem i e-postprogrammet</translation>
    </message>
    <message>
        <source>Your name in the trail</source>
        <translation>Navnet ditt i sporet</translation>
    </message>
    <message>
        <source>Corrections and issue states are recorded with this name:</source>
        <translation>Rettinger og avviksstatus lagres med dette navnet:</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notat…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notat om %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historikk…</translation>
    </message>
    <message>
        <source>Corrections…</source>
        <translation>Rettinger…</translation>
    </message>
    <message>
        <source>Project note…</source>
        <translation>Prosjektnotat…</translation>
    </message>
    <message>
        <source>Note on the project</source>
        <translation>Notat om prosjektet</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Rettinger</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Keep the correction</source>
        <translation>Behold rettingen</translation>
    </message>
    <message>
        <source>Use the file's value</source>
        <translation>Bruk filens verdi</translation>
    </message>
    <message>
        <source>Undo the correction</source>
        <translation>Angre rettingen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>legg til %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>fjern %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact for %1</source>
        <translation>Kontakt for %1</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Include in the report</source>
        <translation>Ta med i rapporten</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Purring</translation>
    </message>
    <message>
        <source>Send questionnaires</source>
        <translation>Send spørreskjemaer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Folder for the drafts:</source>
        <translation>Mappe for utkastene:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 days overdue, %4 reminder(s) before</source>
        <translation>%1 (%2): %3 dager på overtid, purret %4 gang(er) før</translation>
    </message>
    <message>
        <source>No municipality is overdue.</source>
        <translation>Ingen kommuner er på overtid.</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>På overtid:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>The text (kept in the project for next time). Fields: {kommune}, {nummer}, {kontaktperson}, {frist}, {prosjekt}, {avsender}, {dager}.</source>
        <translation>Teksten (lagres i prosjektet til neste gang). Felter: {kommune}, {nummer}, {kontaktperson}, {frist}, {prosjekt}, {avsender}, {dager}.</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per municipality with its questionnaire attached is written to the folder; Samdrift sends nothing. Open the drafts in your mail program and send them from there.</source>
        <translation>Ett e-postutkast (.eml) per kommune med spørreskjemaet vedlagt skrives til mappen; Samdrift sender ingenting. Åpne utkastene i e-postprogrammet og send dem derfra.</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Mappe for utkastene</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <source>Effect</source>
        <translation>Virkning</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>assess %1</source>
        <translation>vurdere %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risiko (S × K)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Justifies the range of</source>
        <translation>Begrunner spennet i</translation>
    </message>
    <message>
        <source>change the risk «%1»</source>
        <translation>endre risikoen «%1»</translation>
    </message>
    <message>
        <source>No parameter is called «%1»</source>
        <translation>Ingen parameter heter «%1»</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Gevinst</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline (survey)</source>
        <translation>Nullpunkt (kartleggingen)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>Owner (role)</source>
        <translation>Eier (rolle)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Måles slik</translation>
    </message>
    <message>
        <source>plan the benefit «%1»</source>
        <translation>planlegge gevinsten «%1»</translation>
    </message>
    <message>
        <source>Never (local)</source>
        <translation>Aldri (lokalt)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
    <message>
        <source>Common unit</source>
        <translation>Felles enhet</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Moves from</source>
        <translation>Flyttes fra</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The level must be 1–5, or 6 for never (local)</source>
        <translation>Nivået må være 1–5, eller 6 for aldri (lokalt)</translation>
    </message>
    <message>
        <source>move «%1»</source>
        <translation>flytte «%1»</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <source>Add risk</source>
        <translation>Legg til risiko</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Fjern risiko</translation>
    </message>
    <message>
        <source>Back to the suggestion</source>
        <translation>Tilbake til forslaget</translation>
    </message>
    <message>
        <source>DFØ's plus-minus method: significance (1 small – 3 large) × scope (−3 … +3) gives a score from −4 to +4. Grey rows are the data's suggestion (hover the justification for the figure it comes from) until you set them.</source>
        <translation>DFØs pluss-minus-metode: betydning (1 liten – 3 stor) × omfang (−3 … +3) gir en konsekvens fra −4 til +4. Grå rader er forslag ut fra dataene (hold pekeren over begrunnelsen for å se tallet forslaget bygger på) til du vurderer dem selv.</translation>
    </message>
    <message>
        <source>Non-priced effects</source>
        <translation>Ikke-prissatte virkninger</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Benefits plan</source>
        <translation>Gevinstplan</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Ansvarsmatrise</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>Velg et scenario.</translation>
    </message>
    <message>
        <source>The assessment is shown when the scenario has been computed.</source>
        <translation>Vurderingen vises når scenarioet er beregnet.</translation>
    </message>
    <message>
        <source>Sum of the scores: %1</source>
        <translation>Sum av konsekvensene: %1</translation>
    </message>
    <message>
        <source>Weighed beside the NPV in the report: %1 of %2 effects are still the data's suggestion.</source>
        <translation>Veies mot nåverdien i rapporten: %1 av %2 virkninger er fortsatt forslag ut fra dataene.</translation>
    </message>
    <message>
        <source>No risks registered.</source>
        <translation>Ingen risikoer er registrert.</translation>
    </message>
    <message>
        <source>Choose an effect to see its justification; double-click a cell to change it.</source>
        <translation>Velg en virkning for å se begrunnelsen; dobbeltklikk i en celle for å endre den.</translation>
    </message>
    <message>
        <source>From the data: %1</source>
        <translation>Fra dataene: %1</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Ny risiko</translation>
    </message>
    <message>
        <source>add a risk</source>
        <translation>legge til en risiko</translation>
    </message>
    <message>
        <source>Choose the risk to remove.</source>
        <translation>Velg risikoen som skal fjernes.</translation>
    </message>
    <message>
        <source>remove the risk «%1»</source>
        <translation>fjerne risikoen «%1»</translation>
    </message>
    <message>
        <source>Choose the effect to give back to the suggestion.</source>
        <translation>Velg virkningen som skal tilbake til forslaget.</translation>
    </message>
    <message>
        <source>back to the suggestion for %1</source>
        <translation>tilbake til forslaget for %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Velg</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Filnavn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>The guide is missing from this installation: %1</source>
        <translation>Veiledningen mangler i denne installasjonen: %1</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Samdrift keeps a copy of %1 when it is opened, after changes and when it is closed, at most one every ten minutes: the newest ten, and one a day for thirty days.</source>
        <translation>Samdrift tar en kopi av %1 når prosjektet åpnes, etter endringer og når det lukkes, høyst én hvert tiende minutt: de ti nyeste beholdes, og én per dag i tretti dager.</translation>
    </message>
    <message>
        <source>There are no backups of this project yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av dette prosjektet ennå.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Sett tilbake…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sett tilbake sikkerhetskopi</translation>
    </message>
    <message>
        <source>Put the backup from %1 back in place of %2? Everything saved after it is replaced; the project as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Sette sikkerhetskopien fra %1 tilbake i stedet for %2? Alt som er lagret etter den, erstattes. Prosjektet slik det er nå, tas vare på som en sikkerhetskopi først, så dette kan angres ved å sette den tilbake.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Siste side</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tilpass siden</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Forstørr</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Forminsk</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Vis én side</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Vis oppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Vis alle sidene</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sideoppsett</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Eksporter til PDF</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;tom&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
</TS>
