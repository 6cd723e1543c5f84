"""Privacy accounting: epsilon spent never exceeds the target and grows with the number of steps."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confide.train import train_model
from confide.train.privacy import epsilon_spent

from .conftest import FAST


@settings(max_examples=15, deadline=None)
@given(
    sigma=st.floats(0.6, 5.0),
    q=st.floats(0.01, 0.5),
    steps=st.integers(1, 200),
    extra=st.integers(1, 200),
)
def test_when_more_steps_then_epsilon_does_not_decrease_rdp(sigma, q, steps, extra):
    a = epsilon_spent(noise_multiplier=sigma, sample_rate=q, steps=steps, delta=1e-5, accountant="rdp")
    b = epsilon_spent(noise_multiplier=sigma, sample_rate=q, steps=steps + extra, delta=1e-5, accountant="rdp")
    assert b >= a > 0


@settings(max_examples=8, deadline=None)
@given(
    sigma=st.floats(0.8, 3.0),
    q=st.floats(0.05, 0.3),
    steps=st.integers(5, 60),
    extra=st.integers(10, 60),
)
def test_when_more_steps_then_epsilon_grows_prv(sigma, q, steps, extra):
    a = epsilon_spent(noise_multiplier=sigma, sample_rate=q, steps=steps, delta=1e-5, accountant="prv")
    b = epsilon_spent(noise_multiplier=sigma, sample_rate=q, steps=steps + extra, delta=1e-5, accountant="prv")
    assert b > a > 0


@pytest.mark.parametrize("accountant", ["prv", "rdp"])
@pytest.mark.parametrize("eps", [0.5, 3.0])
def test_when_trained_then_epsilon_spent_at_most_target(text_table, accountant, eps):
    cfg = {**FAST, "accountant": accountant}
    m = train_model(
        train=text_table,
        classes=["anxiety", "control", "depression"],
        model="linear_ngrams",
        epsilon=eps,
        seed=0,
        config=cfg,
    )
    led = m.ledger
    assert led["epsilon_spent"] <= eps
    assert led["epsilon_spent"] > 0.8 * eps  # the budget is used, not wasted
    assert led["accountant"] == accountant and led["delta"] < 1 / len(text_table)
    assert led["steps"] == 3 * math.ceil(len(text_table) / 64)
    assert led["noise_multiplier"] > 0 and led["max_grad_norm"] == 1.0
    assert led["sample_rate"] == pytest.approx(1 / math.ceil(len(text_table) / 64))


def test_when_smaller_epsilon_then_more_noise(text_table):
    sig = []
    for eps in (1.0, 8.0):
        m = train_model(
            train=text_table,
            classes=["anxiety", "control", "depression"],
            model="linear_ngrams",
            epsilon=eps,
            seed=0,
            config=FAST,
        )
        sig.append(m.ledger["noise_multiplier"])
    assert sig[0] > sig[1] > 0


def test_when_the_accountant_is_prv_then_rdp_domain_warnings_do_not_reach_the_logs() -> None:
    import warnings

    from confide.train.privacy import epsilon_spent

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        epsilon_spent(noise_multiplier=5.0, sample_rate=0.001, steps=101, delta=1e-5, accountant="prv")
        assert not caught  # PRV's own domain sizing used to warn about RDP orders
        epsilon_spent(noise_multiplier=5.0, sample_rate=0.001, steps=101, delta=1e-5, accountant="rdp")
    assert any("Optimal order" in str(w.message) for w in caught)  # RDP's own warning stays
