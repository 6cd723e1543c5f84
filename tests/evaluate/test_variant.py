import inspect
import json
import math

import numpy as np
import pytest

from confide import config
from confide.audit.attacks import reference_membership
from confide.audit.one_run import canary_inclusion
from confide.config import read_section, section_defaults
from confide.errors import ConfigError
from confide.evaluate.io import write_json
from confide.evaluate.variant import evaluate_variant, variant_options
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
    opts = variant_options({"n_bootstrap": 50, "canaries": {"guesses": [[30, 0], [20, 20]]}})
    r = evaluate_variant(**_inputs(rng), delta=1e-5, accountant_epsilon=math.inf, **opts)
    assert set(r) == {
        "utility",
        "groups",
        "membership",
        "one_run_audit",
        "attribute_inference",
        "privacy",
    }
    assert set(r["membership"]["attacks"]) == set(section_defaults("evaluate")["membership"]["attacks"])
    assert r["membership"]["attacks"]["lira_online"]["auc"] > 0.8
    assert r["privacy"]["private"] is False and r["privacy"]["eps_hat"] > 0
    json.dumps(r, allow_nan=False)
    write_json(r, tmp_path / "x" / "eval.json")
    assert json.loads((tmp_path / "x" / "eval.json").read_text()) == r


def test_when_reference_models_are_absent_then_reference_attacks_are_skipped_with_reason(rng):
    inputs = _inputs(rng)
    inputs.update(reference_p_true=None, reference_membership=None)
    r = evaluate_variant(**inputs, delta=1e-5, **variant_options({"n_bootstrap": 0}))
    assert list(r["membership"]["attacks"]) == ["threshold"]
    assert r["membership"]["skipped"]["lira_online"] == "no reference models given"
    assert r["membership"]["confidence_per_attack"] == pytest.approx(0.975)  # 0.05 split: attacks, one-run


def test_when_eps_hat_exceeds_accountant_epsilon_then_warns_and_flags(rng):
    with pytest.warns(UserWarning, match="exceeds the accountant"):
        r = evaluate_variant(**_inputs(rng), delta=1e-5, accountant_epsilon=0.01,
                             **variant_options({"n_bootstrap": 0}))
    assert r["privacy"]["audit_violation"] is True


def test_when_only_half_of_the_membership_inputs_are_given_then_error(rng):
    inputs = _inputs(rng)
    inputs["pool_is_member"] = None
    with pytest.raises(Exception, match="both pool_p_true and pool_is_member"):
        evaluate_variant(**inputs, delta=1e-5, **variant_options({"n_bootstrap": 0}))


def test_when_a_default_changes_in_the_params_schema_then_the_evaluation_uses_it(monkeypatch):
    text = config._schema_text()
    old = "default: [[100, 0], [50, 50]]"
    assert text.count(old) == 1  # evaluate.canaries.guesses, written once
    monkeypatch.setattr(config, "_schema_text", lambda: text.replace(old, "default: [[70, 10]]"))
    assert variant_options({})["canary_guesses"] == ((70, 10),)
    assert read_section("evaluate", {})["canaries"]["guesses"] == [[70, 10]]


def test_when_evaluate_variant_is_called_then_every_setting_must_be_given_from_the_section():
    parameters = inspect.signature(evaluate_variant).parameters
    settings = variant_options({})
    assert set(settings) <= set(parameters)
    assert [name for name in settings if parameters[name].default is not inspect.Parameter.empty] == []


@pytest.mark.parametrize(("section", "path"), [
    ({"confidence": 1.5}, "evaluate.confidence"),
    ({"membership": {"attacks": ["lira_typo"]}}, "evaluate.membership.attacks[0]"),
    ({"membership": {"reference_models": -1}}, "evaluate.membership.reference_models"),
])
def test_when_the_section_has_a_bad_value_then_the_error_names_its_key_path(section, path):
    with pytest.raises(ConfigError, match=path.replace(".", r"\.").replace("[", r"\[")):
        variant_options(section)
