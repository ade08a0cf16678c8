"""Template -> filled by a municipality's office program -> import -> export equals what was
filled. The second writer is LibreOffice headless, saving as .xlsx, .ods and .xls."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop.core.project.results import Outcome

FACTS = {"inhabitants": 11523, "employees_fte": 812.5, "it_users": 1450, "clients": 1310,
         "mobile_devices": 640, "locations": 23, "data_rooms": 2, "physical_servers": 6,
         "virtual_servers": 48, "it_budget": 14250000, "contact_person": "Åse Øvrebø",
         "email": "ase.ovrebo@lillesand.kommune.no", "phone": "+47 37 26 15 00",
         "date_filled": dt.date(2026, 10, 15)}
INSTALLATIONS = [
    {"name": "Visma Flyt Skole", "vendor": "Visma", "version": "3.2", "service_area": "Skole",
     "hosting": "Skytjeneste (SaaS)", "users": 340, "servers": 0, "annual_cost": 187500,
     "contract_end": dt.date(2027, 12, 31), "system_owner": "Kari Nordmann",
     "management_fte": 0.2, "integrations": 4, "comment": "Felles avtale med Birkenes"},
    {"name": "Gerica", "vendor": "Tietoevry", "version": "12.1", "service_area": "Helse og omsorg",
     "hosting": "Egen drift", "users": 410, "servers": 2, "annual_cost": 612000,
     "contract_end": dt.date(2028, 6, 30), "system_owner": "Per Ås", "management_fte": 0.5,
     "integrations": 7, "comment": None},
    {"name": "Elements", "vendor": "Sikri", "version": None,
     "service_area": "Sak, arkiv og politikk",
     "hosting": "Leverandørdrift (ASP)", "users": 520, "servers": None, "annual_cost": 301000,
     "contract_end": None, "system_owner": None, "management_fte": 1.0, "integrations": 12,
     "comment": "Sak/arkiv"},
]
STAFFING = [{"function": "IT-ledelse", "fte": 1.0, "persons": 1, "cost": 1150000,
             "comment": None},
            {"function": "Brukerstøtte og klientdrift", "fte": 2.5, "persons": 3,
             "cost": 2050000, "comment": "Deltid"}]
BOUGHT = [{"vendor": "Kristiansand kommune", "service": "Servicedesk", "annual_cost": 240000,
           "contract_end": dt.date(2026, 12, 31), "comment": None}]
INFRA = [{"service": "E-post", "hosting": "Skytjeneste (SaaS)", "annual_cost": 98000,
          "comment": "Microsoft 365"},
         {"service": "Sikkerhetskopi", "hosting": "Egen drift", "annual_cost": None,
          "comment": "Veeam"}]


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def _filled(factory) -> Path:
    facts = {k: (dt.datetime.combine(v, dt.time()) if isinstance(v, dt.date) else v)
             for k, v in FACTS.items()}
    return factory.filled("4216", "lillesand.xlsx", facts=facts,
                          installation=INSTALLATIONS, staffing=STAFFING, bought_service=BOUGHT,
                          infrastructure=INFRA)


def _assert_export_equals_filled(doc: dict[str, Any]) -> None:
    [m] = [m for m in doc["municipalities"] if m["number"] == "4216"]
    assert m["facts"] == {k: _plain(v) for k, v in FACTS.items()}
    for name, rows in (("installations", INSTALLATIONS), ("staffing", STAFFING),
                       ("bought_services", BOUGHT), ("infrastructure", INFRA)):
        got = [{k: r[k] for k in rows[0]} for r in doc[name]]
        assert got == [{k: _plain(v) for k, v in row.items()} for row in rows], name
        assert not any(any(r["interpreted"].values()) for r in doc[name])
    assert [i for i in doc["issues"] if i["severity"] != "info"] == []


def test_round_trip_openpyxl(factory) -> None:
    [r] = factory.api.import_files([_filled(factory)])
    assert r.outcome is Outcome.IMPORTED
    _assert_export_equals_filled(factory.api.export())


def _libreoffice_convert(src: Path, fmt: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = (out_dir / "lo-profile").as_uri()
    subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile}",
                    "--headless", "--convert-to", fmt, "--outdir", str(out_dir), str(src)],
                   check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    out = out_dir / f"{src.stem}.{ext}"
    assert out.exists(), f"LibreOffice wrote no {ext}"
    return out


@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt", ["ods", "xlsx:Calc MS Excel 2007 XML", "xls:MS Excel 97"])
def test_round_trip_saved_by_libreoffice(factory, tmp_path: Path, fmt: str) -> None:
    saved = _libreoffice_convert(_filled(factory), fmt, tmp_path / "lo")
    [r] = factory.api.import_files([saved])
    assert r.outcome is Outcome.IMPORTED, r.message
    assert r.matched_by == "identity", "the hidden identity survives LibreOffice"
    _assert_export_equals_filled(factory.api.export())
