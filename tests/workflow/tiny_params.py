"""A tiny but complete configuration: every stage runs, in about a minute on 2 cores."""

TINY = {
    "data": {"source": "synthetic_notes", "synthetic_notes": {"n_records": 400, "seed": 3}},
    "quality": {"min_rows_per_class": 10},
    # every column needs a policy: the notes' free-text column goes through the text anonymizer,
    # their questionnaire scores are kept
    "anonymize": {"columns": {"occupation": "text", "phq9_*": "safe", "gad7_total": "safe"}},
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
    """``TINY`` reading a user's file: ``overrides`` replace its data and anonymize keys.

    Column policies are added to TINY's, not put in their place.
    """
    columns = {**TINY["anonymize"]["columns"], **overrides["anonymize"].get("columns", {})}
    return {**TINY, "data": {**TINY["data"], **overrides["data"]},
            "anonymize": {**TINY["anonymize"], **overrides["anonymize"], "columns": columns}}
