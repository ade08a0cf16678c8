"""The word tables of matching: the frozen key tables (`key_lexicon`) and what matching adds.

Every word is in folded form (see `normalize.fold`). These tables decide how names are compared,
never how they are keyed, so they may grow as names are learned:
- vendors with their former names and the government agencies that publish national systems
  ("Unique Profil" is Visma's Profil, "IMDi NIR" is NIR), taken out wherever they stand;
- descriptive words that say who uses a system or how ("elev", "foresatte", "mobil",
  "innsyn", "saksbehandling", "appen"): they belong to no service area, so a product name
  followed by them is still the product;
- words that say a service area which the frozen key tables lack ("alarmsentral": Helse og
  omsorg), read like the key tables' descriptive words;
- Nynorsk spellings of common words, read as their Bokmål form ("skule" -> "skole",
  "føresette" -> "foresatte"): municipalities write both standards;
- the "www" of a web address written as the name ("www.regionalforvaltning.no"; the domain
  ending is dropped by the key tables already).
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.catalogue import key_lexicon as key
from desktop.core.catalogue.key_lexicon import (
    COMPOUND_TAILS,
    PROTECTED_NUMBERS,
    STATUS,
    STOPWORDS,
    TOKEN_ABBREVIATIONS,
    Descriptive,
)

__all__ = [
    "AGENCIES", "COMPOUND_TAILS", "DESCRIPTIVE", "FORMER_MARKERS", "FUNCTION_WORDS", "NOISE",
    "PROTECTED_NUMBERS", "USE_WORDS", "use_base",
    "STATUS",
    "STOPWORDS", "TOKEN_ABBREVIATIONS", "TOKEN_VARIANTS", "VENDOR_ALIASES", "VENDOR_SUFFIXES",
]

# Former names of vendors (bought, merged or renamed) -> the vendor's name today. Not a word
# that is also a product's name ("Agresso", "Profdoc" are products).
FORMER_VENDORS: dict[str, str] = {
    "unique": "Visma",
    "unique software": "Visma",
    "visma unique": "Visma",
    "edb": "Tietoevry",
    "edb ergogroup": "Tietoevry",
    "ergogroup": "Tietoevry",
    "ergo group": "Tietoevry",
    "tieto enator": "Tietoevry",
    "tietoenator": "Tietoevry",
    "evry ergo": "Tietoevry",
    "norkart geoservice": "Norkart",
    "ist norge": "IST",
    "norconsult digital": "Norconsult",
    "nois": "Norconsult",
    "uninett": "Sikt",  # Uninett became part of Sikt in 2022 (Feide, eduroam)
    "doro": "Careium",
    "doro care": "Careium",
}

# Government agencies and the KS family, which publish national systems ("KS Fiks SvarUt").
AGENCIES: dict[str, str] = {
    "imdi": "IMDi",
    "integrerings og mangfoldsdirektoratet": "IMDi",
    "ks": "KS",
    "fiks": "KS",
    "ks fiks": "KS",
    "digdir": "Digdir",
    "difi": "Digdir",
    "digitaliseringsdirektoratet": "Digdir",
    "nav": "NAV",
    "kartverket": "Kartverket",
    "statens kartverk": "Kartverket",
    "helsedirektoratet": "Helsedirektoratet",
    "ehelse": "Direktoratet for e-helse",
    "direktoratet for ehelse": "Direktoratet for e-helse",
    "norsk helsenett": "Norsk helsenett",
    "nhn": "Norsk helsenett",
    "udir": "Utdanningsdirektoratet",
    "utdanningsdirektoratet": "Utdanningsdirektoratet",
    "bufdir": "Bufdir",
    "skatteetaten": "Skatteetaten",
    "brreg": "Brønnøysundregistrene",
    "bronnoysundregistrene": "Brønnøysundregistrene",
    "husbanken": "Husbanken",
    "arkivverket": "Arkivverket",
    "dibk": "DiBK",
    "direktoratet for byggkvalitet": "DiBK",
    "helfo": "Helfo",
    "fhi": "FHI",
    "statens vegvesen": "Statens vegvesen",
    "valgdirektoratet": "Valgdirektoratet",
    "landbruksdirektoratet": "Landbruksdirektoratet",
    "ldir": "Landbruksdirektoratet",
    "nibio": "NIBIO",
    "norsk institutt for biookonomi": "NIBIO",
    "riksarkivet": "Arkivverket",
    "folkehelseinstituttet": "FHI",
    "helsedir": "Helsedirektoratet",
    "hdir": "Helsedirektoratet",
    "barne ungdoms familiedirektoratet": "Bufdir",
    "skattedirektoratet": "Skatteetaten",
    "arbeids velferdsetaten": "NAV",
    "arbeids velferdsforvaltningen": "NAV",
    "direktoratet for forvaltning ikt": "Digdir",
    "kommit": "KS",
    "ks kommit": "KS",
    "ks digital": "KS",
    "dsb": "DSB",
    "direktoratet for samfunnssikkerhet beredskap": "DSB",
    "vegvesen": "Statens vegvesen",
    "svv": "Statens vegvesen",
    "nve": "NVE",
    "noregs vassdrags energidirektorat": "NVE",
    "norges vassdrags energidirektorat": "NVE",
    "ssb": "SSB",
    "statistisk sentralbyra": "SSB",
    "miljodirektoratet": "Miljødirektoratet",
    "mattilsynet": "Mattilsynet",
    "riksantikvaren": "Riksantikvaren",
    "ngu": "NGU",
    "norges geologiske undersokelse": "NGU",
    "kulturtanken": "Kulturtanken",
    "sikt": "Sikt",
    "enova": "Enova",
}

VENDOR_ALIASES: dict[str, str] = {**key.VENDOR_ALIASES, **FORMER_VENDORS, **AGENCIES}

# Company-form words after a vendor: the key's, and the forms of public companies
# (interkommunalt selskap, kommunalt and fylkeskommunalt foretak, helseforetak, statsforetak):
# "Vigo IKS VIGO" is VIGO.
VENDOR_SUFFIXES: frozenset[str] = key.VENDOR_SUFFIXES | {"iks", "kf", "fkf", "hf", "sf"}

# Words dropped from a name: the key's, and the "www" of a web address written as the name.
NOISE: frozenset[str] = key.NOISE | {"www"}
# Parenthesised remarks that give another name of the product: dropped with their content, as
# the key tables drop a former name; here also the current name after «nå» / Nynorsk «no»
# («Flexus (nå Kroma)»), «heter nå», «nytt navn», English «now» (`hints` learns the other name)
FORMER_MARKERS: tuple[str, ...] = (*key.FORMER_MARKERS, "na", "no", "now", "heter", "heiter",
                                   "nytt")

# Words that say who uses a system, or through what ("Visma Flyt Skole – elev", "Vigilo
# mobil", "Acos WebSak innsyn", "Familia saksbehandling"): they name no service area.
AUDIENCE = (
    "elev", "elever", "foresatt", "foresatte", "ansatt", "ansatte", "laerer", "laerere",
    "innbygger", "innbyggere", "saksbehandler", "saksbehandlere", "saksbehandling", "innsyn",
    "leder", "ledere", "bruker", "brukere", "klient", "mobil", "mobilapp", "nettbrett", "pc",
    "webklient", "nettleser", "brukerportal", "minside", "foreldre", "publikum",
    "appen", "appene", "appar", "foresattapp", "foresattportal", "foresattportalen",
    "foreldreportal", "foreldreportalen", "elevportal", "elevportalen", "ansattportal",
    "ansattportalen", "utdanning", "education", "edu",
)

# Words that say what kind of tool or access a name is, not which product ("Matrikkel-API",
# "Itslearning-plattformen", "Feide-konto", "Feide innlogging"): like the key tables'
# "system", "portal", "løsning". The access words name no service area: a login or an
# account to a school's system is the school's system.
TOOL_WORDS = ("api", "apiet", "plattform", "plattformen", "losningen", "portalen", "modulen",
              "systemet", "tjenesten", "verktoy", "verktoyet", "program", "programmet", "konto",
              "kontoen", "kontoer", "brukerkonto", "brukerkontoer", "innlogging", "palogging",
              "tilgang", "tilganger", "lisens", "lisenser")

# What a name adds when it is the product's app, portal or view for some of its users, or the
# kind of thing the product is ("Helsenorge-appen", "Vigilo foresatt", "BizTalk Server"): one
# return may list the product and these beside it, and they are still the one product.
USE_WORDS = frozenset((*AUDIENCE, *TOOL_WORDS, *key.COMPOUND_TAILS, "app", "appen", "portalen",
                       "losningen", "plattformen", "modulen", "server", "web", "klient",
                       "mobilappen", "nettside", "minside"))

# Nynorsk spellings -> Bokmål (folded), for matching only: "Visma Flyt Skule", "føresett-app".
TOKEN_VARIANTS: dict[str, str] = {
    "skule": "skole", "skular": "skoler", "grunnskule": "grunnskole",
    "foresett": "foresatt", "foresette": "foresatte", "foresettportal": "foresattportal",
    "foresettportalen": "foresattportalen", "foresettapp": "foresattapp",
    "tilsett": "ansatt", "tilsette": "ansatte", "leiar": "leder", "leiarar": "ledere",
    "brukar": "bruker", "brukarar": "brukere", "innbyggjar": "innbygger",
    "innbyggjarar": "innbyggere", "barnehagar": "barnehager", "heimeteneste": "hjemmetjeneste",
    "heimetenesta": "hjemmetjenesten", "heimesjukepleie": "hjemmesykepleie",
    "sjukeheim": "sykehjem", "helseteneste": "helsetjeneste", "helsetenester": "helsetjenester",
    "teneste": "tjeneste", "tenester": "tjenester", "tenesta": "tjenesten",
    "sakshandsaming": "saksbehandling", "saksbehandlar": "saksbehandler",
    "sakshandsamar": "saksbehandler", "loysing": "losning", "eigedom": "eiendom",
    "eigedomsskatt": "eiendomsskatt", "lon": "lonn", "barnevernstenesta": "barneverntjenesten",
    "barneverntenesta": "barneverntjenesten",
    "rekneskap": "regnskap", "heimeside": "hjemmeside", "nettstad": "nettsted",
    "sjukepleie": "sykepleie", "elevar": "elever", "laerar": "laerer", "laerarar": "laerere",
    "eigedomsforvaltning": "eiendomsforvaltning", "vatn": "vann", "avlaup": "avlop",
    "byggjesak": "byggesak", "tilsetjing": "ansettelse", "fraver": "fravaer",
    "vaktplanar": "vaktplan", "timeplanar": "timeplan", "legemiddelhandtering": "medisinering",
}

# Words that say a service area, for matching only (the key tables are frozen): the
# trygghetsalarm family of Helse og omsorg ("Doro-alarmen", "Careium trygghetssentral"), the tax
# accounts of Økonomi ("SOFIE skatteregnskap"), admission to upper secondary ("Vigo inntak"),
# the school-home message book ("Transponder Meldingsbok": a function, not a product).
AREA_WORDS: dict[str, str] = dict.fromkeys((
    "alarm", "alarmen", "alarmer", "alarmsentral", "alarmsentralen", "trygghetsalarmen",
    "trygghetsalarmer", "trygghetssentral", "trygghetssentralen", "responssenter",
    "responssenteret",
    "medisinrobot",
), "Helse og omsorg") | dict.fromkeys((
    "skatteregnskap", "skatteregnskapet", "skatteinnkreving", "innkreving", "innfordring",
    "fakturagodkjenning", "fakturamottak", "ehf",
), "Økonomi") | dict.fromkeys((
    "inntak", "inntakssystem", "fagopplaering", "meldingsbok", "meldingsboka", "meldingsboken",
), "Skole")

# What municipalities write after (or before) a product's name to say what they use it for,
# by the service area the word says (None: no area), for matching only: "Mercell anbud",
# "Bramo medisinering", "Kvistad timeplan". A word that is also a product's own word stays
# out ("samhandling", "office", "arealplan", "varsle").
FUNCTION_WORDS: dict[str, str | None] = dict.fromkeys((
    "anbud", "anbudsportal", "konkurranse", "konkurransegjennomforing", "kontrakt",
    "kontrakter", "kontraktsoppfolging", "avtaleforvaltning", "innkjopsportal", "ehandel",
    "bestilling", "bestillinger", "bilag", "bilagsbehandling", "attestasjon", "kemner",
    "skatteoppkreving", "gebyr", "gebyrer", "inkasso", "betaling", "nettbetaling", "kasse",
    "kassesystem", "okonomistyring", "prosjektregnskap", "okonomiplan", "lonnsomhet",
    "fakturaflyt", "purring", "purringer", "aksesspunkt", "efaktura",
), "Økonomi") | dict.fromkeys((
    "fravaer", "sykefravaer", "sykefravaersoppfolging", "ferie", "medarbeidersamtale",
    "medarbeidersamtaler", "vaktplan", "vaktplanlegging", "bemanning", "bemanningsplan",
    "tidsregistrering", "timeliste", "timelister", "utlegg", "vikar", "vikarer", "lonnsslipp",
    "timeregistrering",
    "personalhandbok", "ansettelse", "ansettelser", "onboarding", "stillingsannonse",
    "medarbeiderundersokelse", "arbeidsavtale", "arbeidsavtaler",
), "Lønn og personal") | dict.fromkeys((
    "fysio", "ergo", "medisindispenser", "legemiddeldispenser", "dispenser",
    "sykepleie", "omsorgstjeneste", "omsorgstjenester", "legemiddel", "legemidler", "medisin",
    "medisiner", "medisinering", "medisineringsstotte", "dosett", "multidose", "korttid",
    "dagsenter", "habilitering", "avlastning", "helsesoster", "helsesykepleier",
    "fysioterapeut", "ergoterapeut", "demens", "fallalarm", "pasient", "pasienter",
    "epikrise", "timebestilling", "tannlege", "smittevern", "vaksinasjon", "vaksine",
    "vaksiner", "hjemmebaserte", "hjelpemiddel", "hjelpemidler",
    "epj", "medisinutdeler", "hjemmeoppfolging", "legemiddeloppslag",
), "Helse og omsorg") | dict.fromkeys((
    "fosterhjem", "beredskapshjem", "barnevernsvakt",
), "Barnevern") | dict.fromkeys((
    "bostotte", "startlan", "introduksjon", "integrering", "kvalifiseringsprogram", "tolk",
    "tolketjeneste", "tolkebestilling", "stonad",
), "NAV og sosial") | dict.fromkeys((
    "vurdering", "karakter", "karakterer", "timeplan", "timeplanlegging", "skolefritid",
    "skolefritidsordning", "leksehjelp", "skoleskyss", "spesialundervisning", "pedagogisk",
    "videregaende", "vgs", "laerling", "laerlinger", "laerebedrift", "eksamen", "kartlegging",
    "kartleggingsprover", "elevmappe", "klasserom",
), "Skole") | dict.fromkeys((
    "kino", "billett", "billetter", "billettsalg", "utlan", "arrangement", "arrangementer",
    "aktivitet", "aktiviteter", "forening", "foreninger", "idrett", "svommehall",
    "romutleie", "musikkskole", "fritidsklubb", "museum",
    "aktivitetskalender", "idrettshall", "idrettshaller", "folkebibliotek", "skolebibliotek",
), "Kultur og fritid") | dict.fromkeys((
    "plansak", "plansaker", "plansaksbehandling", "reguleringsplan", "reguleringsplaner",
    "situasjonskart", "eiendomsinformasjon", "eiendomsregister", "grunnbok", "adressering",
    "kartdata", "karttjeneste", "kartportal", "ortofoto", "landmaling", "dispensasjon",
    "nabovarsel", "byggesoknad", "byggesoknader", "ferdigattest", "gravemelding",
    "planinnsyn", "jordbruk", "skogbruk",
    "kartinnsyn", "matrikkelforing",
), "Plan, bygg og geodata") | dict.fromkeys((
    "vannverk", "ledningsnett", "slam", "septik", "avfall", "hentekalender", "tomming",
    "eiendomsdrift", "byggdrift", "vaktmester", "renhold", "energistyring", "driftsstyring",
    "adgangskontroll", "parkering", "brannvern", "boligforvaltning",
    "arbeidsordre", "tommekalender", "ledningskartverk", "ledningsdatabase",
), "Teknisk og eiendom") | dict.fromkeys((
    "journalforing", "arkivering", "dokumenthandtering", "dokumentbehandling", "postmottak",
    "arkivkjerne", "noarkkjerne",
    "skanning", "arkivuttrekk", "uttrekk", "depot", "avlevering", "postliste",
    "moteportal", "folkevalgte", "politikerportal", "esignering", "forsendelse", "utsending",
    "ekspedering", "signering", "signatur", "esignatur", "moteapp",
), "Sak, arkiv og politikk") | dict.fromkeys((
    "chat", "nettprat", "skjemaer", "eskjemaer", "selvbetjening", "nettsted", "sms",
    "postkasse",
    "kunngjoring", "nyhetsbrev", "tilbakemelding",
    "kundesenter",
), "Innbyggerdialog og nettsider") | dict.fromkeys((
    "telefoni", "mobiltelefoni", "videomote", "skylagring", "fillagring", "filserver",
    "brannmur", "identitetsstyring", "tilgangsstyring", "palogging", "innlogging",
    "enhetshandtering", "mdm", "utskrift", "overvaking", "logging", "informasjonssikkerhet",
    "datavarehus", "statistikk", "styringsdata", "dashboard",
    "itsm", "helpdesk", "print", "vpn", "moterom",
), "Fellesløsninger og infrastruktur") | dict.fromkeys((
    "risiko", "beredskap", "handbok", "prosjektstyring", "oppgave", "oppgaver",
    "intranett", "ekstranett", "opptak", "krisestotte", "krisehandtering", "3d", "ipad",
    "iphone", "android",
    # editions of a product, not other products («Jamf Pro», «Exchange Online», «Elements
    # Cloud»); a vendor before them stays in the name («Lovdata Pro» is not a product «Pro»)
    "pro", "plus", "online", "cloud", "premium", "basic", "standard", "lite", "light",
    "express",
    "proplus", "kalender", "lokaler", "anlegg", "dialog",
    "arbeidsflyt", "varsling", "dokument", "dokumenter", "elektronisk", "sikkerhet",
    "personvern", "kommunikasjon", "server",
    "registrering", "integrasjoner", "oppslagsverk", "fagprosedyrer", "handboker",
    "kriseledelse",
))

DESCRIPTIVE: dict[str, str | None] = Descriptive(
    {**FUNCTION_WORDS, **dict(dict.items(key.DESCRIPTIVE)), **dict.fromkeys(AUDIENCE),
     **dict.fromkeys(TOOL_WORDS), **AREA_WORDS})

# Endings of the definite and plural forms of nouns («dispensere», «tjenestene», «modulen»)
_ENDINGS = ("ene", "ane", "ne", "er", "ar", "en", "et", "a", "e")


@lru_cache(maxsize=65536)
def use_base(word: str) -> str | None:
    """The descriptive word a word added to a product's name is, as written or as the base of
    a definite or plural form («dispensere»: «dispenser»), else None. Only for the words added
    to a known name: a name made of such words alone is still read as written."""
    if word in DESCRIPTIVE:
        return word
    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 5 and stem in DESCRIPTIVE:
            return stem
    return None
