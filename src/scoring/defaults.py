"""The default scheme every tenant starts with (and the template carries unless its publisher changed it).

The state's digital pilots' recommendation is the base of the ranking; an existing online assistant, much
remaining potential (a low Digitalisierungsgrad), many cases and much annual work raise the score.
"""

from typing import Any

from scoring.choices import CriterionKind

# Points for a figure that has not been collected: the middle of the scale, so a gap neither lifts nor
# sinks a process; the explanation shows it as "nicht erhoben".
MISSING_POINTS = 50

DEFAULT_CRITERIA: list[dict[str, Any]] = [
    {
        "kind": CriterionKind.RECOMMENDED,
        "weight": 25,
        "points": {"yes": 100, "no": 0},
        "missing_points": 0,
    },
    {
        "kind": CriterionKind.CASE_COUNT,
        "weight": 20,
        "points": {"bands": [[0, 0], [50, 20], [250, 40], [1000, 60], [5000, 80], [20000, 100]]},
        "missing_points": MISSING_POINTS,
    },
    {
        "kind": CriterionKind.DIGITALISATION_LEVEL,
        "weight": 20,
        "points": {"0": 100, "1": 90, "2": 70, "3": 30, "4": 0},
        "missing_points": MISSING_POINTS,
    },
    {
        "kind": CriterionKind.ONLINE_ASSISTANT,
        "weight": 15,
        "points": {"yes": 100, "no": 0},
        "missing_points": 0,
    },
    {
        "kind": CriterionKind.ANNUAL_WORKLOAD,
        "weight": 15,
        "points": {"bands": [[0, 0], [40, 25], [200, 50], [1000, 75], [4000, 100]]},
        "missing_points": MISSING_POINTS,
    },
    {
        "kind": CriterionKind.OZG_RELEVANT,
        "weight": 5,
        "points": {"yes": 100, "no": 0},
        "missing_points": 0,
    },
]
