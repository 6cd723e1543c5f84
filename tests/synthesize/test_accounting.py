import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from confide.errors import PrivacyBudgetError
from confide.synthesize.accounting import (
    epsilon_from_rho,
    exponential_epsilon,
    gaussian_sigma,
    rho_from_epsilon,
)


@given(
    eps=st.floats(min_value=1e-3, max_value=50.0),
    delta=st.floats(min_value=1e-12, max_value=0.5),
)
def test_when_converting_epsilon_to_rho_and_back_then_round_trip(eps, delta):
    assert epsilon_from_rho(rho_from_epsilon(eps, delta), delta) == pytest.approx(eps, rel=1e-9)


def test_when_rho_grows_then_epsilon_grows():
    values = [epsilon_from_rho(r, 1e-5) for r in (0.01, 0.1, 1.0, 10.0)]
    assert values == sorted(values) and len(set(values)) == 4


def test_when_budget_split_over_measurements_then_costs_add_up_to_rho():
    rho, n = 0.3, 7
    sigma = gaussian_sigma(rho, n_measurements=n)
    assert n * (1.0 / (2 * sigma**2)) == pytest.approx(rho)
    eps = exponential_epsilon(rho, n_selections=n)
    assert n * eps**2 / 8 == pytest.approx(rho)


def test_when_known_value_then_matches_hand_computation():
    # rho = 0.5, delta = 1e-5: 0.5 + 2 sqrt(0.5 ln 1e5)
    assert epsilon_from_rho(0.5, 1e-5) == pytest.approx(0.5 + 2 * math.sqrt(0.5 * math.log(1e5)))


@pytest.mark.parametrize("delta", [0.0, 1.0, -1e-5])
def test_when_delta_out_of_range_then_privacy_budget_error(delta):
    with pytest.raises(PrivacyBudgetError):
        rho_from_epsilon(1.0, delta)


def test_when_epsilon_not_positive_then_privacy_budget_error():
    with pytest.raises(PrivacyBudgetError):
        rho_from_epsilon(0.0, 1e-5)
