"""A real DP-SGD run (opacus) audited with canaries: eps_hat must stay below the accountant."""

import numpy as np
import pytest

from confide.audit.one_run import canary_inclusion, one_run_audit

torch = pytest.importorskip("torch")
opacus = pytest.importorskip("opacus")


def _train(x, y, *, epsilon, delta, seed):
    torch.manual_seed(seed)
    data = torch.utils.data.TensorDataset(
        torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.long)
    )
    loader = torch.utils.data.DataLoader(data, batch_size=64, shuffle=True)
    model = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], 64), torch.nn.ReLU(), torch.nn.Linear(64, 10)
    )
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    engine = None
    if epsilon is not None:
        engine = opacus.PrivacyEngine(accountant="rdp")
        model, opt, loader = engine.make_private_with_epsilon(
            module=model,
            optimizer=opt,
            data_loader=loader,
            target_epsilon=epsilon,
            target_delta=delta,
            epochs=15,
            max_grad_norm=1.0,
        )
    loss_fn = torch.nn.CrossEntropyLoss()
    for _ in range(15):
        for xb, yb in loader:
            if len(xb) == 0:
                continue
            opt.zero_grad()
            loss_fn(model(xb), yb).backward()
            opt.step()
    spent = engine.get_epsilon(delta) if engine else float("inf")
    return model, spent


def _audit(epsilon, seed=0):
    rng = np.random.default_rng(seed)
    m = 200
    x_pop = rng.normal(size=(600, 16))
    y_pop = (x_pop[:, 0] > 0).astype(int)
    x_can = rng.normal(size=(m, 16)) * 2
    y_can = rng.integers(0, 10, m)  # random labels: only memorisation predicts them
    included = canary_inclusion(m=m, seed=seed)
    model, spent = _train(
        np.r_[x_pop, x_can[included]],
        np.r_[y_pop, y_can[included]],
        epsilon=epsilon,
        delta=1e-5,
        seed=seed,
    )
    with torch.no_grad():
        logp = torch.log_softmax(model(torch.tensor(x_can, dtype=torch.float32)), dim=1).numpy()
    scores = logp[np.arange(m), y_can]
    result = one_run_audit(
        canary_scores=scores, canary_included=included, delta=1e-5, guesses=[(40, 0), (20, 20)]
    )
    return result, spent


def test_when_dp_sgd_trains_with_small_epsilon_then_audit_stays_below_accountant():
    result, spent = _audit(epsilon=1.0)
    assert spent <= 1.0 + 1e-6
    assert result["epsilon_lower_bound"] <= spent


def test_when_the_same_network_trains_without_dp_then_audit_detects_leakage():
    result, spent = _audit(epsilon=None)
    assert spent == float("inf")
    assert result["epsilon_lower_bound"] > 0.5
