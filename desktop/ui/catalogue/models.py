"""Models of the catalogue tab: suggestions and systems (two-level trees: a suggestion or a
system, its names below), the system × municipality matrix, the targets of "move to".

The models hold the snapshot's plain rows and are filled in one reset. The two trees sort and
filter in their model and hand rows to the view a chunk at a time (`TwoLevelModel`); the matrix
(a table, which lays out only what is on screen) filters in `HaystackFilterProxy`. Both filter
on a folded text worked out once per row, off the GUI thread.

One model per module; this module gathers their names for the tab and the tests.
"""

from __future__ import annotations

from desktop.ui.catalogue.haystack_proxy import HaystackFilterProxy
from desktop.ui.catalogue.matrix_model import (
    M_AREA,
    M_COST,
    M_FIRST_MUNICIPALITY,
    M_MUNICIPALITIES,
    M_PRODUCT,
    M_USERS,
    M_VENDOR,
    MATRIX_SORT_KEYS,
    MatrixModel,
)
from desktop.ui.catalogue.model_common import (
    KEY_ROLE,
    NO_AREA_KEY,
    PURPLE,
    RIGHT,
    UNDECIDED_FOREGROUND,
    confidence_color,
    joined,
    kind_text,
    origin_text,
    source_color,
    source_text,
)
from desktop.ui.catalogue.sorted_rows_model import SortedRowsModel
from desktop.ui.catalogue.suggestions_model import (
    S_AREA,
    S_CONFIDENCE,
    S_INSTALLATIONS,
    S_KIND,
    S_MUNICIPALITIES,
    S_NAMES,
    S_PRODUCT,
    S_REASON,
    S_VENDOR,
    SuggestionsModel,
)
from desktop.ui.catalogue.systems_model import (
    Y_AREA,
    Y_COST,
    Y_INSTALLATIONS,
    Y_MUNICIPALITIES,
    Y_PRODUCT,
    Y_REASON,
    Y_SOURCE,
    Y_USERS,
    Y_VENDOR,
    SystemsModel,
)
from desktop.ui.catalogue.targets_model import (
    T_AREA,
    T_PRODUCT,
    T_VENDOR,
    T_WHERE,
    Target,
    TargetsModel,
)
from desktop.ui.catalogue.two_level_model import FETCH_CHUNK, TwoLevelModel

__all__ = [
    "FETCH_CHUNK",
    "HaystackFilterProxy",
    "KEY_ROLE",
    "MATRIX_SORT_KEYS",
    "M_AREA",
    "M_COST",
    "M_FIRST_MUNICIPALITY",
    "M_MUNICIPALITIES",
    "M_PRODUCT",
    "M_USERS",
    "M_VENDOR",
    "MatrixModel",
    "NO_AREA_KEY",
    "PURPLE",
    "RIGHT",
    "S_AREA",
    "S_CONFIDENCE",
    "S_INSTALLATIONS",
    "S_KIND",
    "S_MUNICIPALITIES",
    "S_NAMES",
    "S_PRODUCT",
    "S_REASON",
    "S_VENDOR",
    "SortedRowsModel",
    "SuggestionsModel",
    "SystemsModel",
    "T_AREA",
    "T_PRODUCT",
    "T_VENDOR",
    "T_WHERE",
    "Target",
    "TargetsModel",
    "TwoLevelModel",
    "UNDECIDED_FOREGROUND",
    "Y_AREA",
    "Y_COST",
    "Y_INSTALLATIONS",
    "Y_MUNICIPALITIES",
    "Y_PRODUCT",
    "Y_REASON",
    "Y_SOURCE",
    "Y_USERS",
    "Y_VENDOR",
    "confidence_color",
    "joined",
    "kind_text",
    "origin_text",
    "source_color",
    "source_text",
]
