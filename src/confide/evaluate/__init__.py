"""Privacy-utility evaluation of trained variants.

Utility with bootstrap intervals, per-group gaps, membership
attacks (threshold, LiRA, RMIA), empirical epsilon lower bounds, one-run canary audits,
secret-sharer exposure and attribute inference. Pure functions over numpy arrays.
"""

from confide.evaluate.attribute import attribute_inference
from confide.evaluate.audit import (
    canary_inclusion,
    clopper_pearson,
    epsilon_from_counts,
    epsilon_lower_bound,
    one_run_audit,
    one_run_epsilon,
    one_run_p_value,
)
from confide.evaluate.canaries import exposure, make_canaries
from confide.evaluate.errors import EvaluationError
from confide.evaluate.groups import gap_vs_epsilon, group_metrics
from confide.evaluate.io import jsonable, write_json
from confide.evaluate.membership import (
    get_attack,
    known_attacks,
    lira,
    logit_scale,
    per_example_loss,
    reference_membership,
    register_attack,
    rmia,
    threshold_attack,
    true_class_probability,
)
from confide.evaluate.params import DEFAULT_PARAMS, variant_options
from confide.evaluate.roc import attack_metrics
from confide.evaluate.utility import utility_metrics
from confide.evaluate.variant import evaluate_variant, privacy_summary, run_attacks

__all__ = [
    "DEFAULT_PARAMS",
    "EvaluationError",
    "attack_metrics",
    "attribute_inference",
    "canary_inclusion",
    "clopper_pearson",
    "epsilon_from_counts",
    "epsilon_lower_bound",
    "evaluate_variant",
    "exposure",
    "gap_vs_epsilon",
    "get_attack",
    "group_metrics",
    "jsonable",
    "known_attacks",
    "lira",
    "logit_scale",
    "make_canaries",
    "one_run_audit",
    "one_run_epsilon",
    "one_run_p_value",
    "per_example_loss",
    "privacy_summary",
    "reference_membership",
    "register_attack",
    "rmia",
    "run_attacks",
    "threshold_attack",
    "true_class_probability",
    "utility_metrics",
    "variant_options",
    "write_json",
]
