"""Optional synthetic augmentation of the structured part of the anonymized records.

Front doors: `synthesize_table` (fit on the training split, sample), `score_synthetic`
(fidelity, utility and privacy scorecard) and `confide.synthesize.augment` (what training does
with the synthetic records: data mix, memorisation gate, composed guarantee). Free text is never
synthesized; for text sources `synthesize_embeddings` (``confide.synthesize.embedding``) draws
synthetic sentence embeddings from a DP class-conditional Gaussian for the frozen_encoder head.
Exports load on first use, so validating params.yaml at start-up stays light.
"""

from __future__ import annotations

from confide._lazy import lazy_getattr

_EXPORTS = {
    "ColumnPlan": "confide.synthesize.columns",
    "nothing_to_synthesize": "confide.synthesize.columns",
    "plan_columns": "confide.synthesize.columns",
    "tabular_columns": "confide.synthesize.columns",
    "SynthesisResult": "confide.synthesize.core",
    "synthesize_table": "confide.synthesize.core",
    "read_config": "confide.synthesize.core",
    "NoFormalPrivacyWarning": "confide.synthesize.errors",
    "NothingToSynthesizeError": "confide.synthesize.errors",
    "SynthesisError": "confide.synthesize.errors",
    "MemorisationGateError": "confide.synthesize.errors",
    "create_synthesizer": "confide.synthesize.registry",
    "known_synthesizers": "confide.synthesize.registry",
    "register_synthesizer": "confide.synthesize.registry",
    "score_synthetic": "confide.synthesize.scorecard",
    "synthesize_embeddings": "confide.synthesize.embedding",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)
