"""parse_cell: one questionnaire cell to one typed value, for every messy form a return has.

Each case is (cell, expected value, interpreted, severity, code); a problem's message must quote
the raw text as typed (and be one Norwegian sentence).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import unicodedata

import pytest

from desktop.core.importing.values import Parsed, Problem, parse_cell
from desktop.core.questionnaire.spec import (
    BOUGHT_SERVICES,
    INFRASTRUCTURE,
    MUNICIPALITY,
    STAFFING,
    SYSTEMS,
    Field,
    Kind,
)

USERS = SYSTEMS.field("users")  # integer
COST = SYSTEMS.field("annual_cost")  # amount
FTE = SYSTEMS.field("management_fte")  # decimal
END = SYSTEMS.field("contract_end")  # date
HOSTING = SYSTEMS.field("hosting")  # list B
AREA = SYSTEMS.field("service_area")  # list A
NAME = SYSTEMS.field("name")  # text
VERSION = SYSTEMS.field("version")  # text
FUNCTION = STAFFING.field("function")  # list C
INFRA = INFRASTRUCTURE.field("service")  # list D, closed
BOUGHT = BOUGHT_SERVICES.field("service")  # list D, open
NUMBER = MUNICIPALITY.field("number")
EMAIL = MUNICIPALITY.field("email")
D = dt.date


def c(cell: object, value: object, interpreted: bool = False, severity: str | None = None,
      code: str | None = None) -> tuple[object, object, bool, str | None, str | None]:
    return (cell, value, interpreted, severity, code)


def approx(v: str | int) -> tuple[object, object, bool, str, str]:
    return c(v, 10, True, "warning", "approximate")


def unknown(v: str) -> tuple[object, object, bool, str, str]:
    return c(v, None, False, "info", "unknown_marker")


def err(v: object, code: str) -> tuple[object, object, bool, str, str]:
    return c(v, None, False, "error", code)


def warn(v: object, value: object, code: str) -> tuple[object, object, bool, str, str]:
    return c(v, value, True, "warning", code)


def check(field: Field, cell: object, value: object, interpreted: bool, severity: str | None,
          code: str | None) -> Parsed:
    p = parse_cell(field, cell)
    assert (p.value, p.interpreted) == (value, interpreted), p
    if isinstance(value, float):
        assert type(p.value) is float
    elif isinstance(value, int):
        assert type(p.value) is int, "whole numbers stay int"
    if severity is None:
        assert p.problem is None, p.problem
    else:
        assert p.problem is not None, p
        assert (p.problem.severity, p.problem.code) == (severity, code), p.problem
        quoted = " ".join(str(p.raw).split())
        assert f"«{quoted}»" in p.problem.message, "the message quotes the raw text"
        assert p.problem.message.endswith(".") and "\n" not in p.problem.message
    if p.problem is not None and p.problem.severity == "error":
        assert p.value is None and p.raw is not None, "an unreadable value keeps its raw text"
    if interpreted:
        assert p.problem is not None and p.problem.severity == "warning", "guesses are flagged"
    return p


def ids(cases: list[tuple[object, ...]]) -> list[str]:
    return [repr(case[0]) for case in cases]


# ---------------------------------------------------------------------------- empty cells


@pytest.mark.parametrize("field", [USERS, COST, FTE, END, HOSTING, BOUGHT, NAME, NUMBER, EMAIL],
                         ids=lambda f: f.key)
@pytest.mark.parametrize("cell", [None, "", "   ", "\u00a0", "\n", " \t "], ids=repr)
def test_an_empty_cell_is_no_value_and_no_problem(field: Field, cell: object) -> None:
    assert parse_cell(field, cell) == Parsed(None, None, False, None)


# ---------------------------------------------------------------------------- integers

INTEGER_CASES = [
    c(12, 12), c(12.0, 12), c(0, 0), c(0.0, 0), c("0", 0), c("12", 12), c(" 12 ", 12),
    c("007", 7), c("1 200", 1200), c("1\u00a0200", 1200), c("1\u202f200", 1200),
    c("1 200 000", 1200000), c("2,0", 2), c("kr 45 000,-", 45000), c("+10", 10),
    c(30.000000000000004, 30),  # float noise from a formula is still 30
    err(2.5, "not_whole_number"), err("2,5", "not_whole_number"),
    err("2,5 stk", "not_whole_number"), err("1.5", "not_whole_number"),
    err(-3, "negative"), err(-3.5, "negative"), err("-5", "negative"), err("−5", "negative"),
    err("- 5", "negative"),
    err(True, "not_a_number"), err(False, "not_a_number"),
    err(math.nan, "not_a_number"), err(math.inf, "not_a_number"),
    err(D(2026, 2, 1), "not_a_number"), err(dt.datetime(2026, 2, 1), "not_a_number"),
    err(dt.time(10, 12), "not_a_number"),
    warn("45.000", 45000, "ambiguous_thousands"), warn("1,200", 1200, "ambiguous_thousands"),
    warn("1.200.000", 1200000, "thousands_separator"),
    warn("1,200,000", 1200000, "thousands_separator"),
    warn("12.0", 12, "decimal_point"),
    approx("ca. 10"), approx("ca 10"), approx("Ca. 10"), approx("ca.10"), approx("CA 10"),
    approx("omtrent 10"), approx("cirka 10"), approx("~10"), approx("~ 10"), approx(">10"),
    approx("> 10"), approx("<10"), approx("≈10"), approx("over 10"), approx("minst 10"),
    approx("om lag 10"), approx("rundt 10"), approx("10+"), approx("10?"), approx("ca. 10 stk"),
    warn("10-12", 11, "range"), warn("10–12", 11, "range"), warn("10 - 12", 11, "range"),
    warn("10 — 12", 11, "range"), warn("10 til 12", 11, "range"), warn("ca. 10-12", 11, "range"),
    warn("10-11", 11, "range"), warn("1 000-2 000", 1500, "range"),
    warn("5-10 000", 7500, "range"),  # 5 000 to 10 000, as people shorten it
    unknown("?"), unknown("??"), unknown("ukjent"), unknown("Ukjent"), unknown("UKJENT"),
    unknown("vet ikke"), unknown("Vet ikke."), unknown("vet  ikke"), unknown("-"),
    unknown("--"), unknown("–"), unknown("—"), unknown("n/a"), unknown("N/A"), unknown("x"),
    unknown("X"), unknown("ukjend"), unknown("veit ikkje"), unknown("ikke oppgitt"),
    warn("ingen", 0, "word_as_number"), warn("null", 0, "word_as_number"),
    warn("10 stk", 10, "number_with_text"), warn("3 servere", 3, "number_with_text"),
    warn("10 stk.", 10, "number_with_text"),
    err("mange", "not_a_number"), err("se vedlegg", "not_a_number"),
    err("10 eller 12", "not_a_number"), err("Totalt 10", "not_a_number"),
    err("10 12", "not_a_number"), err("kr", "not_a_number"), err("50 %", "not_a_number"),
    err("2027-12-31", "not_a_number"), err("1.2.3", "not_a_number"), err("10-", "not_a_number"),
    err("=SUM(B2:B5)", "formula_without_value"), err("=B2*2", "formula_without_value"),
    err("#REF!", "formula_error"), err("#N/A", "formula_error"), err("#DIV/0!", "formula_error"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), INTEGER_CASES,
                         ids=ids(INTEGER_CASES))
def test_integer(cell: object, value: object, interpreted: bool, severity: str | None,
                 code: str | None) -> None:
    check(USERS, cell, value, interpreted, severity, code)


# ---------------------------------------------------------------------------- amounts

AMOUNT_CASES = [
    c(185000, 185000), c(185000.0, 185000), c(1200.5, 1200.5), c("0", 0), c("kr 0,-", 0),
    c("kr 45 000,-", 45000), c("kr 45 000", 45000), c("kr. 45 000", 45000),
    c("45 000 kr", 45000), c("45 000,-", 45000), c("45 000.-", 45000), c("45000 NOK", 45000),
    c("NOK 45 000", 45000), c("45 000 kroner", 45000), c("45\u00a0000\u00a0kr", 45000),
    c("1 200,50", 1200.5), c("kr 1 200,50", 1200.5), c("45 000 kr/år", 45000),
    c("45 000 pr. år", 45000), c("45 000 per år", 45000), c("2,5", 2.5),
    warn("45.000", 45000, "ambiguous_thousands"), warn("kr 45.000", 45000, "ambiguous_thousands"),
    warn("45,000 kr", 45000, "ambiguous_thousands"), warn("45,000kr", 45000, "ambiguous_thousands"),
    c("45,00 kr", 45), c("45,0000", 45),
    warn("45.000,-", 45000, "thousands_separator"),
    warn("1.200.000", 1200000, "thousands_separator"),
    warn("kr. 1.200.000,-", 1200000, "thousands_separator"),
    warn("1.200,50", 1200.5, "thousands_separator"),
    warn("1200.50", 1200.5, "decimal_point"),
    warn("1,5 mill", 1500000, "scaled"), warn("1,5 mill. kr", 1500000, "scaled"),
    warn("kr 1,5 millioner", 1500000, "scaled"), warn("2 MNOK", 2000000, "scaled"),
    warn("450 tusen", 450000, "scaled"), warn("450k", 450000, "scaled"),
    warn("1,1 mill", 1100000, "scaled"),
    warn("5 000 kr/mnd", 60000, "per_month"), warn("5000 pr. mnd", 60000, "per_month"),
    warn("5 000 per måned", 60000, "per_month"),
    warn("ca. 45 000", 45000, "approximate"), warn("ca kr 45 000,-", 45000, "approximate"),
    warn("40 000-50 000", 45000, "range"), warn("ca. 40-50 000", 45000, "range"),
    unknown("?"), unknown("ukjent"), unknown("-"),
    err("-5 000", "negative"), err(-5, "negative"), err("50 %", "not_a_number"),
    err("se budsjett", "not_a_number"), err("=SUM(H2:H9)", "formula_without_value"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), AMOUNT_CASES,
                         ids=ids(AMOUNT_CASES))
def test_amount(cell: object, value: object, interpreted: bool, severity: str | None,
                code: str | None) -> None:
    check(COST, cell, value, interpreted, severity, code)


# ---------------------------------------------------------------------------- decimals

DECIMAL_CASES = [
    c("2,5", 2.5), c("0,2", 0.2), c(",5", 0.5), c("1,500", 1.5), c(1, 1.0), c(0, 0.0),
    c(0.2, 0.2), c("812,5", 812.5), c("1 200,5", 1200.5), c("0", 0.0), c("2", 2.0),
    warn("0.5", 0.5, "decimal_point"), warn(".5", 0.5, "decimal_point"),
    warn("1.500", 1.5, "ambiguous_thousands"),
    warn("2,5 årsverk", 2.5, "number_with_text"), warn("0,5 stilling", 0.5, "number_with_text"),
    warn("20 %", 0.2, "percent"), warn("50% stilling", 0.5, "percent"),
    warn("50 prosent", 0.5, "percent"),
    warn("ca. 0,5", 0.5, "approximate"), warn("0,5-1", 0.75, "range"),
    warn("2-3 årsverk", 2.5, "range"),
    unknown("?"), unknown("vet ikke"),
    err("-0,5", "negative"), err("litt", "not_a_number"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), DECIMAL_CASES,
                         ids=ids(DECIMAL_CASES))
def test_decimal(cell: object, value: object, interpreted: bool, severity: str | None,
                 code: str | None) -> None:
    check(FTE, cell, value, interpreted, severity, code)


def test_the_staffing_fte_column_is_read_the_same_way() -> None:
    check(STAFFING.field("fte"), "2,5", 2.5, False, None, None)
    check(STAFFING.field("fte"), "2.5", 2.5, True, "warning", "decimal_point")


# ---------------------------------------------------------------------------- dates

Y27 = D(2027, 12, 31)
DATE_CASES = [
    c(dt.datetime(2027, 12, 31), Y27), c(dt.datetime(2027, 12, 31, 10, 30), Y27), c(Y27, Y27),
    c("31.12.2027", Y27), c("31.12.27", Y27), c("31/12/2027", Y27), c("31/12/27", Y27),
    c("2027-12-31", Y27), c("2027.12.31", Y27), c("31-12-2027", Y27), c("31. 12. 2027", Y27),
    c(" 31.12.2027 ", Y27), c("31.12.2027.", Y27), c("31.12.2027 00:00:00", Y27),
    c("2027-12-31 00:00:00", Y27), c("2027-12-31T00:00", Y27), c("1.1.2027", D(2027, 1, 1)),
    c("01.01.30", D(2030, 1, 1)), c("31. desember 2027", Y27), c("31. des. 2027", Y27),
    c("31 des 2027", Y27), c("31. Desember 2027", Y27), c("1. mars 2027", D(2027, 3, 1)),
    c("innen 31.12.2027", Y27), c("Utløper 31.12.2027", Y27),
    warn(46387, D(2026, 12, 31), "excel_serial_date"),
    warn(46387.0, D(2026, 12, 31), "excel_serial_date"),
    warn(46387.75, D(2026, 12, 31), "excel_serial_date"),
    warn("46387", D(2026, 12, 31), "excel_serial_date"),
    warn(2027, Y27, "year_only"), warn(2027.0, Y27, "year_only"),
    warn("2027", Y27, "year_only"), warn("ca. 2027", Y27, "year_only"),
    warn("utgangen av 2027", Y27, "year_only"),
    warn("des. 2027", Y27, "month_year"), warn("des 2027", Y27, "month_year"),
    warn("Des. 2027", Y27, "month_year"), warn("desember 2027", Y27, "month_year"),
    warn("Desember 2027", Y27, "month_year"), warn("12.2027", Y27, "month_year"),
    warn("12/2027", Y27, "month_year"), warn("12-2027", Y27, "month_year"),
    warn("2027-12", Y27, "month_year"),
    warn("jan 2027", D(2027, 1, 31), "month_year"),
    warn("jan. 2027", D(2027, 1, 31), "month_year"),
    warn("januar 2027", D(2027, 1, 31), "month_year"),
    warn("feb 2027", D(2027, 2, 28), "month_year"),
    warn("feb. 2028", D(2028, 2, 29), "month_year"),
    warn("februar 2027", D(2027, 2, 28), "month_year"),
    warn("mar 2027", D(2027, 3, 31), "month_year"),
    warn("mars 2027", D(2027, 3, 31), "month_year"),
    warn("apr. 2027", D(2027, 4, 30), "month_year"),
    warn("april 2027", D(2027, 4, 30), "month_year"),
    warn("mai 2027", D(2027, 5, 31), "month_year"),
    warn("jun 2027", D(2027, 6, 30), "month_year"),
    warn("juni 2027", D(2027, 6, 30), "month_year"),
    warn("jul. 2027", D(2027, 7, 31), "month_year"),
    warn("juli 2027", D(2027, 7, 31), "month_year"),
    warn("aug 2027", D(2027, 8, 31), "month_year"),
    warn("august 2027", D(2027, 8, 31), "month_year"),
    warn("sep 2027", D(2027, 9, 30), "month_year"),
    warn("sept. 2027", D(2027, 9, 30), "month_year"),
    warn("september 2027", D(2027, 9, 30), "month_year"),
    warn("okt 2027", D(2027, 10, 31), "month_year"),
    warn("oktober 2027", D(2027, 10, 31), "month_year"),
    warn("nov. 2027", D(2027, 11, 30), "month_year"),
    warn("november 2027", D(2027, 11, 30), "month_year"),
    warn("6.2027", D(2027, 6, 30), "month_year"),
    warn("Q4 2027", Y27, "period"), warn("4. kvartal 2027", Y27, "period"),
    warn("1. kvartal 2027", D(2027, 3, 31), "period"),
    warn("1. halvår 2027", D(2027, 6, 30), "period"), warn("2. halvår 2027", Y27, "period"),
    unknown("løpende"), unknown("Løpende"), unknown("ingen"), unknown("ubestemt"),
    unknown("tidsubestemt"), unknown("ukjent"), unknown("?"), unknown("-"), unknown("vet ikke"),
    unknown("n/a"),
    err("31.02.2027", "invalid_date"), err("29.02.2027", "invalid_date"),
    err("30.13.2027", "invalid_date"), err("13.2027", "invalid_date"),
    err("2027-02-30", "invalid_date"), err("31.12.0207", "invalid_date"),
    err("snart", "not_a_date"), err("31.12", "not_a_date"), err("neste år", "not_a_date"),
    err("31. smurf 2027", "not_a_date"), err(123, "not_a_date"), err(100000, "not_a_date"),
    err(-5, "not_a_date"), err(True, "not_a_date"), err(dt.time(10, 30), "not_a_date"),
    err("=TODAY()", "formula_without_value"), err("#VALUE!", "formula_error"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), DATE_CASES,
                         ids=ids(DATE_CASES))
def test_date(cell: object, value: object, interpreted: bool, severity: str | None,
              code: str | None) -> None:
    check(END, cell, value, interpreted, severity, code)


def test_interpreted_dates_say_what_they_were_read_as() -> None:
    p = parse_cell(END, "des. 2027")
    assert p.problem and "31.12.2027" in p.problem.message and "måned" in p.problem.message
    p = parse_cell(END, 46387)
    assert p.problem and "31.12.2026" in p.problem.message and "Excel" in p.problem.message
    p = parse_cell(END, "2027")
    assert p.problem and "31.12.2027" in p.problem.message and "året" in p.problem.message


# ---------------------------------------------------------------------------- e-mail

EMAIL_CASES = [
    c("ola@kommune.no", "ola@kommune.no"), c(" ola@kommune.no\u00a0", "ola@kommune.no"),
    c("mailto:ola@kommune.no", "ola@kommune.no"),
    c("Ola.Nordmann@Oslo.Kommune.no", "Ola.Nordmann@Oslo.Kommune.no"),
    c("postmottak@nesodden.kommune.no", "postmottak@nesodden.kommune.no"),
    c("ola@x.z", "ola@x.z"),
    c("ola.nordmann", "ola.nordmann", False, "warning", "invalid_email"),
    c("ola@kommune", "ola@kommune", False, "warning", "invalid_email"),
    c("Ola <ola@x.no>", "Ola <ola@x.no>", False, "warning", "invalid_email"),
    c("ola@@x.no", "ola@@x.no", False, "warning", "invalid_email"),
    c(12345, "12345", False, "warning", "invalid_email"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), EMAIL_CASES,
                         ids=ids(EMAIL_CASES))
def test_email(cell: object, value: object, interpreted: bool, severity: str | None,
               code: str | None) -> None:
    check(EMAIL, cell, value, interpreted, severity, code)


# ---------------------------------------------------------------------------- municipality no.

MUNICIPALITY_CASES = [
    c(301, "0301"), c(301.0, "0301"), c("301", "0301"), c("0301", "0301"), c(" 0301 ", "0301"),
    c(4204, "4204"), c("4204", "4204"), c(1018, "1018"),
    err("Oslo", "bad_municipality_number"), err(12, "bad_municipality_number"),
    err("12345", "bad_municipality_number"), err("03O1", "bad_municipality_number"),
    err("0301 Oslo", "bad_municipality_number"), err(True, "bad_municipality_number"),
    err(-301, "bad_municipality_number"), err(301.5, "bad_municipality_number"),
    err("0000", "bad_municipality_number"), err("K-0301", "bad_municipality_number"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"),
                         MUNICIPALITY_CASES, ids=ids(MUNICIPALITY_CASES))
def test_municipality_number(cell: object, value: object, interpreted: bool,
                             severity: str | None, code: str | None) -> None:
    check(NUMBER, cell, value, interpreted, severity, code)


# ---------------------------------------------------------------------------- lists


def fuzzy(v: object, value: str) -> tuple[object, object, bool, str, str]:
    return c(v, value, True, "warning", "list_value_fuzzy")


SAAS, ASP = "Skytjeneste (SaaS)", "Leverandørdrift (ASP)"
OTHER = "Annen kommune eller IKT-samarbeid"
HOSTING_CASES = [
    c("Egen drift", "Egen drift"), c("egen drift", "Egen drift"), c("EGEN DRIFT", "Egen drift"),
    c("  Egen   drift ", "Egen drift"), c("Egen\u00a0drift", "Egen drift"),
    c("egen drift\n", "Egen drift"), c("skytjeneste (saas)", SAAS),
    c("Skytjeneste SaaS", SAAS), c("Leverandørdrift ASP", ASP),
    c("annen kommune eller ikt samarbeid", OTHER),
    fuzzy("SaaS", SAAS), fuzzy("saas", SAAS), fuzzy("ASP", ASP), fuzzy("Sky", SAAS),
    fuzzy("Cloud", SAAS), fuzzy("skyløsning", SAAS), fuzzy("Lokal drift", "Egen drift"),
    fuzzy("Egen server", "Egen drift"), fuzzy("Internt", "Egen drift"),
    fuzzy("Egen", "Egen drift"), fuzzy("on-prem", "Egen drift"), fuzzy("Leverandør", ASP),
    fuzzy("Hosting", ASP), fuzzy("Leverandørdrift", ASP), fuzzy("Levrandørdrift", ASP),
    fuzzy("IKT-samarbeid", OTHER), fuzzy("Interkommunalt", OTHER), fuzzy("Vertskommune", OTHER),
    fuzzy("Annen kommune", OTHER), fuzzy("Annen", OTHER), fuzzy("IKS", OTHER),
    fuzzy("Egen drift (2 servere)", "Egen drift"), fuzzy("Skytjenste (SaaS)", SAAS),
    err("Egen drift, men backup i sky", "list_value_unknown"),  # two values: no guess
    err("Egen drift/ASP", "list_value_unknown"), err("Hos naboen", "list_value_unknown"),
    err("xyz", "list_value_unknown"), err("Ja", "list_value_unknown"),
    err("E", "list_value_unknown"), err(5, "list_value_unknown"),
    err(True, "list_value_unknown"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), HOSTING_CASES,
                         ids=ids(HOSTING_CASES))
def test_list_hosting(cell: object, value: object, interpreted: bool, severity: str | None,
                      code: str | None) -> None:
    check(HOSTING, cell, value, interpreted, severity, code)


HEALTH = "Helse og omsorg"
AREA_CASES = [
    c("Helse og omsorg", HEALTH), c("helse og omsorg", HEALTH), c("HELSE OG OMSORG", HEALTH),
    c("barnehage", "Barnehage"), c("ØKONOMI", "Økonomi"), c("økonomi", "Økonomi"),
    c(unicodedata.normalize("NFD", "Økonomi"), "Økonomi"),
    c("plan bygg og geodata", "Plan, bygg og geodata"), c("Sak arkiv og politikk",
                                                         "Sak, arkiv og politikk"),
    c("nav og sosial", "NAV og sosial"), c("annet", "Annet"),
    fuzzy("Helse", HEALTH), fuzzy("helse", HEALTH), fuzzy("Helse og omsrog", HEALTH),
    fuzzy("Hlse og omsorg", HEALTH), fuzzy("Pleie og omsorg", HEALTH), fuzzy("Omsorg", HEALTH),
    fuzzy("Helse og omsorg, legevakt", HEALTH), fuzzy("Barnehgae", "Barnehage"),
    fuzzy("Barnehager", "Barnehage"), fuzzy("Skolen", "Skole"), fuzzy("Grunnskole", "Skole"),
    fuzzy("Kultur", "Kultur og fritid"), fuzzy("NAV", "NAV og sosial"),
    fuzzy("Sak/arkiv", "Sak, arkiv og politikk"), fuzzy("Arkiv", "Sak, arkiv og politikk"),
    fuzzy("Lønn", "Lønn og personal"), fuzzy("HR", "Lønn og personal"),
    fuzzy("Okonomi", "Økonomi"), fuzzy("Regnskap", "Økonomi"),
    fuzzy("Teknisk", "Teknisk og eiendom"), fuzzy("Nettsider", "Innbyggerdialog og nettsider"),
    fuzzy("Infrastruktur", "Fellesløsninger og infrastruktur"), fuzzy("Diverse", "Annet"),
    err("Oppvekst", "list_value_unknown"),  # school, kindergarten or child welfare: no guess
    err("Oppvekst og kultur", "list_value_unknown"),
    err("Barnehage og skole", "list_value_unknown"), err("Bar", "list_value_unknown"),
    err("Helsesekretær", "list_value_unknown"), err("Samfunn", "list_value_unknown"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), AREA_CASES,
                         ids=ids(AREA_CASES))
def test_list_service_area(cell: object, value: object, interpreted: bool,
                           severity: str | None, code: str | None) -> None:
    check(AREA, cell, value, interpreted, severity, code)


OTHER_LIST_CASES = [
    (FUNCTION, c("it-ledelse", "IT-ledelse")), (FUNCTION, c("IT ledelse", "IT-ledelse")),
    (FUNCTION, fuzzy("IT-leder", "IT-ledelse")),
    (FUNCTION, fuzzy("Brukerstøtte", "Brukerstøtte og klientdrift")),
    (FUNCTION, fuzzy("Helpdesk", "Brukerstøtte og klientdrift")),
    (FUNCTION, fuzzy("Sikkerhet", "Informasjonssikkerhet")),
    (FUNCTION, fuzzy("Drift", "Drift og infrastruktur")),
    (FUNCTION, fuzzy("Digitalisering", "Utvikling og digitalisering")),
    (FUNCTION, err("Rådgiver", "list_value_unknown")),
    (INFRA, c("e-post", "E-post")), (INFRA, c("Epost", "E-post")),
    (INFRA, c(unicodedata.normalize("NFD", "Overvåking"), "Overvåking")),
    (INFRA, fuzzy("AD", "Katalogtjeneste (AD)")),
    (INFRA, fuzzy("Active Directory", "Katalogtjeneste (AD)")),
    (INFRA, fuzzy("Backup", "Sikkerhetskopi")), (INFRA, fuzzy("Overvåkning", "Overvåking")),
    (INFRA, fuzzy("Helpdesk", "Servicedesk")), (INFRA, fuzzy("Brukerstøtte", "Servicedesk")),
    (INFRA, fuzzy("Antivirus", "Endepunktsikkerhet")), (INFRA, fuzzy("WAN", "WAN og linjer")),
    (INFRA, fuzzy("Telefon", "Telefoni")), (INFRA, fuzzy("Brannmurer", "Brannmur")),
    (INFRA, err("Skanning", "list_value_unknown")),
    # An open list keeps free text as typed (cleaned), without an issue.
    (BOUGHT, c("Skanning av dokumenter", "Skanning av dokumenter")),
    (BOUGHT, c("  Skanning\u00a0 ", "Skanning")),
    (BOUGHT, c("E-post arkivering", "E-post arkivering")),  # words are not dropped
    (BOUGHT, c(unicodedata.normalize("NFD", "Lønnsbehandling"), "Lønnsbehandling")),
    (BOUGHT, c("Database", "Database")), (BOUGHT, c("database", "Database")),
    (BOUGHT, fuzzy("backup", "Sikkerhetskopi")), (BOUGHT, fuzzy("Brannmurer", "Brannmur")),
]


@pytest.mark.parametrize(("field", "case"), OTHER_LIST_CASES,
                         ids=[f"{f.key}-{case[0]!r}" for f, case in OTHER_LIST_CASES])
def test_other_lists(field: Field, case: tuple[object, object, bool, str | None, str | None]
                     ) -> None:
    check(field, *case)


def test_list_messages_name_the_value_or_the_list_without_listing_it() -> None:
    p = parse_cell(HOSTING, "Sky")
    assert p.problem and p.problem.message == "«Sky» er lest som «Skytjeneste (SaaS)»."
    p = parse_cell(AREA, "Oppvekst")
    assert p.problem and "«Oppvekst»" in p.problem.message and "Tjenesteområde" in p.problem.message
    assert "Barnehage" not in p.problem.message and "ikke en av verdiene" in p.problem.message


@pytest.mark.parametrize(("field", "cell"), [
    (USERS, "ca. 10"), (USERS, "?"), (USERS, "mange"), (COST, "45.000"), (FTE, "0,5"),
    (END, "des. 2027"), (END, "31.02.2027"), (HOSTING, "Sky"), (BOUGHT, "Skanning"),
], ids=repr)
def test_reading_the_same_text_again_gives_the_same_answer(field: Field, cell: str) -> None:
    assert parse_cell(field, cell) == parse_cell(field, cell) == parse_cell(field, cell)


def test_the_same_text_is_read_by_each_kind_on_its_own_terms() -> None:
    assert parse_cell(USERS, "1.500").value == 1500
    assert parse_cell(FTE, "1.500").value == 1.5
    assert parse_cell(USERS, "2,5").value is None and parse_cell(FTE, "2,5").value == 2.5
    assert parse_cell(END, "2027").value == Y27 and parse_cell(USERS, "2027").value == 2027
    assert parse_cell(END, "ingen").value is None and parse_cell(USERS, "ingen").value == 0


def test_a_repeated_list_cell_gives_the_same_answer() -> None:
    first = parse_cell(AREA, "Helse og omsrog")
    assert parse_cell(AREA, "Helse og omsrog") == first
    assert parse_cell(AREA, "Oppvekst").problem is not None
    assert parse_cell(AREA, "Oppvekst").value is None


def test_a_field_without_a_list_accepts_nothing_but_stays_safe() -> None:
    bare = Field("x", "X", Kind.LIST)
    check(bare, "Hva som helst", None, False, "error", "list_value_unknown")
    check(Field("y", "Y", Kind.LIST, open_list=True), " fritt ", "fritt", False, None, None)


# ---------------------------------------------------------------------------- text

NFD_NAME = unicodedata.normalize("NFD", "Jørn Håland Ødegård")
TEXT_CASES = [
    c("Gerica", "Gerica"), c("  Gerica  ", "Gerica"), c("Visma\u00a0Flyt", "Visma Flyt"),
    c(NFD_NAME, "Jørn Håland Ødegård"), c("Linje 1\nLinje 2", "Linje 1\nLinje 2"),
    c("Linje 1\r\nLinje 2", "Linje 1\nLinje 2"), c("a  b", "a  b"),
    c(3.2, "3.2"), c(12.0, "12"), c(12, "12"), c(0, "0"), c(True, "Ja"), c(False, "Nei"),
    c(D(2027, 1, 2), "2027-01-02"), c(dt.datetime(2027, 1, 2, 8, 30), "2027-01-02 08:30:00"),
    c(dt.time(8, 30), "08:30:00"), c("=SUM(A1)", "=SUM(A1)"), c("?", "?"), c("0", "0"),
    c("\u200bGerica\ufeff", "Gerica"),
]


@pytest.mark.parametrize(("cell", "value", "interpreted", "severity", "code"), TEXT_CASES,
                         ids=ids(TEXT_CASES))
def test_text(cell: object, value: object, interpreted: bool, severity: str | None,
              code: str | None) -> None:
    check(VERSION, cell, value, interpreted, severity, code)


# ---------------------------------------------------------------------------- raw text


@pytest.mark.parametrize(("field", "cell", "raw"), [
    (USERS, 12, "12"), (USERS, 12.0, "12"), (COST, 1200.5, "1200.5"), (VERSION, 3.2, "3.2"),
    (USERS, " ca. 10 ", " ca. 10 "), (NAME, NFD_NAME, NFD_NAME), (NAME, "  Gerica ", "  Gerica "),
    (COST, "1\u00a0200", "1\u00a0200"), (END, dt.datetime(2027, 12, 31), "2027-12-31"),
    (END, dt.datetime(2027, 12, 31, 10, 30), "2027-12-31 10:30:00"),
    (END, D(2027, 12, 31), "2027-12-31"), (END, 46387.0, "46387"), (USERS, True, "True"),
    (HOSTING, " sky ", " sky "), (NUMBER, 301, "301"), (VERSION, True, "True"),
    (USERS, "mange", "mange"), (END, "31.02.2027", "31.02.2027"),
], ids=repr)
def test_raw_is_the_cell_as_typed(field: Field, cell: object, raw: str) -> None:
    assert parse_cell(field, cell).raw == raw


def test_a_long_raw_text_is_shortened_in_the_message_but_kept_whole() -> None:
    text = "Vi har ikke oversikt over dette, men " + "mange " * 30
    p = parse_cell(USERS, text)
    assert p.raw == text and p.problem is not None
    assert len(p.problem.message) < 120 and "«Vi har ikke oversikt" in p.problem.message


def test_messages_are_norwegian_and_say_what_was_done() -> None:
    def message(field: Field, cell: object) -> str:
        p = parse_cell(field, cell)
        assert p.problem is not None
        return p.problem.message

    assert message(USERS, "ca. 10").startswith("«ca. 10» tolket som 10")
    assert "midtpunktet" in message(USERS, "10-12") and "11" in message(USERS, "10-12")
    assert "ukjent" in message(USERS, "?")
    assert "45 000" in message(COST, "45.000")
    assert message(USERS, "mange") == "«mange» er ikke et tall."
    assert "1 500 000" in message(COST, "1,5 mill")
    assert "0,5" in message(FTE, "0.5")
    assert "dato" in message(USERS, D(2026, 2, 1))


# ---------------------------------------------------------------------------- the result type


def test_parsed_and_problem_are_frozen_values() -> None:
    p = parse_cell(USERS, "ca. 10")
    assert p == Parsed(10, "ca. 10", True, p.problem)
    assert isinstance(p.problem, Problem)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.value = 11  # type: ignore[misc]
    assert hash(parse_cell(USERS, 5)) == hash(Parsed(5, "5", False, None))
    assert not hasattr(p, "__dict__"), "slots"


def test_every_field_of_the_questionnaire_reads_an_empty_and_a_typical_cell() -> None:
    from desktop.core.questionnaire.spec import DATA_SHEETS

    typical = {Kind.TEXT: "tekst", Kind.MUNICIPALITY_NUMBER: "0301", Kind.INTEGER: "3",
               Kind.DECIMAL: "0,5", Kind.AMOUNT: "kr 1 000,-", Kind.DATE: "31.12.2027",
               Kind.EMAIL: "a@b.no"}
    for sheet in DATA_SHEETS:
        for field in sheet.fields:
            assert parse_cell(field, None).value is None
            cell = field.choices[0] if field.kind is Kind.LIST else typical[field.kind]
            p = parse_cell(field, cell)
            assert p.value is not None and p.problem is None, (field, p)


# ---------------------------------------------------------------------------- beyond a number

TOO_LARGE = ["1e400", "1,5E+20", "99999999999999999999", "9" * 5000, 1e300, 2.0 ** 70,
             10 ** 20, 10 ** 5000]


def _id(v: object) -> str:
    return f"int of {v.bit_length()} bits" if isinstance(v, int) else repr(v)[:24]


@pytest.mark.parametrize("field", [USERS, COST, FTE], ids=lambda f: f.key)
@pytest.mark.parametrize("cell", TOO_LARGE, ids=_id)
def test_a_number_beyond_any_figure_is_an_error_never_an_exception(field: Field,
                                                                    cell: object) -> None:
    """`1e400` overflowed into an exception that stopped a folder's import (issue 15); a
    value beyond 10^15 cannot be a figure of a questionnaire, nor fit SQLite's integers."""
    p = parse_cell(field, cell)
    assert p.value is None and p.problem is not None
    assert (p.problem.severity, p.problem.code) == ("error", "number_too_large")
    assert p.raw is not None and p.problem.message.startswith(f"«{p.raw[:20]}")


@pytest.mark.parametrize("cell", [*TOO_LARGE, -10 ** 5000, math.inf], ids=_id)
def test_a_huge_number_in_a_date_or_text_field_is_read_without_an_exception(cell: object
                                                                            ) -> None:
    assert parse_cell(END, cell).value is None
    assert isinstance(parse_cell(NAME, cell).value, str)


def test_the_largest_figure_is_still_read() -> None:
    assert parse_cell(COST, 999_999_999_999_999).value == 999_999_999_999_999
    assert parse_cell(COST, "999 999 999 999 999").value == 999_999_999_999_999
