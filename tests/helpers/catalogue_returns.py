"""A small catalogue project shared by the core and GUI catalogue tests: three returns whose
fagsystem names are spelled the way municipalities write them."""

from __future__ import annotations

from tests.helpers.factory import ProjectFactory


def inst(name: str, area: str, vendor: str | None = None, **kw: object) -> dict[str, object]:
    return {"name": name, "service_area": area, "vendor": vendor, "hosting": "Egen drift", **kw}


# 13 installations, 9 distinct names; `auto` makes 6 systems and leaves Compello (close to the
# catalogue's Compilo) for review.
RETURNS = {
    "4216": [inst("Tieto Gerica", "Helse og omsorg", "Tieto", users=100, annual_cost=200000),
             inst("VFS", "Skole", "Visma", users=40, annual_cost=50000),
             inst("Visma Flyt Barnehage", "Barnehage", "Visma"),
             inst("Kvalitetslosen", "Annet"), inst("Arkivplan", "Sak, arkiv og politikk")],
    "4218": [inst("Gerica 12.1", "Helse og omsorg", users=50),
             inst("Flyt skole 3.2", "Skole", "Visma", users=25, annual_cost=31000),
             inst("Flyt Barnehage", "Barnehage"), inst("Kvalitetslosen", "Annet")],
    "1018": [inst("GERICA", "Helse og omsorg"),
             inst("Visma flyt skole (SaaS)", "Skole", annual_cost=12000),
             inst("KvalitetsLøsen", ""), inst("Compello", "Økonomi", "Compello")],
}


def fill(factory: ProjectFactory, returns: dict[str, list[dict[str, object]]] = RETURNS
         ) -> None:
    paths = [factory.filled(n, f"{n}.xlsx", installation=rows) for n, rows in returns.items()]
    results = factory.api.import_files(paths)
    assert all(not r.rejected for r in results), [r.message for r in results]
