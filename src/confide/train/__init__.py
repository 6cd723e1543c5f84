"""Training with differential privacy (Opacus DP-SGD) over a registry of models.

Public API: ``train_model``, ``TrainedModel``, ``load_model``, ``compute_embeddings``,
``default_config``, ``resolve_config``, ``config_schema``, ``MODEL_REGISTRY``.
"""

from confide.train.api import TrainedModel, load_model, train_model
from confide.train.config import config_schema, default_config, resolve_config
from confide.train.encoder import compute_embeddings
from confide.train.models import MODEL_REGISTRY, get_model_spec, register_model

__all__ = [
    "MODEL_REGISTRY",
    "TrainedModel",
    "compute_embeddings",
    "config_schema",
    "default_config",
    "get_model_spec",
    "load_model",
    "register_model",
    "resolve_config",
    "train_model",
]
