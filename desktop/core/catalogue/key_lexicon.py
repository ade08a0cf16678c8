"""The word tables of the name key (v1): frozen, never to be changed.

A project stores its decisions by name key (`name_decision.name_key`, `name_rejection`), and
the key is made from these tables (see `normalize.Normalizer`). Changing a table would change
the keys of names already decided, and those decisions would no longer find their names. So
these tables are frozen as they were when the first projects were made, together with the
catalogue's vendors and abbreviations of that time (`KEY_VENDORS`, `KEY_ABBREVIATIONS`); what
matching learns later goes into `lexicon` (the matching tables), which builds on these.

Word tables for normalising system names: vendors, descriptive words, noise, abbreviations.

Every word is in folded form (see `normalize.fold`: case folded, æ→ae, ø→o, å→a, other marks
removed). Descriptive words are what municipalities add to a product name to say what it is for
("Gerica pleie og omsorg", "Komtek byggesak"); each carries the service area it belongs to, or
None when it says nothing about the area. They are also the words that tell similar product
names apart ("Flyt Skole" / "Flyt Barnehage"): two names are never merged across them.
"""

from __future__ import annotations

# Vendor names as written -> the vendor's name today. Catalogue vendors are added at load time.
VENDOR_ALIASES: dict[str, str] = {
    "tieto": "Tietoevry",
    "evry": "Tietoevry",
    "tieto evry": "Tietoevry",
    "tietoevry": "Tietoevry",
    "software innovation": "Tietoevry",
    "powel": "Volue",
    "cgm": "CompuGroup Medical",
    "compugroup": "CompuGroup Medical",
    "compu group": "CompuGroup Medical",
    "ms": "Microsoft",
    "unit 4": "Unit4",
    "hove": "Hove Medical Systems",
    "hove medical": "Hove Medical Systems",
    "bibliotek systemer": "Bibliotek-Systemer",
    "norconsult informasjonssystemer": "Norconsult",
    "ks fiks": "KS",
    "kommunesektorens organisasjon": "KS",
}

# Company-form and country words dropped from a vendor ("Visma Software AS" -> Visma).
VENDOR_SUFFIXES = frozenset({
    "as", "asa", "ab", "oy", "ltd", "inc", "gmbh", "llc", "norge", "norway", "sverige", "sweden",
    "group", "gruppen",
})

# Hosting words that are never part of a product's name ("Flyt Skole (SaaS)").
NOISE = frozenset({
    "saas", "asp", "skylosning", "skytjeneste", "cloud", "hosted", "hostet", "hosting",
    # Microsoft 365 licence plans, written after the product ("Microsoft 365 E3")
    "e1", "e3", "e5", "a1", "a3", "a5", "f1", "f3",
})

# Status words, dropped in a parenthesis or at the end ("Gerica (ny)", "Familia gammel") but
# kept inside a name ("Helt nytt system").
STATUS = frozenset({
    "ny", "nytt", "nye", "gammel", "gamle", "sky", "skyen", "lokal", "lokalt",
    "lokalinstallert", "test",
})

# Small words dropped everywhere ("Pleie og omsorg", "Veeam Backup & Replication").
STOPWORDS = frozenset({"og", "and", "for", "of", "the", "i", "av", "til"})

# Parenthesised remarks that say what the system was called before: dropped with their content.
FORMER_MARKERS = ("tidl", "for", "ex", "erstatter", "erstattes", "skal", "byttes")

# Written token -> token (real Norwegian abbreviations, applied inside a name).
TOKEN_ABBREVIATIONS: dict[str, str] = {
    "bhg": "barnehage",
    "barnehg": "barnehage",
    "adm": "administrasjon",
    "skoleadm": "skoleadministrasjon",
    "okon": "okonomi",
    "hjemmetj": "hjemmetjeneste",
}

# Numbers that are part of a product's name, not its version ("Public 360", "Microsoft 365").
PROTECTED_NUMBERS = frozenset({"360", "365"})

_H = "Helse og omsorg"
_BV = "Barnevern"
_NAV = "NAV og sosial"
_S = "Skole"
_BH = "Barnehage"
_K = "Kultur og fritid"
_P = "Plan, bygg og geodata"
_T = "Teknisk og eiendom"
_O = "Økonomi"
_L = "Lønn og personal"
_A = "Sak, arkiv og politikk"
_I = "Innbyggerdialog og nettsider"
_F = "Fellesløsninger og infrastruktur"

