"""The text path's embedding generators: DP noise, person-level bound, units, labels, gate, per seed."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from confide.synthesize.augment import check_memorisation_gate, compose_ledgers
from confide.synthesize.embedding import (
    clip_rows,
    embedding_distance_metrics,
    fit_embedding_generator,
    person_weights,
    projection_matrix,
    sufficient_statistics,
    synthesize_embeddings,
)
from confide.synthesize.errors import MemorisationGateError, NoFormalPrivacyWarning, SynthesisError

CLASSES = ["a", "b"]


def _data(n: int = 600, dim: int = 24, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    centres = np.zeros((2, dim))
    centres[0, 0], centres[1, 1] = 1.0, 1.0
    x = centres[y] + 0.3 * rng.standard_normal((n, dim))
    return clip_rows(x, 1.0), np.array(CLASSES)[y]


def _fit(x: np.ndarray, labels: np.ndarray, *, generator: str = "dp_gaussian", eps: float = 2.0,
         persons: np.ndarray | None = None, seed: int = 0, **extra: object):
    config = {"generator": generator, "dims": None, "clip_norm": 1.0, "epsilon": eps, "delta": 1e-5, **extra}
    return fit_embedding_generator(x, labels, classes=CLASSES, persons=persons, config=config, seed=seed)


def test_when_budget_is_known_then_noise_scales_follow_the_zcdp_gaussian_mechanism() -> None:
    x, labels = _data()
    ledger = _fit(x, labels, eps=2.0, clip_norm=0.5).ledger
    # (2, 1e-5)-DP <=> rho-zCDP with sqrt(rho) = sqrt(2 + ln 1e5) - sqrt(ln 1e5)   (Bun & Steinke)
    rho = (math.sqrt(2.0 + math.log(1e5)) - math.sqrt(math.log(1e5))) ** 2
    assert rho == pytest.approx(0.080044, rel=1e-4)
    # sigma = sensitivity / sqrt(2 rho_i), rho_i = share of rho; sensitivities 1, C, C**2 with C = 0.5
    for key, sens, share in (("counts", 1.0, 0.1), ("sums", 0.5, 0.45), ("second", 0.25, 0.45)):
        assert ledger["sigmas"][key] == pytest.approx(sens / math.sqrt(2 * rho * share), rel=1e-9)
    assert ledger["epsilon_spent"] == pytest.approx(2.0, rel=1e-9) and ledger["delta"] == 1e-5
    assert ledger["formal_privacy"] is True


def test_when_a_person_writes_many_records_then_statistics_move_no_more_than_the_bound() -> None:
    x, labels = _data(n=200)
    y = (labels == "b").astype(int)
    persons = np.array([f"p{i}" for i in range(200)])
    heavy = np.tile(clip_rows(np.full((1, x.shape[1]), 5.0), 1.0), (40, 1))  # worst case: 40 equal, norm 1
    x2, y2 = np.vstack([x, heavy]), np.concatenate([y, np.ones(40, dtype=int)])
    persons2 = np.concatenate([persons, ["heavy"] * 40])

    def stats(xs: np.ndarray, ys: np.ndarray, ps: np.ndarray | None) -> dict[str, np.ndarray]:
        return sufficient_statistics(xs, ys, person_weights(ps, len(xs)), n_classes=2, covariance="full")

    without, with_heavy = stats(x, y, persons), stats(x2, y2, persons2)
    moved = {k: np.linalg.norm(with_heavy[k] - without[k]) for k in without}
    assert moved["counts"] <= 1.0 + 1e-9 and moved["sums"] <= 1.0 + 1e-9 and moved["second"] <= 1.0 + 1e-9
    # look-alike negative: weighting every record 1 (unit record) lets the same person move them 40x
    record = {k: np.linalg.norm(stats(x2, y2, None)[k] - stats(x, y, None)[k]) for k in without}
    assert record["counts"] == pytest.approx(40.0) and record["second"] == pytest.approx(40.0)


def test_when_projection_is_drawn_then_it_depends_on_its_seed_only() -> None:
    a, b = projection_matrix(64, 8, seed=3), projection_matrix(64, 8, seed=3)
    assert np.array_equal(a, b) and np.allclose(a.T @ a, np.eye(8))
    assert not np.allclose(a, projection_matrix(64, 8, seed=4))


def test_when_dp_generator_samples_then_synthetic_embeddings_keep_the_class_signal() -> None:
    x, labels = _data(n=2000)
    model = _fit(x, labels, eps=4.0, persons=np.arange(2000).astype(str))
    synth, synth_labels = model.sample(1000, seed=1)
    # nearest class mean of the REAL data classifies the synthetic rows (signal kept, not noise)
    means = np.stack([x[labels == c].mean(axis=0) for c in CLASSES])
    guess = np.array(CLASSES)[((synth[:, None, :] - means[None]) ** 2).sum(-1).argmin(1)]
    assert np.mean(guess == np.array(synth_labels)) > 0.9
    assert model.ledger["privacy_unit"] == "person"


def test_when_generator_is_not_dp_then_ledger_and_composition_say_no_formal_guarantee() -> None:
    x, labels = _data()
    with pytest.warns(NoFormalPrivacyWarning):
        model = _fit(x, labels, generator="gaussian")
    assert model.ledger["formal_privacy"] is False and "epsilon_spent" not in model.ledger
    fields = compose_ledgers(training={"epsilon_spent": 2.0, "delta": 1e-5, "privacy_unit": "record"},
                             synthesizer=model.ledger, synthesizer_name="gaussian", mix="real+synthetic")
    assert fields["formal_guarantee"] is False and math.isinf(fields["epsilon_composed"])
    assert "NO formal privacy guarantee" in fields["guarantee_text"]


def test_when_units_match_then_budgets_add_and_when_they_differ_composition_is_refused() -> None:
    x, labels = _data()
    ledger = _fit(x, labels, eps=1.5, persons=np.arange(len(x)).astype(str)).ledger
    person = {"epsilon_spent": 2.5, "delta": 1e-6, "privacy_unit": "person"}
    fields = compose_ledgers(training=person, synthesizer=ledger, synthesizer_name="dp_gaussian",
                             mix="real+synthetic")
    assert fields["epsilon_composed"] == pytest.approx(4.0) and fields["delta_composed"] == pytest.approx(1.1e-5)
    with pytest.raises(SynthesisError, match="do not compose"):
        compose_ledgers(training={**person, "privacy_unit": "record"}, synthesizer=ledger,
                        synthesizer_name="dp_gaussian", mix="real+synthetic")


def test_when_synthetic_embeddings_copy_training_rows_then_the_gate_stops_them() -> None:
    x, labels = _data(n=800)
    train, holdout = x[:600], x[600:]
    proj = np.eye(x.shape[1])
    dp = _fit(train, labels[:600], eps=2.0).sample(600, seed=2)[0]
    gate = {"max_excess_exact_copy_rate": 0.02, "min_dcr_ratio": 0.8}
    for synthetic, passes in ((dp, True), (train[:300], False)):
        distance = embedding_distance_metrics(train=train, holdout=holdout, synthetic=synthetic, projection=proj,
                                              clip_norm=1.0, max_rows=2000, seed=0)
        scorecard = {"privacy": {"distance": distance}}
        if passes:
            assert check_memorisation_gate(scorecard, gate=gate)["dcr_ratio"] > 0.8
        else:
            with pytest.raises(MemorisationGateError):
                check_memorisation_gate(scorecard, gate=gate)


def test_when_split_differs_per_seed_then_the_generator_learns_only_that_seeds_training_people() -> None:
    x, labels = _data(n=300)
    records = pd.DataFrame({"record_id": [f"r{i}" for i in range(300)], "label": labels,
                            "group_id": [f"g{i // 2}" for i in range(300)],
                            "split": np.where(np.arange(300) % 4 == 0, "test", "train")})
    config = {"embedding": {"generator": "gaussian", "dims": None, "clip_norm": 1.0}, "dp": {}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoFormalPrivacyWarning)
        out = synthesize_embeddings(records, x, config=config, classes=CLASSES, seed=0,
                                    train_config={"privacy_unit": "auto", "max_records_per_person": 1})
    n_train_people = records.loc[records["split"] == "train", "group_id"].nunique()
    assert out["ledger"]["n_rows"] == n_train_people  # cap 1 per person, training split only
    assert out["ledger"]["privacy_unit"] == "person" and out["ledger"]["max_records_per_person"] == 1
    assert out["ledger"]["training_seed"] == 0 and len(out["features"]) == len(out["labels"])


def test_when_noise_is_drawn_from_the_training_seed_then_the_ledger_says_it_is_not_secure() -> None:
    x, labels = _data()
    first, again = _fit(x, labels, seed=7), _fit(x, labels, seed=7)
    # the property the ledger must own up to: the same public seed rebuilds the same noise
    np.testing.assert_array_equal(first.means, again.means)
    assert first.ledger["secure_mode"] is False
    assert "public seeds" in first.ledger["noise_note"] and "secure_mode" in first.ledger["noise_note"]


def test_when_samples_are_continuous_then_the_distance_metrics_say_exact_copies_cannot_fire() -> None:
    x, labels = _data(n=400)
    synthetic = _fit(x[:300], labels[:300]).sample(300, seed=1)[0]
    distance = embedding_distance_metrics(train=x[:300], holdout=x[300:], synthetic=synthetic,
                                          projection=np.eye(x.shape[1]), clip_norm=1.0, max_rows=2000, seed=0)
    assert distance["exact_copy_rate"]["synthetic_in_train"] == 0.0
    assert "DCR" in distance["exact_copy_note"] and "cannot" in distance["exact_copy_note"]
