import math
import re

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

from confide.audit.exposure import exposure, make_canaries
from confide.evaluate.errors import EvaluationError


def test_when_making_canaries_then_they_are_distinct_reproducible_and_digit_secrets():
    c = make_canaries(n=50, seed=1)
    assert len(set(c)) == 50 and c == make_canaries(n=50, seed=1)
    assert c != make_canaries(n=50, seed=2)
    assert all(re.fullmatch(r"my case reference number is( \d){9}", x) for x in c)


def test_when_model_memorised_the_canary_then_exposure_is_maximal():
    canaries = make_canaries(n=3, seed=0)
    memorised = set(canaries)
    r = exposure(
        lambda texts: [1.0 if t in memorised else 0.0 for t in texts],
        canaries,
        n_alternatives=1023,
        seed=0,
    )
    assert r["max_possible_exposure"] == 10.0
    assert all(row["exposure"] == 10.0 for row in r["per_canary"])
    assert "my case" not in str(r)  # results never carry the canary text


def test_when_model_ignores_the_secret_then_exposure_is_zero():
    canaries = make_canaries(n=3, seed=0)
    r = exposure(lambda texts: np.zeros(len(texts)), canaries, n_alternatives=99, seed=0)
    assert r["max_exposure"] == 0.0


def test_when_scores_are_random_then_mean_exposure_is_about_one_over_ln2():
    canaries = make_canaries(n=200, seed=0)
    rng = np.random.default_rng(5)
    r = exposure(lambda texts: rng.random(len(texts)), canaries, n_alternatives=999, seed=0)
    assert abs(r["mean_exposure"] - 1 / math.log(2)) < 0.3


def test_when_a_text_classifier_trains_on_repeated_canaries_then_exposure_is_high():
    rng = np.random.default_rng(0)
    words = np.array("i feel ok today work sleep tired calm stress friends family".split())
    texts = [" ".join(rng.choice(words, 8)) for _ in range(400)]
    labels = rng.integers(0, 2, 400).tolist()
    canary = make_canaries(n=1, seed=3)[0]
    texts += [canary] * 5
    labels += [1] * 5
    vec = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 4), n_features=2**18)
    model = LogisticRegression(C=100.0, max_iter=2000).fit(vec.transform(texts), labels)
    r = exposure(
        lambda t: model.predict_log_proba(vec.transform(t))[:, 1],
        [canary],
        n_alternatives=999,
        seed=0,
    )
    assert r["max_exposure"] > 5.0


def test_when_too_many_alternatives_are_requested_then_error():
    with pytest.raises(EvaluationError, match="exceeds"):
        exposure(lambda t: np.zeros(len(t)), ["code 1 2"], n_alternatives=100, seed=0)
