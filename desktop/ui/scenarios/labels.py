"""The scenario tab's names for the model's codes (levels, organisation forms, cost kinds, key
figures), translated; the core's own labels are Norwegian and are used in its notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

T = QCoreApplication


def level(n: int) -> str:
    return {
        1: T.translate("ScenarioLabels", "1 Common framework agreements"),
        2: T.translate("ScenarioLabels", "2 Common technical operations (infrastructure, "
                                         "servers, data rooms, service desk)"),
        3: T.translate("ScenarioLabels", "3 Common systems platform (one system per service "
                                         "area)"),
        4: T.translate("ScenarioLabels", "4 Common work processes (qualitative)"),
        5: T.translate("ScenarioLabels", "5 Organisational merger (qualitative)"),
    }[n]


def organisation(key: str | None) -> str:
    return {
        None: T.translate("ScenarioLabels", "No joint body"),
        "vertskommune": T.translate("ScenarioLabels", "Host municipality (kommuneloven ch. 20)"),
        "oppgavefellesskap": T.translate("ScenarioLabels",
                                         "Joint municipal undertaking (kommuneloven ch. 19)"),
        "iks": T.translate("ScenarioLabels", "Inter-municipal company (IKS)"),
        "as": T.translate("ScenarioLabels", "Limited company (AS)"),
    }[key]


def organisation_short(key: str | None) -> str:
    return {None: T.translate("ScenarioLabels", "none"),
            "vertskommune": T.translate("ScenarioLabels", "host municipality"),
            "oppgavefellesskap": T.translate("ScenarioLabels", "joint undertaking"),
            "iks": "IKS", "as": "AS"}[key]


def target_rule(key: str) -> str:
    return {"most_users": T.translate("ScenarioLabels",
                                      "The system with most users among the participants"),
            "lowest_cost_per_user": T.translate(
                "ScenarioLabels", "The system with the lowest licence cost per user")}[key]


def cost_kind(key: str) -> str:
    return {"staff": T.translate("ScenarioLabels", "IT staff salaries"),
            "licences": T.translate("ScenarioLabels", "Licences and maintenance"),
            "bought_services": T.translate("ScenarioLabels", "Bought services"),
            "infrastructure": T.translate("ScenarioLabels", "Infrastructure"),
            "overhead": T.translate("ScenarioLabels", "Running the cooperation"),
            "security": T.translate("ScenarioLabels", "Security and 24/7 monitoring"),
            "internal_sales": T.translate("ScenarioLabels",
                                          "Sold to other participants (deducted)")}[key]


def one_time_kind(key: str) -> str:
    return {"project": T.translate("ScenarioLabels", "Project and procurement"),
            "organisation": T.translate("ScenarioLabels", "Establishing the cooperation"),
            "platform": T.translate("ScenarioLabels", "Common operations platform"),
            "migration": T.translate("ScenarioLabels",
                                     "Migration, training and parallel running")}[key]


def key_figure(key: str) -> str:
    return {"it_cost_per_inhabitant": T.translate("ScenarioLabels",
                                                  "IT cost per inhabitant (kr)"),
            "it_cost_per_employee": T.translate("ScenarioLabels",
                                                "IT cost per municipal FTE (kr)"),
            "it_fte_per_1000_users": T.translate("ScenarioLabels", "IT FTE per 1 000 users"),
            "users_per_support_fte": T.translate("ScenarioLabels", "Users per support FTE"),
            "systems_per_municipality": T.translate("ScenarioLabels",
                                                    "Systems per municipality")}[key]
