"""Utility of synthetic data for a tabular model: TSTR and augmentation gain.

Three training sets, one real holdout test set: ``real`` (train on real, TRTR), ``synthetic``
(train on synthetic, test on real: TSTR) and ``augmented`` (real + synthetic). Each model in
``train_fns`` is trained on each; the default models are a non-private sklearn logistic
regression and a DP-SGD (opacus) logistic regression.

A train function is ``train_fn(features: DataFrame, target: Series, *, seed: int) -> model``
where ``model.predict_proba(features) -> ndarray (n, len(model.classes_))`` and
``model.classes_`` lists the class values. It may set ``model.ledger`` (a DP ledger dict).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import balanced_accuracy_score, roc_auc_score

from confide.synthesize.columns import is_categorical

TrainFn = Callable[..., Any]


def make_preprocessor(features: pd.DataFrame) -> Any:
    """Impute, scale numbers and one-hot categories (fitted on the training set passed)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    cats = [c for c in features.columns if is_categorical(features[c])]
    nums = [c for c in features.columns if c not in cats]
    return ColumnTransformer(
        [
            (
                "num",
                make_pipeline(
                    SimpleImputer(strategy="median", add_indicator=True, keep_empty_features=True),
                    StandardScaler(),
                ),
                nums,
            ),
            (
                "cat",
                make_pipeline(
                    SimpleImputer(strategy="constant", fill_value="missing"),
                    OneHotEncoder(handle_unknown="ignore"),
                ),
                cats,
            ),
        ],
        sparse_threshold=0.0,
    )


def _as_str_categories(features: pd.DataFrame) -> pd.DataFrame:
    out = features.copy()
    for col in out.columns:
        if is_categorical(out[col]):
            out[col] = (
                out[col]
                .astype(object)
                .where(out[col].notna(), np.nan)
                .map(lambda v: v if isinstance(v, float) and math.isnan(v) else str(v))
            )
    return out


class _PipelineModel:
    def __init__(self, pre: Any, clf: Any) -> None:
        self.pre, self.clf = pre, clf
        self.classes_ = list(clf.classes_)

    def predict_proba(self, features: pd.DataFrame) -> np.ndarray:
        return self.clf.predict_proba(self.pre.transform(_as_str_categories(features)))


def sklearn_logreg(features: pd.DataFrame, target: pd.Series, *, seed: int) -> _PipelineModel:
    """Non-private logistic regression (train function)."""
    from sklearn.linear_model import LogisticRegression

    x = _as_str_categories(features)
    pre = make_preprocessor(x)
    clf = LogisticRegression(max_iter=1000, random_state=seed)
    clf.fit(pre.fit_transform(x), target.astype(str).to_numpy())
    return _PipelineModel(pre, clf)


class _TorchLogReg:
    def __init__(self, pre: Any, module: Any, classes: list[str], ledger: dict[str, Any]) -> None:
        self.pre, self.module, self.classes_, self.ledger = pre, module, classes, ledger

    def predict_proba(self, features: pd.DataFrame) -> np.ndarray:
        import torch

        x = torch.tensor(self.pre.transform(_as_str_categories(features)), dtype=torch.float32)
        with torch.no_grad():
            return torch.softmax(self.module(x), dim=1).numpy()


def make_dp_logreg(
    *,
    epsilon: float,
    delta: float,
    epochs: int = 20,
    batch_size: int = 128,
    max_grad_norm: float = 1.0,
    lr: float = 0.5,
) -> TrainFn:
    """Make a DP-SGD logistic regression train function (opacus 1.6, RDP, Poisson sampling).

    The ledger covers the SGD steps; the preprocessing statistics (medians, means, category
    lists) are fitted without noise and are not covered.
    """

    def train(features: pd.DataFrame, target: pd.Series, *, seed: int) -> _TorchLogReg:
        import torch
        from opacus import PrivacyEngine
        from torch.utils.data import DataLoader, TensorDataset

        x_df = _as_str_categories(features)
        pre = make_preprocessor(x_df)
        x = torch.tensor(pre.fit_transform(x_df), dtype=torch.float32)
        classes = sorted(target.astype(str).unique().tolist())
        y = torch.tensor(target.astype(str).map({c: i for i, c in enumerate(classes)}).to_numpy())
        threads = torch.get_num_threads()
        # tiny per-step kernels: one thread is ~10x faster than two on a 2-core machine
        torch.set_num_threads(1)
        try:
            with warnings.catch_warnings(), torch.random.fork_rng(devices=[]):
                # secure_mode=False is recorded in the ledger; the hook notice is harmless here
                warnings.filterwarnings("ignore", message=".*Secure RNG.*")
                warnings.filterwarnings("ignore", message="Optimal order is the largest alpha")
                warnings.filterwarnings("ignore", message="Full backward hook is firing")
                torch.manual_seed(seed)
                module = torch.nn.Linear(x.shape[1], len(classes))
                optimizer = torch.optim.SGD(module.parameters(), lr=lr)
                loader = DataLoader(TensorDataset(x, y), batch_size=min(batch_size, len(y)))
                engine = PrivacyEngine(accountant="rdp")
                module, optimizer, loader = engine.make_private_with_epsilon(
                    module=module,
                    optimizer=optimizer,
                    data_loader=loader,
                    target_epsilon=epsilon,
                    target_delta=delta,
                    epochs=epochs,
                    max_grad_norm=max_grad_norm,
                )
                loss_fn = torch.nn.CrossEntropyLoss()
                steps = 0
                for _ in range(epochs):
                    for xb, yb in loader:
                        optimizer.zero_grad()
                        loss_fn(module(xb), yb).backward()
                        optimizer.step()
                        steps += 1
        finally:
            torch.set_num_threads(threads)
        ledger = {
            "epsilon_target": float(epsilon),
            "epsilon_spent": float(engine.get_epsilon(delta)),
            "delta": float(delta),
            "mechanism": "DP-SGD (opacus), logistic regression",
            "accountant": "rdp",
            "noise_multiplier": float(optimizer.noise_multiplier),
            "sample_rate": float(1.0 / len(loader)),
            "steps": steps,
            "max_grad_norm": float(max_grad_norm),
            "secure_mode": False,
        }
        return _TorchLogReg(pre, module._module, classes, ledger)

    return train


