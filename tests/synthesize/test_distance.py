import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.synthesize.distance import Encoder, exact_copy_rate, nearest


def _slow_gower(a: dict, b: dict, ranges: dict, cats: set) -> float:
    total = 0.0
    for col, rng_ in ranges.items():
        x, y = a[col], b[col]
        x_na = x is None or (isinstance(x, float) and math.isnan(x))
        y_na = y is None or (isinstance(y, float) and math.isnan(y))
        if x_na and y_na:
            d = 0.0
        elif x_na or y_na:
            d = 1.0
        elif col in cats:
            d = 0.0 if str(x) == str(y) else 1.0
        else:
            d = min(abs(x - y) / rng_, 1.0)
        total += d
    return total / len(ranges)


rows = st.fixed_dictionaries(
    {
        "num": st.one_of(st.none(), st.floats(min_value=-50, max_value=50)),
        "cat": st.one_of(st.none(), st.sampled_from(["a", "b", "c"])),
    }
)


@settings(max_examples=40, deadline=None)
@given(ref=st.lists(rows, min_size=2, max_size=12), qry=st.lists(rows, min_size=1, max_size=6))
def test_when_computing_nearest_then_vectorised_matches_slow_reference(ref, qry):
    ref_df = pd.DataFrame(ref, columns=["num", "cat"]).astype({"num": float, "cat": object})
    qry_df = pd.DataFrame(qry, columns=["num", "cat"]).astype({"num": float, "cat": object})
    enc = Encoder.fit(ref_df)
    dists, _ = nearest(enc.transform(qry_df), enc.transform(ref_df), enc.categorical, k=2)
    ranges = {"num": enc.ranges[0], "cat": 1.0}
    for i, q in enumerate(qry_df.to_dict("records")):
        slow = sorted(_slow_gower(q, r, ranges, {"cat"}) for r in ref_df.to_dict("records"))[:2]
        np.testing.assert_allclose(dists[i], slow, atol=1e-12)


def test_when_rows_are_copies_then_exact_copy_rate_counts_them_but_not_look_alikes():
    train = pd.DataFrame({"age": [30.0, 40.0, np.nan], "g": ["f", "m", "f"]})
    cand = pd.DataFrame(
        {
            "age": [30.0, 40.0, np.nan, 41.0, 30.0],
            "g": ["f", "m", "f", "m", "m"],  # last two differ in one column
        }
    )
    assert exact_copy_rate(cand, train, ["age", "g"]) == 3 / 5
    assert exact_copy_rate(cand.iloc[:0], train, ["age", "g"]) == 0.0