_BY_AREA: dict[str | None, str] = {
    _H: "helse omsorg pleie plo plos pasientjournal omsorgsjournal legejournal helsestasjon"
        " helsestasjonsjournal skolehelse skolehelsetjeneste skolehelsetjenesten jordmor legevakt"
        " legekontor lege fastlege allmennlege fysioterapi ergoterapi hjemmetjeneste"
        " hjemmetjenesten hjemmesykepleie sykehjem institusjon velferdsteknologi trygghetsalarm"
        " rus psykiatri psykisk tannhelse eldreomsorg helsetjeneste helsetjenester individuell"
        " koordinerende rehabilitering",
    _BV: "barnevern barneverntjeneste barneverntjenesten barnevernstjeneste barnevernet",
    _NAV: "nav sosial sosialtjeneste sosialtjenesten sosialhjelp flyktning flyktninger"
          " flyktningtjeneste introduksjonsprogram bosetting",
    _S: "skole skoler grunnskole sfo skoleadministrasjon skoleadministrativt ppt elev elever"
        " laering laeringsplattform lms undervisning voksenopplaering",
    _BH: "barnehage barnehager barnehageopptak barnehageadministrasjon",
    _K: "bibliotek biblioteksystem kulturskole kultur fritid booking utleie frivillighet",
    _P: "planregister byggesak byggesaker byggsak oppmaling matrikkel kart kartlosning"
        " geodata gis landbruk seksjonering",
    _T: "fdv vedlikehold eiendomsforvaltning vann avlop va renovasjon vei veg park feiing"
        " brann teknisk energi energioppfolging",
    _O: "okonomi okonomisystem regnskap budsjett budsjettering faktura fakturering"
        " fakturabehandling innkjop anskaffelse anskaffelser erp reskontro",
    _L: "lonn personal hr hrm turnus turnusplanlegging arbeidstid rekruttering kompetanse"
        " ressursstyring timeregistrering reiseregning",
    _A: "sak saksbehandling arkiv sakarkiv arkivsystem politisk politikk motebehandling moter"
        " postjournal innsyn noark",
    _I: "nettside nettsider hjemmeside publisering cms chatbot innbygger sentralbord"
        " kontaktsenter eskjema",
    _F: "backup sikkerhetskopi epost kontorstotte virtualisering servicedesk brukerstotte"
        " infrastruktur nettverk antivirus",
    None: "system systemet fagsystem modul moduler app mobil portal losning programvare tjeneste"
          " tjenester kommune kommunal web administrasjon journal eiendom eiendomsskatt bygg"
          " drift digital integrasjon rapportering analyse database skjema plan hms internkontroll"
          " kvalitet kvalitetssystem avvik avvikssystem",
}

# Second halves of compounds that only say "a tool for": "budsjettverktøy", "arkivsystem".
COMPOUND_TAILS = ("system", "systemet", "verktoy", "losning", "modul", "portal", "program",
                  "app", "plattform", "journal")


class Descriptive(dict[str, str | None]):
    """Folded descriptive word -> its service area (None: says nothing about the area).

    Compounds of a descriptive word and a tool word are descriptive too, with the area of the
    first half ("budsjettverktoy" -> Økonomi).
    """

    def __init__(self, words: dict[str, str | None]) -> None:
        super().__init__(words)
        self._not: set[str] = set()  # words known not to be descriptive (a cache)

    def __contains__(self, word: object) -> bool:
        if dict.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < 7 or word in self._not:
            return False
        for tail in COMPOUND_TAILS:
            head = word[:-len(tail)]
            if word.endswith(tail) and len(head) >= 3:
                for h in (head, head[:-1] if head.endswith("s") else head):
                    if dict.__contains__(self, h):
                        self[word] = dict.__getitem__(self, h)
                        return True
        if len(self._not) < 200_000:
            self._not.add(word)
        return False

    def __missing__(self, word: str) -> str | None:
        if word in self:
            return dict.__getitem__(self, word)
        raise KeyError(word)

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if word in self:
            return dict.__getitem__(self, word)
        return default


DESCRIPTIVE: dict[str, str | None] = Descriptive(
    {word: area for area, words in _BY_AREA.items() for word in words.split()}
)


# The catalogue's vendors and abbreviations when the keys were frozen (desktop/resources/catalogue/
# fagsystemer.csv of that time): new catalogue vendors and abbreviations are for matching only.
KEY_VENDORS: tuple[str, ...] = (
    "Acos", "Ambita", "Axiell", "Bibliotek-Systemer", "Boost.ai", "Citrix", "Compilo",
    "CompuGroup Medical", "DIPS", "Digdir", "Dignio", "Documaster", "Enonic", "Esri", "Facilit",
    "Famac", "FirstAgenda", "Framsikt", "Friskus", "Google", "Hove Medical Systems", "IMDi", "IST",
    "Infodoc", "Jobbnorge", "KS", "Kidplan", "Landax", "Mercell", "Microsoft", "Netcompany",
    "Norconsult", "Norkart", "Plania", "Posten", "Puzzel", "Safemate", "Sikri", "Skooler",
    "Speedadmin", "TOPdesk", "Tietoevry", "Unit4", "VMware", "Veeam", "Vigilo", "Visma", "Volue",
    "Xledger", "itslearning",
)
KEY_ABBREVIATIONS: dict[str, str] = {
    "VFS": "Visma Flyt Skole", "UBW": "Unit4 ERP", "P360": "Public 360",
    "M365": "Microsoft 365", "O365": "Microsoft 365", "NIR": "Nasjonalt introduksjonsregister",
    "VIS": "Visma InSchool",
}