def _metrics(model: Any, features: pd.DataFrame, target: pd.Series, classes: list[str]) -> dict:
    proba = np.asarray(model.predict_proba(features))
    model_classes = [str(c) for c in model.classes_]
    full = np.zeros((len(features), len(classes)))
    for j, cls in enumerate(model_classes):
        if cls in classes:
            full[:, classes.index(cls)] = proba[:, j]
    truth = target.astype(str).to_numpy()
    pred = np.array(classes)[full.argmax(axis=1)]
    out: dict[str, Any] = {"balanced_accuracy": float(balanced_accuracy_score(truth, pred))}
    present = sorted(set(truth))
    if len(present) < 2:
        out["roc_auc"] = None
    elif len(classes) == 2:
        out["roc_auc"] = float(roc_auc_score(truth == classes[1], full[:, 1]))
    else:
        sums = full.sum(axis=1, keepdims=True)
        norm = np.where(sums > 0, full / np.where(sums > 0, sums, 1), 1.0 / len(classes))
        out["roc_auc"] = float(
            roc_auc_score(truth, norm, multi_class="ovr", average="macro", labels=classes)
        )
    return out


def utility_scores(
    *,
    real_train: pd.DataFrame,
    real_holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    target: str,
    features: list[str],
    train_fns: Mapping[str, TrainFn],
    seed: int,
) -> dict[str, Any]:
    """Train every model on real, synthetic and real+synthetic; test each on the real holdout.

    Rows whose target is missing are left out of training and testing (counted in the output).
    """
    tr = real_train[real_train[target].notna()]
    ho = real_holdout[real_holdout[target].notna()]
    sy = synthetic[synthetic[target].notna()]
    classes = sorted(tr[target].astype(str).unique().tolist())
    sets = {
        "real": tr,
        "synthetic": sy,
        "augmented": pd.concat(
            [tr[features + [target]], sy[features + [target]]], ignore_index=True
        ),
    }
    out: dict[str, Any] = {
        "target": target,
        "features": list(features),
        "classes": classes,
        "positive_class": classes[1] if len(classes) == 2 else None,
        "n_rows": {name: len(df) for name, df in sets.items()} | {"holdout": len(ho)},
        "n_missing_target_dropped": {
            "real_train": len(real_train) - len(tr),
            "holdout": len(real_holdout) - len(ho),
            "synthetic": len(synthetic) - len(sy),
        },
        "models": {},
    }
    for model_name, fn in train_fns.items():
        per_set: dict[str, Any] = {}
        for set_name, df in sets.items():
            if df[target].astype(str).nunique() < 2:
                per_set[set_name] = {"skipped": "fewer than two classes in the training set"}
                continue
            model = fn(df[features], df[target], seed=seed)
            per_set[set_name] = _metrics(model, ho[features], ho[target], classes)
            ledger = getattr(model, "ledger", None)
            if ledger is not None:
                per_set[set_name]["ledger"] = ledger
        per_set["tstr_ratio_auc"] = _ratio(per_set, "synthetic", "real")
        per_set["augmentation_gain_auc"] = _diff(per_set, "augmented", "real")
        out["models"][model_name] = per_set
    return out


def _ratio(per_set: dict[str, Any], a: str, b: str) -> float | None:
    x, y = per_set.get(a, {}).get("roc_auc"), per_set.get(b, {}).get("roc_auc")
    return None if x is None or y is None or y == 0 else float(x / y)


def _diff(per_set: dict[str, Any], a: str, b: str) -> float | None:
    x, y = per_set.get(a, {}).get("roc_auc"), per_set.get(b, {}).get("roc_auc")
    return None if x is None or y is None else float(x - y)
