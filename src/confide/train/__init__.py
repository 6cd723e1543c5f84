"""Training with differential privacy (Opacus DP-SGD) over a registry of models.

Public API: ``train_model``, ``TrainedModel``, ``load_model``, ``encode_table``, ``compute_embeddings``,
``person_cap``, ``rows_used``, ``resolve_config`` (the ``train:`` section reader), ``MODEL_REGISTRY``. Imported
lazily so that validating ``params.yaml`` at workflow start-up does not import torch.
"""

from __future__ import annotations

from confide._lazy import lazy_getattr

_EXPORTS = {
    "TrainedModel": "confide.train.api",
    "load_model": "confide.train.api",
    "train_model": "confide.train.api",
    "encode_table": "confide.train.api",
    "resolve_config": "confide.train.config",
    "compute_embeddings": "confide.train.encoder",
    "MODEL_REGISTRY": "confide.train.models",
    "person_cap": "confide.train.person",
    "rows_used": "confide.train.person",
    "get_model_spec": "confide.train.models",
    "register_model": "confide.train.models",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)
