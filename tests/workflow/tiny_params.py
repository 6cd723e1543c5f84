"""A tiny but complete configuration: every stage runs, in about a minute on 2 cores."""

TINY = {
    "data": {"source": "synthetic_notes", "synthetic_notes": {"n_records": 400, "seed": 3}},
    "quality": {"min_rows_per_class": 10},
    # the synthetic notes' free-text tabular column goes through the text anonymizer
    "anonymize": {"columns": {"occupation": "text"}},
    "synthesize": {"enabled": True, "score": {"n_attacks": 50,
                                              "dp_training": {"enabled": True, "epochs": 2}}},
    "train": {"models": ["linear_ngrams"], "epsilons": [2.0, float("inf")], "seeds": [0]},
    "evaluate": {
        "n_bootstrap": 50,
        "membership": {"reference_models": 2},
        "canaries": {"one_run_m": 60, "guesses": [[10, 0], [5, 5]], "exposure_n": 2,
                     "exposure_alternatives": 200},
    },
}


def tiny_with_input(overrides: dict) -> dict:
    """``TINY`` reading a user's file instead: ``overrides`` replace its data and anonymize keys."""
    return {**TINY, "data": {**TINY["data"], **overrides["data"]},
            "anonymize": {**TINY["anonymize"], **overrides["anonymize"]}}
