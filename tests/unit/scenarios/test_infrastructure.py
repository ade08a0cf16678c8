"""Level 2: servers and data rooms after consolidation, merged infrastructure services.

A + B today: 10 physical servers, 90 virtual, 2 data rooms; infrastructure 300 000 kr that
can be merged (Sikkerhetskopi) and 400 000 kr that cannot (WAN, Telefoni).
"""

from __future__ import annotations

import pytest

from desktop.core.scenarios import compute
from tests.unit.scenarios.data import B, project, scenario, with_facts

HW = {"data_rooms_after": 1, "vms_per_host": 18, "min_hosts_per_data_room": 3,
      "cost_per_server": 60_000, "cost_per_data_room": 250_000, "vm_consolidation": 0.2,
      "infrastructure_saving": 0.10}


def test_servers_and_data_rooms_after_consolidation() -> None:
    r = compute(project(), scenario(2, **HW))
    assert r.trace_line("servers.virtual_after").value == pytest.approx(72)  # 90 × 0,8
    assert r.trace_line("servers.hosts_after").value == 4  # max(3 × 1, ⌈72 / 18⌉ = 4)
    assert r.trace_line("servers.rooms_after").value == 1  # min(2, 1)
    # (10 − 4) × 60 000 + (2 − 1) × 250 000 = 360 000 + 250 000
    assert r.trace_line("servers.saving").value == pytest.approx(610_000)
    # 2026 as today; from 2027: 300 000 × 0,9 + 400 000 − 610 000 = 60 000
    assert [c.infrastructure for c in r.costs[:3]] == pytest.approx([700_000, 60_000, 60_000])
    assert r.summary["physical_servers_today"] == 10
    assert r.summary["physical_servers_after"] == 4
    assert r.summary["data_rooms_after"] == 1
    assert not any("negativ" in n for n in r.notes)


def test_minimum_hosts_per_data_room_binds() -> None:
    r = compute(project(), scenario(2, **{**HW, "vms_per_host": 40}))
    assert r.trace_line("servers.hosts_after").value == 3  # max(3, ⌈72 / 40⌉ = 2)
    # (10 − 3) × 60 000 + 1 × 250 000
    assert r.trace_line("servers.saving").value == pytest.approx(670_000)


def test_never_more_data_rooms_than_today() -> None:
    r = compute(project(), scenario(2, **{**HW, "data_rooms_after": 5}))
    assert r.trace_line("servers.rooms_after").value == 2  # min(2, 5)
    # hosts max(3 × 2, 4) = 6: (10 − 6) × 60 000 + 0
    assert r.trace_line("servers.saving").value == pytest.approx(240_000)


def test_municipality_without_server_counts_is_left_out() -> None:
    r = compute(project(municipalities=with_facts(B, physical_servers=None)),
                scenario(2, **HW))
    # A alone: 60 × 0,8 = 48 virtual; hosts max(3, ⌈48 / 18⌉ = 3) = 3; rooms min(1, 1) = 1
    assert r.trace_line("servers.hosts_after").value == 3
    assert r.trace_line("servers.saving").value == pytest.approx(180_000)  # (6 − 3) × 60 000
    assert any("1 av 2 kommuner mangler tall for servere" in n for n in r.notes)


def test_savings_beyond_reported_infrastructure_are_noted() -> None:
    r = compute(project(), scenario(2, **{**HW, "cost_per_data_room": 1_000_000}))
    # 6 × 60 000 + 1 × 1 000 000 = 1 360 000 > 700 000 reported
    assert r.costs[-1].infrastructure == pytest.approx(270_000 + 400_000 - 1_360_000)
    assert any("infrastruktur blir negativ" in n for n in r.notes)


def test_level_three_removes_dedicated_servers() -> None:
    r = compute(project(), scenario(3, **HW))
    # in-house installations that switch or join a shared system: Gerica 2, Profil 1,
    # Komtek 1 + 1 = 5 servers gone; shared Gerica (2) and Komtek (1) = 3 come back → 2 fewer
    line = r.trace_line("servers.virtual_after")
    assert line.inputs["servers_removed"] == 2
    assert line.value == pytest.approx(70.4)  # (90 − 2) × 0,8
    # in-house instances: 4 today, 2 shared after → 2 / 20 FTE of application operation
    assert r.trace_line("staff.load.systems").value == pytest.approx(0.1)
    assert r.summary["distinct_systems_today"] == 4
    assert r.summary["distinct_systems_after"] == 3  # Gerica, Visma Flyt Skole, Komtek
