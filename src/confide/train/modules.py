"""The torch modules of the registered models (``models.py`` builds them on use)."""

from __future__ import annotations

from torch import nn

from confide.train.sparse_bag import HashedBag


class LinearNgrams(nn.Module):
    """Multinomial logistic regression on hashed n-grams (bias = an always-on id)."""

    def __init__(self, n_ids: int, n_classes: int) -> None:
        super().__init__()
        self.bag = HashedBag(n_ids, n_classes)
        nn.init.zeros_(self.bag.weight)

    def forward(self, ids, weights):  # noqa: D102
        return self.bag(ids, weights)


class EmbeddingBagClassifier(nn.Module):
    """fastText-style: hashed word/bigram embeddings pooled, then a linear layer.

    Pooling weights are log1p(tf) scaled to unit L2 norm per document (a "sqrt-n" bag) rather than
    the plain mean: with long posts the mean shrinks the pooled vector and its per-row gradients by
    1/L and the model did not learn on 27-class RMHD (public proxy: macro-F1 0.003 -> 0.27 at
    eps=inf). Unit-norm bags also bound the per-example gradient norm of the table.
    """

    def __init__(self, n_ids: int, dim: int, n_classes: int) -> None:
        super().__init__()
        self.bag = HashedBag(n_ids, dim)
        nn.init.normal_(self.bag.weight, std=0.1)
        self.fc = nn.Linear(dim, n_classes)

    def forward(self, ids, weights):  # noqa: D102
        return self.fc(self.bag(ids, weights))


def mlp(n_inputs: int, hidden_dim: int, n_classes: int) -> nn.Module:
    """One hidden ReLU layer (tabular_mlp)."""
    return nn.Sequential(nn.Linear(n_inputs, hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, n_classes))


def zero_linear(n_inputs: int, n_classes: int) -> nn.Module:
    """A linear head started at zero (frozen_encoder): uniform predictions before any step."""
    layer = nn.Linear(n_inputs, n_classes)
    nn.init.zeros_(layer.weight)
    nn.init.zeros_(layer.bias)
    return layer
