"""What a scenario means beyond the money: the non-priced effects (DFØ's plus-minus method),
the risk register, the benefits realisation plan, the responsibility matrix of levels 1–5,
the decision notes per service area (level 3) and the fact sheet per municipality.

What the user enters is stored with the scenario (`Scenario.assessment`, in the scenario's
stored definition, see stored.py); what the data says is derived from the one evaluation
(`ScenarioEvaluation.assessment`, view.py), never computed a second time. Qt-free.
"""
