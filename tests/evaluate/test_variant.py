import json
import math

import jsonschema
import numpy as np
import pytest
import yaml

from confide.evaluate import (
    DEFAULT_PARAMS,
    canary_inclusion,
    evaluate_variant,
    reference_membership,
    variant_options,
    write_json,
)
from confide.evaluate.params import schema_text
from tests.evaluate.helpers import random_proba


def _inputs(rng, n_test=200, n_pool=400, k=4):
    classes = ["no_stress", "stress"]
    y = np.array(classes)[rng.integers(0, 2, n_test)]
    proba = random_proba(rng, n_test, 2)
    member = rng.random(n_pool) < 0.5
    mask = reference_membership(n_records=n_pool, k=k, seed=0)
    base = rng.uniform(0.2, 0.8, n_pool)
    target = np.clip(base + 0.15 * member, 0, 1)
    ref = np.clip(base[None, :] + 0.15 * mask + rng.normal(0, 0.02, mask.shape), 0.01, 0.99)
    included = canary_inclusion(m=300, seed=0)
    canary_scores = included + rng.normal(0, 1.0, 300)
    return dict(
        y_true=y,
        proba_test=proba,
        classes=classes,
        pool_p_true=target,
        pool_is_member=member,
        reference_p_true=ref,
        reference_membership=mask,
        canary_scores=canary_scores,
        canary_included=included,
        groups={"gender": rng.choice(["f", "m", None], n_test)},
        sensitive_attributes={"gender": rng.choice(["f", "m"], n_test)},
    )


def test_when_all_inputs_are_given_then_every_section_is_reported_as_strict_json(rng, tmp_path):
    opts = variant_options(DEFAULT_PARAMS)
    opts["n_bootstrap"] = 50
    opts["canary_guesses"] = ((30, 0), (20, 20))
    r = evaluate_variant(**_inputs(rng), delta=1e-5, accountant_epsilon=math.inf, **opts)
    assert set(r) == {
        "utility",
        "groups",
        "membership",
        "one_run_audit",
        "attribute_inference",
        "privacy",
    }
    assert set(r["membership"]["attacks"]) == set(DEFAULT_PARAMS["membership"]["attacks"])
    assert r["membership"]["attacks"]["lira_online"]["auc"] > 0.8
    assert r["privacy"]["private"] is False and r["privacy"]["eps_hat"] > 0
    json.dumps(r, allow_nan=False)
    write_json(r, tmp_path / "x" / "eval.json")
    assert json.loads((tmp_path / "x" / "eval.json").read_text()) == r


def test_when_reference_models_are_absent_then_reference_attacks_are_skipped_with_reason(rng):
    inputs = _inputs(rng)
    inputs.update(reference_p_true=None, reference_membership=None)
    r = evaluate_variant(**inputs, delta=1e-5, n_bootstrap=0)
    assert list(r["membership"]["attacks"]) == ["threshold"]
    assert r["membership"]["skipped"]["lira_online"] == "no reference models given"
    assert r["membership"]["confidence_per_attack"] == pytest.approx(0.975)  # 0.05 split: attacks, one-run


def test_when_eps_hat_exceeds_accountant_epsilon_then_warns_and_flags(rng):
    with pytest.warns(UserWarning, match="exceeds the accountant"):
        r = evaluate_variant(**_inputs(rng), delta=1e-5, n_bootstrap=0, accountant_epsilon=0.01)
    assert r["privacy"]["audit_violation"] is True


def test_when_only_half_of_the_membership_inputs_are_given_then_error(rng):
    inputs = _inputs(rng)
    inputs["pool_is_member"] = None
    with pytest.raises(Exception, match="both pool_p_true and pool_is_member"):
        evaluate_variant(**inputs, delta=1e-5, n_bootstrap=0)


def test_when_validating_defaults_then_schema_accepts_them_and_rejects_bad_values():
    schema = yaml.safe_load(schema_text())
    jsonschema.validate(DEFAULT_PARAMS, schema)

    def defaults(node):
        if node.get("type") == "object" and "properties" in node:
            return {k: defaults(v) for k, v in node["properties"].items()}
        return node["default"]

    assert defaults(schema) == DEFAULT_PARAMS
    for path, bad in [
        (("confidence",), 1.5),
        (("membership", "attacks"), ["lira_typo"]),
        (("membership", "reference_models"), -1),
    ]:
        params = json.loads(json.dumps(DEFAULT_PARAMS))
        node = params
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = bad
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(params, schema)
