"""Optional synthetic augmentation of the structured part of the anonymized records.

Front doors: `synthesize_table` (fit on the training split, sample) and `score_synthetic`
(fidelity, utility and privacy scorecard). Free text is never synthesized.
"""

from confide.synthesize.columns import (
    ColumnPlan,
    nothing_to_synthesize,
    plan_columns,
    tabular_columns,
)
from confide.synthesize.core import SynthesisResult, synthesize_table, validate_config
from confide.synthesize.errors import (
    NoFormalPrivacyWarning,
    NothingToSynthesizeError,
    SynthesisError,
)
from confide.synthesize.registry import (
    create_synthesizer,
    known_synthesizers,
    register_synthesizer,
)
from confide.synthesize.scorecard import score_synthetic

__all__ = [
    "ColumnPlan",
    "NoFormalPrivacyWarning",
    "NothingToSynthesizeError",
    "SynthesisError",
    "SynthesisResult",
    "create_synthesizer",
    "known_synthesizers",
    "nothing_to_synthesize",
    "plan_columns",
    "register_synthesizer",
    "score_synthetic",
    "synthesize_table",
    "tabular_columns",
    "validate_config",
]
