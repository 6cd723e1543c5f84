"""The DP optimizer really clips and adds noise, checked against a slow per-example reference."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from confide.train.loop import privatize
from confide.train.modules import EmbeddingBagClassifier, LinearNgrams
from confide.train.sparse_bag import HashedBag, bag_weight_norms, register_bag_samplers

C = 0.5  # clipping bound, far below the raw per-example gradient norms used here


def _per_example_grads(module: nn.Module, inputs: tuple, y: torch.Tensor) -> list[torch.Tensor]:
    """Slow, obviously correct reference: one autograd pass per example, flattened."""
    out = []
    for i in range(y.shape[0]):
        module.zero_grad()
        loss = nn.functional.cross_entropy(module(*(t[i : i + 1] for t in inputs)), y[i : i + 1])
        loss.backward()
        out.append(torch.cat([p.grad.reshape(-1).clone() for p in module.parameters()]))
    module.zero_grad()
    return out


def _bag_batch(b: int, v: int, length: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, v, (b, length), generator=g)
    ids[:, 1] = ids[:, 0]  # duplicate ids inside a bag: the norm must aggregate them
    weights = torch.rand((b, length), generator=g) * 3.0
    weights[:, -1] = 0.0  # padding
    return ids, weights


def _dp_updates(make_module, inputs, y, *, mode: str, repeats: int):
    """Run ``repeats`` single DP-SGD(lr=1) steps from the same start; return updates and sigma."""
    torch.manual_seed(0)
    module = make_module()
    start = {k: v.clone() for k, v in module.state_dict().items()}
    ref = [g for g in _per_example_grads(module, inputs, y)]
    b = y.shape[0]
    loader = DataLoader(TensorDataset(torch.arange(b)), batch_size=b)  # q = 1: expected batch = b
    opt = torch.optim.SGD(module.parameters(), lr=1.0)
    dp_module, dp_opt, criterion, _, _ = privatize(
        module=module,
        optimizer=opt,
        criterion=nn.CrossEntropyLoss(),
        loader=loader,
        epsilon=50.0,
        delta=1e-5,
        epochs=1,
        max_grad_norm=C,
        accountant="rdp",
        secure_mode=False,
        grad_sample_mode=mode,
    )
    updates = []
    for _ in range(repeats):
        with torch.no_grad():
            for k, p in module.named_parameters():
                p.copy_(start[k])
        loss = criterion(dp_module(*inputs), y)
        loss.backward()
        dp_opt.step()
        dp_opt.zero_grad()
        with torch.no_grad():
            updates.append(torch.cat([(p - start[k]).reshape(-1) for k, p in module.named_parameters()]))
    return torch.stack(updates), ref, float(dp_opt.noise_multiplier)


CASES = {
    "linear_ghost": (lambda: nn.Linear(6, 3), "ghost"),
    "linear_hooks": (lambda: nn.Linear(6, 3), "hooks"),
    "bag_ghost": (lambda: LinearNgrams(12, 3), "ghost"),
    "fasttext_ghost": (lambda: EmbeddingBagClassifier(12, 4, 3), "ghost"),
    "fasttext_hooks": (lambda: EmbeddingBagClassifier(12, 4, 3), "hooks"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_when_dp_step_then_mean_update_is_clipped_mean_and_noise_has_sigma_c(case):
    make_module, mode = CASES[case]
    b = 8
    y = torch.arange(b) % 3
    if "linear" in case:
        inputs = (torch.randn(b, 6, generator=torch.Generator().manual_seed(1)) * 20.0,)
    else:
        inputs = _bag_batch(b, 12, 5, seed=1)
    updates, ref, sigma = _dp_updates(make_module, inputs, y, mode=mode, repeats=300)

    clipped = torch.stack([g * min(1.0, C / (float(g.norm()) + 1e-6)) for g in ref]).sum(0) / b
    unclipped = torch.stack(ref).sum(0) / b
    assert max(float(g.norm()) for g in ref) > 4 * C, "fixture must need clipping"
    noise_std = sigma * C / b
    mean = updates.mean(0)
    # Mean update = -(clipped mean gradient) up to noise / sqrt(repeats).
    tol = 5 * noise_std / np.sqrt(updates.shape[0])
    assert torch.all((mean + clipped).abs() < tol + 1e-4), "update mean differs from the clipped reference"
    assert float((mean + unclipped).abs().max()) > 10 * tol, "clipping is a no-op on this fixture"
    # Noise: per-coordinate std is sigma * C / b (fails if noise were switched off).
    std = updates.std(0)
    assert sigma > 0.1
    np.testing.assert_allclose(std.numpy(), noise_std, rtol=0.25)


def test_when_bag_has_duplicate_ids_then_ghost_norm_equals_reference_per_example_norm():
    torch.manual_seed(0)
    module = EmbeddingBagClassifier(50, 8, 4)
    ids, weights = _bag_batch(16, 50, 7, seed=3)
    y = torch.arange(16) % 4
    # Reference: bag-weight part of the full per-example gradients.
    grads = _per_example_grads(module, (ids, weights), y)
    n_bag = module.bag.weight.numel()
    ref_bag_norm = torch.stack([g[:n_bag].norm() for g in grads])
    # Closed form: ||u_i|| * ||dL/d(bag output)_i||.
    out = module.bag(ids, weights).detach().requires_grad_(True)
    loss = nn.functional.cross_entropy(module.fc(out), y, reduction="sum")
    (g_out,) = torch.autograd.grad(loss, out)
    fast = bag_weight_norms(ids, weights, 50) * g_out.norm(dim=1)
    torch.testing.assert_close(fast, ref_bag_norm, rtol=1e-4, atol=1e-6)


def test_when_hooks_grad_sampler_on_bag_then_matches_per_example_autograd():
    register_bag_samplers()
    from opacus.grad_sample.grad_sample_module import GradSampleModule

    torch.manual_seed(0)
    layer = HashedBag(20, 3)
    ids, weights = _bag_batch(6, 20, 5, seed=4)
    ref = []
    for i in range(6):
        layer.zero_grad()
        layer(ids[i : i + 1], weights[i : i + 1]).pow(2).sum().backward()
        ref.append(layer.weight.grad.clone())
    gsm = GradSampleModule(layer, loss_reduction="sum")
    gsm(ids, weights).pow(2).sum().backward()
    torch.testing.assert_close(layer.weight.grad_sample, torch.stack(ref), rtol=1e-5, atol=1e-6)


def test_when_rows_sorted_unique_then_fast_norm_equals_unique_aggregation():
    ids, weights = _bag_batch(32, 40, 9, seed=5)
    dup = bag_weight_norms(ids, weights, 40)  # duplicates -> exact torch.unique path
    summed = torch.zeros(32, 40).index_put_(
        (torch.arange(32).repeat_interleave(9), ids.reshape(-1)),
        weights.reshape(-1),
        accumulate=True,
    )
    torch.testing.assert_close(dup, summed.norm(dim=1))
    # Sorted unique rows with trailing zero-weight padding take the O(BL) path; same answer.
    sorted_ids = torch.stack(
        [torch.randperm(40, generator=torch.Generator().manual_seed(i))[:9].sort().values for i in range(32)]
    )
    w = torch.rand(32, 9)
    w[:, 6:] = 0.0
    dense = torch.zeros(32, 40).scatter_add_(1, sorted_ids, w)
    torch.testing.assert_close(bag_weight_norms(sorted_ids, w, 40), dense.norm(dim=1))
