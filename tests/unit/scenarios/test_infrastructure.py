"""Level 2: servers and data rooms after consolidation, merged infrastructure services.

A + B today: 10 physical servers, 90 virtual, 2 data rooms; infrastructure 300 000 kr that
can be merged (Sikkerhetskopi) and 400 000 kr that cannot (WAN, Telefoni). The questionnaire
asks for no server or data-room cost: with unit costs set (HW), the same estimate is in the
null alternative and the scenario; without them nothing is saved on servers and data rooms.
Alone, each renews its servers as hosts of its own: A min(6, max(3 × 1, ⌈60 / 18⌉ = 4)) = 4,
B min(4, max(3 × 1, ⌈30 / 18⌉ = 2)) = 3, so 7 hosts (vms_per_host 18), not today's 10.
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
    # the null alternative: 7 hosts alone × 60 000 + 2 × 250 000 = 920 000
    assert r.trace_line("baseline.hardware_estimate").value == pytest.approx(920_000)
    assert [c.infrastructure for c in r.baseline[:2]] == pytest.approx([1_620_000] * 2)
    # after: 4 × 60 000 + 1 × 250 000 = 490 000; saving 920 000 − 490 000
    assert r.trace_line("servers.saving").value == pytest.approx(430_000)
    # 2026 as today; from 2027: 300 000 × 0,9 + 400 000 + 490 000 = 1 160 000
    assert [c.infrastructure for c in r.costs[:3]] == pytest.approx(
        [1_620_000, 1_160_000, 1_160_000])
    assert r.summary["physical_servers_today"] == 10
    assert r.summary["physical_servers_after"] == 4
    assert r.summary["data_rooms_after"] == 1
    assert any("anslag på 0,9 mill. kr" in n.replace("\u00a0", " ") for n in r.notes)


def test_no_hardware_saving_without_a_hardware_cost_in_the_baseline() -> None:
    # the defaults: the questionnaire asks for no server or data-room cost, so none is saved
    r = compute(project(), scenario(2, **{**HW, "cost_per_server": 0, "cost_per_data_room": 0}))
    assert r.trace_line("servers.saving").value == 0
    assert r.trace_line("baseline.hardware_estimate").value == 0
    # 300 000 × 0,9 + 400 000: only the merged services get cheaper
    assert r.costs[-1].infrastructure == pytest.approx(670_000)
    assert r.baseline[-1].infrastructure == pytest.approx(700_000)
    assert r.summary["physical_servers_after"] == 4  # the counts still change
    assert any("ingen innsparing er regnet med" in n for n in r.notes)


def test_minimum_hosts_per_data_room_binds() -> None:
    r = compute(project(), scenario(2, **{**HW, "vms_per_host": 40}))
    assert r.trace_line("servers.hosts_after").value == 3  # max(3, ⌈72 / 40⌉ = 2)
    # alone A and B need 3 hosts each (the minimum per data room): (6 − 3) × 60 000 + 250 000
    assert r.trace_line("servers.saving").value == pytest.approx(430_000)


def test_never_more_data_rooms_than_today() -> None:
    r = compute(project(), scenario(2, **{**HW, "data_rooms_after": 5}))
    assert r.trace_line("servers.rooms_after").value == 2  # min(2, 5)
    # hosts max(3 × 2, 4) = 6 against 7 alone: (7 − 6) × 60 000 + 0
    assert r.trace_line("servers.saving").value == pytest.approx(60_000)


def test_municipality_without_server_counts_is_left_out() -> None:
    r = compute(project(municipalities=with_facts(B, physical_servers=None)),
                scenario(2, **HW))
    # A alone: 60 × 0,8 = 48 virtual; hosts max(3, ⌈48 / 18⌉ = 3) = 3; rooms min(1, 1) = 1
    assert r.trace_line("servers.hosts_after").value == 3
    # A alone needs 4 hosts: (4 − 3) × 60 000
    assert r.trace_line("servers.saving").value == pytest.approx(60_000)
    assert any("1 av 2 kommuner mangler tall for servere" in n for n in r.notes)


def test_the_hardware_saving_is_bounded_by_the_estimate_in_the_baseline() -> None:
    r = compute(project(), scenario(2, **{**HW, "cost_per_data_room": 1_000_000}))
    # alone 7 × 60 000 + 2 × 1 000 000 = 2 420 000; after 4 × 60 000 + 1 000 000
    assert r.trace_line("servers.saving").value == pytest.approx(1_180_000)
    assert r.baseline[-1].infrastructure == pytest.approx(700_000 + 2_420_000)
    assert r.costs[-1].infrastructure == pytest.approx(270_000 + 400_000 + 1_240_000)


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
    # six installations, all in a common solution within the horizon: one shared per slot
    assert (r.summary["installations_today"], r.summary["installations_after"]) == (6, 3)
    level2 = compute(project(), scenario(2, **HW))
    assert (level2.summary["installations_today"], level2.summary["installations_after"]) == (
        6, 6)
