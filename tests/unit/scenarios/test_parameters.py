"""Every parameter declared once, with label, unit, default, range and an honest source."""

from __future__ import annotations

import pytest

from desktop.core.scenarios import ORGANISATION_FORMS, PARAMETERS, resolve
from desktop.core.scenarios.parameters import BY_KEY, NOT_SAMPLED


def test_declared_once_with_label_unit_and_source() -> None:
    keys = [p.key for p in PARAMETERS]
    assert len(keys) == len(set(keys))
    for p in PARAMETERS:
        assert p.label and p.unit and p.group, p.key
        # a source either cites guidance or the issue, or says plainly it is an assumption
        assert any(w in p.source for w in ("Antakelse", "R-109", "Fra saken",
                                           "Fra kartleggingen")), p.key


def test_ranges_hold_the_default() -> None:
    for p in PARAMETERS:
        if p.uncertain:
            assert p.low is not None and p.high is not None
            assert p.low <= p.default <= p.high, p.key
        if p.percent:
            assert 0 <= p.default <= 1, p.key


def test_discount_rate_and_horizon() -> None:
    rate = BY_KEY["discount_rate"]
    assert rate.default == 0.04 and rate.percent
    assert "R-109" in rate.source and "DFØ" in rate.source
    assert BY_KEY["horizon_years"].default == 10


def test_every_organisation_form_has_overhead_and_setup() -> None:
    for _label, overhead, setup in ORGANISATION_FORMS.values():
        assert overhead in BY_KEY and setup in BY_KEY
    # the heavier the form, the higher its running overhead
    overheads = [BY_KEY[f"overhead_{f}"].default
                 for f in ("vertskommune", "oppgavefellesskap", "iks")]
    assert overheads == sorted(overheads)


def test_resolve_defaults_and_overrides() -> None:
    params = resolve()
    assert params["on_call_min_fte"] == 6
    assert not params.get("on_call_min_fte").overridden
    changed = resolve({"on_call_min_fte": 9})
    value = changed.get("on_call_min_fte")
    # what the user sets is the most likely value, and the range (5–6–7) follows it,
    # keeping its relative width: 9 × 5/6 … 9 × 7/6
    assert (value.value, value.low, value.high, value.overridden) == (9, 7.5, 10.5, True)


def test_the_range_follows_the_users_value_and_fixed_is_certain() -> None:
    # relative width: a saving set to 0 is certainly 0 (0 × 0/3 … 0 × 6/3)
    saving = resolve({"framework_saving": 0.0}).get("framework_saving")
    assert (saving.low, saving.value, saving.high) == (0.0, 0.0, 0.0) and not saving.uncertain
    doubled = resolve({"framework_saving": 0.06}).get("framework_saving")
    assert (doubled.low, doubled.high) == pytest.approx((0.0, 0.12))
    retained = resolve({"retained_fte": 1.0}).get("retained_fte")  # 0,25–0,5–0,75 × 2
    assert (retained.low, retained.high) == pytest.approx((0.5, 1.5))
    share = resolve({"vm_consolidation": 0.8}).get("vm_consolidation")  # a share: ≤ 1
    assert share.high == 1.0 and share.low == pytest.approx(0.4)
    fixed = resolve({"retained_fte": 1.0}, fixed={"retained_fte"}).get("retained_fte")
    assert fixed.low == fixed.value == fixed.high == 1.0 and not fixed.uncertain
    explicit = resolve({"retained_fte": 1.0}, {"retained_fte": (0.8, 1.0, 1.1)})
    assert (explicit.get("retained_fte").low, explicit.get("retained_fte").high) == (0.8, 1.1)


def test_the_surveys_cost_per_fte_is_the_most_likely_value_and_is_drawn() -> None:
    value = resolve(observed={"cost_per_fte": 1_080_000}).get("cost_per_fte")
    assert value.value == 1_080_000 and value.observed and value.uncertain
    assert (value.low, value.high) == pytest.approx((960_000, 1_200_000))  # × 8/9 … × 10/9
    mine = resolve({"cost_per_fte": 950_000}, observed={"cost_per_fte": 1_080_000})
    assert mine["cost_per_fte"] == 950_000 and not mine.get("cost_per_fte").observed


def test_resolve_ranges() -> None:
    value = resolve(ranges={"vms_per_host": (10, 20, 30)}).get("vms_per_host")
    assert (value.low, value.value, value.high) == (10, 20, 30)
    collapsed = resolve(ranges={"vms_per_host": (20, 20, 20)}).get("vms_per_host")
    assert not collapsed.uncertain or collapsed.low == collapsed.high == 20
    certain = resolve().get("data_rooms_after")  # declared without a range
    assert certain.low == certain.high == certain.value and not certain.uncertain
    widened = resolve(ranges={"data_rooms_after": (1, 2, 3)}).get("data_rooms_after")
    assert widened.uncertain


@pytest.mark.parametrize("kwargs", [
    {"overrides": {"no_such_parameter": 1.0}},
    {"ranges": {"vms_per_host": (30, 20, 10)}},
    {"ranges": {"discount_rate": (0.02, 0.04, 0.06)}},
])
def test_resolve_rejects(kwargs: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError):
        resolve(**kwargs)


def test_structural_parameters_are_not_sampled() -> None:
    assert {"discount_rate", "horizon_years", "first_effect_year"} <= NOT_SAMPLED
    for key in NOT_SAMPLED:
        assert not BY_KEY[key].uncertain
