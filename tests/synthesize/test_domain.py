import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from confide.errors import ConfigError
from confide.synthesize.domain import ColumnDomain, decode, encode, infer_domain


def test_when_integer_domain_fits_in_bins_then_round_trip_is_exact():
    dom = ColumnDomain.from_dict("phq", {"lower": 0, "upper": 3, "integer": True})
    values = pd.Series([0.0, 1.0, 2.0, 3.0, np.nan, 3.0])
    codes = encode(values, dom, n_bins=8)
    assert codes.tolist() == [0, 1, 2, 3, 4, 3]
    back = decode(codes, dom, 8, np.random.default_rng(0))
    pd.testing.assert_series_equal(back, values.rename("phq"))


def test_when_category_not_in_public_domain_then_config_error_names_column():
    dom = ColumnDomain.from_dict("gender", {"categories": ["female", "male"]})
    with pytest.raises(ConfigError, match="gender"):
        encode(pd.Series(["female", "other"]), dom, n_bins=4)


def test_when_domain_inferred_then_categories_and_integer_bounds_follow_data():
    df = pd.DataFrame({"g": ["b", "a", None], "n": [2.0, 5.0, 3.0], "x": [0.5, 1.5, 1.0]})
    dom = infer_domain(df, ["g", "n", "x"])
    assert dom["g"].categories == ("a", "b")
    assert (dom["n"].lower, dom["n"].upper, dom["n"].integer) == (2.0, 5.0, True)
    assert dom["x"].integer is False


@given(
    values=st.lists(st.floats(min_value=18, max_value=80), min_size=1, max_size=50),
    integer=st.booleans(),
    n_bins=st.integers(min_value=2, max_value=40),
)
def test_when_decoding_a_bin_then_the_value_falls_back_into_the_same_bin(values, integer, n_bins):
    dom = ColumnDomain(name="age", kind="numeric", lower=18, upper=80, integer=integer)
    series = pd.Series(np.round(values) if integer else values)
    codes = encode(series, dom, n_bins)
    back = decode(codes, dom, n_bins, np.random.default_rng(1))
    assert encode(back, dom, n_bins).tolist() == codes.tolist()
    assert back.between(18, 80).all()
    if integer:
        assert (back % 1 == 0).all()
