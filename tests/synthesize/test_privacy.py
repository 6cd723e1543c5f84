import numpy as np
import pandas as pd
import pytest

from confide.synthesize.privacy import (
    distance_metrics,
    inference_risk,
    linkability_risk,
    singling_out_risk,
    wilson_interval,
)


def population(n: int, seed: int) -> pd.DataFrame:
    """Made-up people with enough distinct values that most rows are unique."""
    rng = np.random.default_rng(seed)
    age = rng.integers(18, 90, n).astype(float)
    income = np.round(rng.lognormal(10, 0.6, n), -2)
    return pd.DataFrame(
        {
            "age": age,
            "sex": rng.choice(["f", "m"], n),
            "region": rng.choice([f"r{i}" for i in range(12)], n),
            "income": income,
            "score": np.round(rng.normal(50, 15, n), 1),
        }
    )


def test_when_wilson_interval_then_matches_known_values():
    lo, hi = wilson_interval(5, 10)
    assert (lo, hi) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert wilson_interval(0, 0) == (0.0, 1.0)


@pytest.fixture(scope="module")
def pop():
    return population(n=1200, seed=0)


def _split(df):
    return (
        df.iloc[:400].reset_index(drop=True),
        df.iloc[400:800].reset_index(drop=True),
        df.iloc[800:].reset_index(drop=True),
    )


def test_when_synthetic_copies_train_then_distance_metrics_flag_it_against_holdout(pop):
    train, holdout, fresh = _split(pop)
    cols = list(pop.columns)
    leak = distance_metrics(
        train=train, holdout=holdout, synthetic=train.copy(), columns=cols, max_rows=1000, seed=0
    )
    assert leak["exact_copy_rate"]["synthetic_in_train"] == 1.0
    assert leak["exact_copy_rate"]["holdout_in_train"] < 0.05
    assert leak["dcr"]["synthetic_to_train"]["median"] == 0.0
    assert leak["dcr"]["holdout_to_train"]["median"] > 0.0
    assert leak["share_closer_to_train_than_holdout"]["synthetic"] > 0.95
    ok = distance_metrics(
        train=train, holdout=holdout, synthetic=fresh, columns=cols, max_rows=1000, seed=0
    )
    assert ok["share_closer_to_train_than_holdout"]["synthetic"] == pytest.approx(0.5, abs=0.08)
    assert ok["exact_copy_rate"]["synthetic_in_train"] < 0.05


def test_when_synthetic_copies_train_then_attack_risks_exceed_those_of_a_fresh_sample(pop):
    train, holdout, fresh = _split(pop)
    cols = list(pop.columns)
    kwargs = dict(train=train, holdout=holdout, n_attacks=200, seed=0)
    so_leak = singling_out_risk(synthetic=train, columns=cols, n_cols=6, **kwargs)
    so_ok = singling_out_risk(synthetic=fresh, columns=cols, n_cols=6, **kwargs)
    assert so_leak["risk"] > so_ok["risk"] + 0.2
    assert so_leak["attack_beats_baseline"] is True

    aux = (["age", "sex", "region"], ["income", "score"])
    ln_leak = linkability_risk(synthetic=train, aux_cols=aux, n_neighbors=1, **kwargs)
    ln_ok = linkability_risk(synthetic=fresh, aux_cols=aux, n_neighbors=1, **kwargs)
    assert ln_leak["risk"] > 0.5 and ln_ok["risk"] < 0.1

    inf_leak = inference_risk(
        synthetic=train, aux_cols=["age", "sex", "region", "income"], secret="score", **kwargs
    )
    inf_ok = inference_risk(
        synthetic=fresh, aux_cols=["age", "sex", "region", "income"], secret="score", **kwargs
    )
    assert inf_leak["risk"] > 0.5 and inf_ok["risk"] < 0.15
    assert inf_ok["risk_ci"][0] <= inf_ok["risk"] <= inf_ok["risk_ci"][1]


def test_when_attack_is_no_better_than_random_then_it_is_flagged_uninformative():
    rng = np.random.default_rng(1)
    df = pd.DataFrame({"x": rng.choice(["a", "b"], 600), "y": rng.choice(["a", "b"], 600)})
    res = inference_risk(
        train=df.iloc[:200],
        holdout=df.iloc[200:400],
        synthetic=df.iloc[400:],
        aux_cols=["x"],
        secret="y",
        n_attacks=200,
        seed=0,
    )
    assert res["attack_beats_baseline"] is False


def test_when_few_predicates_isolate_a_synthetic_row_then_counts_stay_consistent():
    # two binary columns: no predicate isolates a single synthetic row among many duplicates
    rng = np.random.default_rng(3)
    df = pd.DataFrame({"x": rng.choice(["a", "b"], 300), "y": rng.choice(["c", "d"], 300)})
    res = singling_out_risk(
        train=df.iloc[:100],
        holdout=df.iloc[100:200],
        synthetic=df.iloc[200:],
        columns=["x", "y"],
        n_attacks=50,
        n_cols=2,
        seed=0,
    )
    assert res["n_attacks"] == 0 == res["baseline"]["n"]
    assert res["risk"] == 0.0


def test_when_matching_predicates_then_prepared_arrays_agree_with_a_pandas_reference():
    from confide.synthesize.privacy import _Columns

    df = population(n=200, seed=5)
    df.loc[::7, "income"] = np.nan
    df.loc[::11, "region"] = None
    queries = [
        [("sex", "==", "f"), ("age", ">=", 50.0)],
        [("region", "isna", None)],
        [("income", "<=", 20000.0), ("region", "==", "r3"), ("score", ">=", 40.0)],
        [("region", "==", "None")],  # look-alike of a missing value: matches nothing
    ]
    prepared = _Columns(df, list(df.columns))
    for q in queries:
        ref = pd.Series(True, index=df.index)
        for col, op, val in q:
            if op == "isna":
                ref &= df[col].isna()
            elif op == "==":
                ref &= df[col].notna() & (df[col].astype(str) == val)
            elif op == "<=":
                ref &= df[col] <= val
            else:
                ref &= df[col] >= val
        assert prepared.matches(q).tolist() == ref.tolist()
