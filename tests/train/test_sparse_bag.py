"""HashedBag's fast paths give the numbers of the slow, obviously-correct computations, bit for bit."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from confide.train.sparse_bag import (
    HashedBag,
    _sorted_bag_gram,
    _unique_bag_gram,
    hashed_bag_grad_sample,
    person_bag_norms,
)


def _padded_rows(n_rows: int, width: int, n_ids: int, *, seed: int, sorted_unique: bool = True):
    """Rows as ``BagData.batch`` pads them: live ids first (sorted, unique), then id 0 weight 0.

    Some rows are empty and some full, so padding, a row of padding only and id 0 (the padding
    id, also a real id) all occur.
    """
    g = torch.Generator().manual_seed(seed)
    ids = torch.zeros((n_rows, width), dtype=torch.long)
    weights = torch.zeros((n_rows, width))
    for r in range(n_rows):
        n = [0, width][r] if r < 2 else int(torch.randint(0, width + 1, (1,), generator=g))
        row = torch.randperm(n_ids, generator=g)[:n]
        ids[r, :n] = row.sort().values if sorted_unique else torch.randint(0, 4, (n,), generator=g)
        weights[r, :n] = torch.rand(n, generator=g) + 0.05
    return ids, weights


def _reference_bag(ids, weights, table):
    """What HashedBag computed before its custom backward: plain autograd through the gather."""
    return (F.embedding(ids, table) * weights.unsqueeze(-1)).sum(dim=-2)


@pytest.mark.parametrize("persons", [False, True], ids=["records", "persons"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_when_bag_forward_and_backward_run_then_bit_identical_to_plain_autograd(persons, seed):
    n_ids, dim = 40, 3
    ids, weights = _padded_rows(24, 9, n_ids, seed=seed)
    if persons:
        ids, weights = ids.reshape(8, 3, 9), weights.reshape(8, 3, 9)
    layer = HashedBag(n_ids, dim)
    grad_out = torch.randn((*ids.shape[:-1], dim), generator=torch.Generator().manual_seed(seed + 10))
    out = layer(ids, weights)
    out.backward(grad_out)
    table = layer.weight.detach().clone().requires_grad_(True)
    expected = _reference_bag(ids, weights, table)
    expected.backward(grad_out)
    assert torch.equal(out, expected)
    assert torch.equal(layer.weight.grad, table.grad)
    assert layer.weight.grad[ids[weights != 0]].abs().sum() > 0  # the fixture has live gradients


def test_when_bag_weights_require_grad_then_their_gradient_matches_autograd():
    ids, weights = _padded_rows(10, 6, 30, seed=3)
    layer = HashedBag(30, 4)
    w_fast, w_ref = weights.clone().requires_grad_(True), weights.clone().requires_grad_(True)
    layer(ids, w_fast).pow(2).sum().backward()
    _reference_bag(ids, w_ref, layer.weight.detach()).pow(2).sum().backward()
    torch.testing.assert_close(w_fast.grad, w_ref.grad)


def _persons(seed: int, *, b: int = 7, k: int = 4, length: int = 6, n_ids: int = 12, share: bool = True):
    ids, weights = _padded_rows(b * k, length, n_ids, seed=seed)
    ids, weights = ids.reshape(b, k, length), weights.reshape(b, k, length)
    if share:  # small id space: records of a person share ids, so cross terms are non-zero
        assert (_unique_bag_gram(ids, weights, n_ids) - torch.diag_embed(
            torch.diagonal(_unique_bag_gram(ids, weights, n_ids), dim1=1, dim2=2))).abs().sum() > 0
    return ids, weights


@pytest.mark.parametrize("k", [1, 2, 4])
@pytest.mark.parametrize("seed", range(4))
def test_when_person_rows_are_sorted_unique_then_shared_id_gram_is_bit_identical_to_unique_aggregation(k, seed):
    ids, weights = _persons(seed, k=k, share=k > 1)
    assert torch.equal(_sorted_bag_gram(ids, weights, 12), _unique_bag_gram(ids, weights, 12))


def test_when_person_norms_take_either_path_then_they_equal_the_per_sample_gradient_reference():
    layer = HashedBag(12, 3)
    for seed, sorted_unique in ((5, True), (6, False)):  # unsorted rows with repeats: torch.unique path
        ids, weights = _padded_rows(18, 6, 12, seed=seed, sorted_unique=sorted_unique)
        ids, weights = ids.reshape(6, 3, 6), weights.reshape(6, 3, 6)
        backprops = torch.randn((6, 3, 3), generator=torch.Generator().manual_seed(seed))
        slow = hashed_bag_grad_sample(layer, [ids, weights], backprops)[layer.weight]
        expected = slow.reshape(6, -1).norm(dim=1)
        torch.testing.assert_close(person_bag_norms(ids, weights, backprops, 12), expected, rtol=1e-5, atol=1e-6)


def test_when_a_person_batch_is_empty_then_no_norms():
    ids, weights = torch.zeros((0, 2, 5), dtype=torch.long), torch.zeros((0, 2, 5))
    assert person_bag_norms(ids, weights, torch.zeros((0, 2, 3)), 10).shape == (0,)
